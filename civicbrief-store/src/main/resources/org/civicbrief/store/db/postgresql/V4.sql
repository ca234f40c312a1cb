-- browser sessions and server keys, shared by every server on the database
-- Keep in step with ../sqlite/V4.sql: the same tables, columns and constraints.

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE server_keys (
  name TEXT PRIMARY KEY,
  secret BYTEA NOT NULL,
  created_at BIGINT NOT NULL
);
