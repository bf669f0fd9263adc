-- The statement library and the comparisons made from it. Portable SQL: the same migration
-- runs on the embedded H2 database and on PostgreSQL (TEXT is unbounded on both).

CREATE TABLE statement (
    id           VARCHAR(24)  NOT NULL PRIMARY KEY,
    sha256       VARCHAR(64)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    issuer       VARCHAR(200),
    meeting      VARCHAR(200),
    published_on VARCHAR(40),
    source_url   VARCHAR(2000),
    file_name    VARCHAR(255),
    format       VARCHAR(16)  NOT NULL,
    byte_count   BIGINT       NOT NULL,
    char_count   INTEGER      NOT NULL,
    retrieved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content      TEXT         NOT NULL,
    CONSTRAINT statement_sha256_unique UNIQUE (sha256)
);
CREATE INDEX statement_meeting ON statement (meeting);
CREATE INDEX statement_issuer ON statement (issuer);
CREATE INDEX statement_source_url ON statement (source_url);

CREATE TABLE comparison (
    id                 VARCHAR(24)  NOT NULL PRIMARY KEY,
    left_statement_id  VARCHAR(24)  NOT NULL REFERENCES statement (id),
    right_statement_id VARCHAR(24)  NOT NULL REFERENCES statement (id),
    left_label         VARCHAR(200) NOT NULL,
    right_label        VARCHAR(200) NOT NULL,
    requested_mode     VARCHAR(16)  NOT NULL,
    ignore_case        BOOLEAN      NOT NULL,
    time_budget_ms     BIGINT       NOT NULL,
    engine_version     VARCHAR(32)  NOT NULL,
    result_mode        VARCHAR(16)  NOT NULL,
    verdict            VARCHAR(16)  NOT NULL,
    degraded           BOOLEAN      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    result_json        TEXT         NOT NULL
);
CREATE INDEX comparison_left ON comparison (left_statement_id);
CREATE INDEX comparison_right ON comparison (right_statement_id);
