-- Stored documents are compressed, and a comparison's pages are kept with it (issue 12).
-- Portable SQL, as V1: BYTEA is PostgreSQL's binary type and, in H2, a name of BINARY VARYING.
--
-- result_gz holds the result JSON gzipped; rows written before this migration keep their
-- result_json as it was (the service reads either), new rows leave result_json empty.
ALTER TABLE comparison ADD COLUMN result_gz BYTEA;
ALTER TABLE comparison ALTER COLUMN result_json DROP NOT NULL;
ALTER TABLE comparison_set ADD COLUMN result_gz BYTEA;
ALTER TABLE comparison_set ALTER COLUMN result_json DROP NOT NULL;

-- The renderings of a stored result, gzipped: its HTML page split into parts of at most about
-- 5 MB ('html/1', 'html/2', ...) and its Markdown ('md'); made with the result, or on the first
-- request for an older one, by the engine version recorded here.
CREATE TABLE rendering (
    id             VARCHAR(64) NOT NULL PRIMARY KEY,
    result_id      VARCHAR(24) NOT NULL,
    name           VARCHAR(32) NOT NULL,
    engine_version VARCHAR(32) NOT NULL,
    content_gz     BYTEA       NOT NULL
);
CREATE INDEX rendering_result ON rendering (result_id);
