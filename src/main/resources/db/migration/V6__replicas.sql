-- Several replicas on one database (issue 15): a heavy comparison is a job, a row here, that
-- whichever replica has a free worker claims and runs. Portable SQL, as V1.
--
-- A claim (storage.ComparisonJobRepository) locks one claimable row with SELECT ... FOR UPDATE
-- SKIP LOCKED, so two replicas claiming at once take two different jobs, and sets claimed_by
-- and lease_until; the replica renews the lease while it runs the job. A running job whose lease
-- ran out (its replica died) is claimable again. comparison_id is given when the job is queued and
-- is unique, so the result is stored once however many replicas end up running the job.
-- owner_team is carried for the accounts (issue 15, accounts part), which fill it.
CREATE TABLE comparison_job (
    id                 VARCHAR(24)   NOT NULL PRIMARY KEY,
    comparison_id      VARCHAR(24)   NOT NULL,
    left_statement_id  VARCHAR(24)   NOT NULL REFERENCES statement (id),
    right_statement_id VARCHAR(24)   NOT NULL REFERENCES statement (id),
    left_label         VARCHAR(200)  NOT NULL,
    right_label        VARCHAR(200)  NOT NULL,
    requested_mode     VARCHAR(16)   NOT NULL,
    ignore_case        BOOLEAN       NOT NULL,
    time_budget_ms     BIGINT        NOT NULL,
    owner_team         VARCHAR(100),
    state              VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    claimed_by         VARCHAR(200),
    lease_until        TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    error              VARCHAR(2000),
    CONSTRAINT comparison_job_comparison_unique UNIQUE (comparison_id)
);
CREATE INDEX comparison_job_claimable ON comparison_job (state, created_at);
