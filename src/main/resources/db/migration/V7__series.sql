-- One name per idea (issue 16): what was a "comparison set" is a "series" throughout, in the
-- code, the URLs and these tables. Renames only: the rows, keys and indexes stay as they are.
-- Portable SQL, as V1 (H2 and PostgreSQL both read ALTER TABLE ... RENAME).
ALTER TABLE comparison_set RENAME TO series;
ALTER TABLE comparison_set_member RENAME TO series_member;
ALTER TABLE series_member RENAME COLUMN comparison_set_id TO series_id;
