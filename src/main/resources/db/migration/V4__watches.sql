-- Watches (issue 14): published pages fetched on a schedule; every fetch whose extracted text
-- differs from the last one is a snapshot, i.e. a new version of the statement. Portable SQL, as V1.
--
-- next_check_at is the due time, kept here so that a restart neither skips nor repeats a check;
-- claimed_until is a lease: an instance checks a watch only after it has set it, in one UPDATE
-- whose WHERE clause holds only for a due and unclaimed watch, so one replica checks it, once.
CREATE TABLE watch (
    id               VARCHAR(24)   NOT NULL PRIMARY KEY,
    url              VARCHAR(2000) NOT NULL,
    label            VARCHAR(200)  NOT NULL,
    issuer           VARCHAR(200),
    meeting          VARCHAR(200),
    selector         VARCHAR(500),
    interval_minutes INTEGER       NOT NULL,
    notify_minor     BOOLEAN       NOT NULL,
    webhook_url      VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_check_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_checked_at  TIMESTAMP WITH TIME ZONE,
    last_changed_at  TIMESTAMP WITH TIME ZONE,
    last_outcome     VARCHAR(32),
    last_error       VARCHAR(2000),
    failures         INTEGER       NOT NULL,
    checks           BIGINT        NOT NULL,
    etag             VARCHAR(1000),
    last_modified    VARCHAR(200)
);
CREATE INDEX watch_due ON watch (next_check_at);

-- One version of a watched page: the raw bytes (gzipped) with the response headers, the fetch
-- time, the SHA-256 of the bytes and of the extracted text, the statement of the library that
-- holds the text, and the comparison with the version before (none for the first). A version
-- whose verdict notifies is a feed entry and, when a webhook is set, a delivery with its state.
CREATE TABLE watch_snapshot (
    id                  VARCHAR(24)   NOT NULL PRIMARY KEY,
    watch_id            VARCHAR(24)   NOT NULL REFERENCES watch (id),
    version_number      INTEGER       NOT NULL,
    statement_id        VARCHAR(24)   NOT NULL REFERENCES statement (id),
    fetched_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    final_url           VARCHAR(2000) NOT NULL,
    http_status         INTEGER       NOT NULL,
    content_type        VARCHAR(200),
    headers             TEXT          NOT NULL,
    body_sha256         VARCHAR(64)   NOT NULL,
    text_sha256         VARCHAR(64)   NOT NULL,
    body_gz             BYTEA         NOT NULL,
    comparison_id       VARCHAR(24)   REFERENCES comparison (id),
    verdict             VARCHAR(16),
    changes_json        TEXT,
    notify              BOOLEAN       NOT NULL,
    webhook_state       VARCHAR(16)   NOT NULL,
    webhook_attempts    INTEGER       NOT NULL,
    webhook_next_at     TIMESTAMP WITH TIME ZONE,
    webhook_claimed_until TIMESTAMP WITH TIME ZONE,
    webhook_last_error  VARCHAR(2000),
    CONSTRAINT watch_snapshot_version_unique UNIQUE (watch_id, version_number)
);
CREATE INDEX watch_snapshot_statement ON watch_snapshot (statement_id);
CREATE INDEX watch_snapshot_notify ON watch_snapshot (notify, fetched_at);
CREATE INDEX watch_snapshot_webhook ON watch_snapshot (webhook_state, webhook_next_at);
