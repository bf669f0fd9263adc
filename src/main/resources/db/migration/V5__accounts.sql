-- Accounts (issue 15): every statement, comparison, comparison set and watch belongs to a team;
-- what was stored before accounts belongs to the team 'default'. A comparison can be published
-- (its permalink is then readable without an account). Portable SQL (H2 and PostgreSQL), as V1.
ALTER TABLE statement ADD COLUMN team VARCHAR(100) DEFAULT 'default' NOT NULL;
ALTER TABLE comparison ADD COLUMN team VARCHAR(100) DEFAULT 'default' NOT NULL;
ALTER TABLE comparison ADD COLUMN published BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE comparison_set ADD COLUMN team VARCHAR(100) DEFAULT 'default' NOT NULL;
ALTER TABLE watch ADD COLUMN team VARCHAR(100) DEFAULT 'default' NOT NULL;

-- The same bytes are stored once per team (one team's upload must not hand another team's
-- statement, with its metadata, to the second uploader).
ALTER TABLE statement DROP CONSTRAINT statement_sha256_unique;
ALTER TABLE statement ADD CONSTRAINT statement_team_sha256_unique UNIQUE (team, sha256);
CREATE INDEX comparison_team ON comparison (team);
CREATE INDEX watch_team ON watch (team);

-- Built-in accounts (readout-diff.auth=users): the password as a bcrypt hash (modular crypt form).
CREATE TABLE account (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200),
    role          VARCHAR(16)  NOT NULL,
    team          VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- API tokens: only the SHA-256 of the token (hex) is kept; the token itself is shown once.
CREATE TABLE api_token (
    id            VARCHAR(24)  NOT NULL PRIMARY KEY,
    account_name  VARCHAR(100) NOT NULL REFERENCES account (name),
    label         VARCHAR(200) NOT NULL,
    token_sha256  VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_sha256_unique UNIQUE (token_sha256)
);
CREATE INDEX api_token_account ON api_token (account_name);

-- The audit trail: who did what to which thing, when. The service only ever inserts here (no
-- code path updates or deletes a row); the database account's grants are the place to make that
-- a rule for everyone else.
CREATE TABLE audit_event (
    id         VARCHAR(24)  NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    team       VARCHAR(100) NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    subject    VARCHAR(100),
    detail     VARCHAR(500)
);
CREATE INDEX audit_event_at ON audit_event (at);
