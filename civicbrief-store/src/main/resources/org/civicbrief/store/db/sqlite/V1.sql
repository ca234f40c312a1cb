-- articles, briefings, quizzes, reviews, attempts, users, tokens, audit log and the job queue
-- Keep in step with ../postgresql/V1.sql: the same tables, columns and constraints.
-- Instants are epoch milliseconds (UTC); dates are ISO text; documents are JSON text.

CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT,
  created_at BIGINT NOT NULL
);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
  PRIMARY KEY (user_id, role)
);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  content_hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  raw_origin TEXT,
  media_type TEXT,
  charset TEXT,
  raw_content BLOB,
  text TEXT NOT NULL,
  title TEXT,
  title_in_text BOOLEAN NOT NULL,
  byline TEXT,
  publisher TEXT,
  published_on TEXT,
  updated_on TEXT,
  canonical_url TEXT,
  language TEXT NOT NULL,
  submitted_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  story_id BIGINT
);

CREATE TABLE briefings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id BIGINT NOT NULL REFERENCES articles (id),
  pipeline_version TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  headline TEXT NOT NULL,
  dek TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'rejected', 'published', 'unpublished')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  published_at BIGINT,
  story_id BIGINT,
  UNIQUE (article_id, pipeline_version)
);

CREATE INDEX briefings_by_state ON briefings (state, published_at);

CREATE TABLE editor_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  briefing_id BIGINT NOT NULL REFERENCES briefings (id),
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  editor_id BIGINT,
  editor_name TEXT NOT NULL,
  note TEXT NOT NULL,
  decided_at BIGINT NOT NULL
);

CREATE INDEX editor_decisions_by_briefing ON editor_decisions (briefing_id, id);

CREATE TABLE quizzes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  briefing_id BIGINT NOT NULL REFERENCES briefings (id),
  pipeline_version TEXT NOT NULL,
  document TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (briefing_id, pipeline_version)
);

CREATE TABLE question_reviews (
  quiz_id BIGINT NOT NULL REFERENCES quizzes (id),
  question_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('approved', 'edited', 'rejected')),
  edited_text TEXT,
  editor_id BIGINT,
  editor_name TEXT NOT NULL,
  decided_at BIGINT NOT NULL,
  PRIMARY KEY (quiz_id, question_id)
);

CREATE TABLE quiz_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  quiz_id BIGINT NOT NULL REFERENCES quizzes (id),
  reader_id TEXT NOT NULL,
  answers TEXT NOT NULL,
  score INTEGER NOT NULL,
  max_score INTEGER NOT NULL,
  duration_ms BIGINT,
  submitted_at BIGINT NOT NULL
);

CREATE INDEX quiz_attempts_by_quiz ON quiz_attempts (quiz_id, id);
CREATE INDEX quiz_attempts_by_reader ON quiz_attempts (reader_id, id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at BIGINT NOT NULL,
  actor_id BIGINT,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  details TEXT NOT NULL
);

CREATE INDEX audit_log_by_target ON audit_log (target_type, target_id, id);

CREATE TABLE jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  article_id BIGINT NOT NULL REFERENCES articles (id),
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL,
  max_attempts INTEGER NOT NULL,
  run_after BIGINT NOT NULL,
  locked_by TEXT,
  locked_until BIGINT,
  last_error TEXT,
  note TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  finished_at BIGINT
);

CREATE INDEX jobs_by_status ON jobs (status, run_after, id);
CREATE INDEX jobs_by_article ON jobs (article_id, id);
