-- failed sign-ins per user name and address, shared by every server on the database
-- Keep in step with ../postgresql/V5.sql: the same tables, columns and constraints.

CREATE TABLE sign_in_failures (
  key_hash TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_at BIGINT NOT NULL
);

CREATE INDEX sign_in_failures_by_time ON sign_in_failures (last_at);
