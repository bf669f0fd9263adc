-- Comparison sets: one base statement compared with several others (issue 7). Portable SQL, as V1.
-- The members are the statements in the order of the set: index 0 is the base, 1.. the others
-- in the order given; each with the label it has in this set.

CREATE TABLE comparison_set (
    id             VARCHAR(24) NOT NULL PRIMARY KEY,
    requested_mode VARCHAR(16) NOT NULL,
    ignore_case    BOOLEAN     NOT NULL,
    time_budget_ms BIGINT      NOT NULL,
    engine_version VARCHAR(32) NOT NULL,
    verdict        VARCHAR(16) NOT NULL,
    degraded       BOOLEAN     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    result_json    TEXT        NOT NULL
);

CREATE TABLE comparison_set_member (
    comparison_set_id VARCHAR(24)  NOT NULL REFERENCES comparison_set (id),
    member_index      INTEGER      NOT NULL,
    statement_id      VARCHAR(24)  NOT NULL REFERENCES statement (id),
    label             VARCHAR(200) NOT NULL,
    PRIMARY KEY (comparison_set_id, member_index)
);
CREATE INDEX comparison_set_member_statement ON comparison_set_member (statement_id);
