-- feed subscriptions, duplicate fingerprints and carriers, story membership and merges
-- Keep in step with ../postgresql/V2.sql: the same tables, columns and constraints.

CREATE TABLE feeds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  added_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  polled_at BIGINT,
  succeeded_at BIGINT,
  last_error TEXT,
  failures INTEGER NOT NULL,
  next_poll_at BIGINT NOT NULL,
  entries INTEGER NOT NULL
);

CREATE INDEX feeds_by_next_poll ON feeds (next_poll_at, id);

CREATE TABLE feed_entries (
  feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  entry_key TEXT NOT NULL,
  article_id BIGINT REFERENCES articles (id),
  problem TEXT,
  seen_at BIGINT NOT NULL,
  PRIMARY KEY (feed_id, entry_key)
);

CREATE TABLE fingerprints (
  article_id BIGINT PRIMARY KEY REFERENCES articles (id),
  text_hash TEXT NOT NULL,
  shingles INTEGER NOT NULL,
  min_hash BLOB NOT NULL
);

CREATE INDEX fingerprints_by_hash ON fingerprints (text_hash);

CREATE TABLE fingerprint_bands (
  band_key BIGINT NOT NULL,
  article_id BIGINT NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band_key, article_id)
);

CREATE TABLE carriers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  original_id BIGINT NOT NULL REFERENCES articles (id),
  origin TEXT NOT NULL,
  outlet TEXT NOT NULL,
  url TEXT,
  published_on TEXT,
  exact BOOLEAN NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (original_id, origin)
);

CREATE TABLE story_members (
  article_id BIGINT PRIMARY KEY REFERENCES articles (id),
  assigned_story BIGINT NOT NULL,
  arrival BIGINT NOT NULL UNIQUE,
  embedding BLOB NOT NULL,
  words TEXT NOT NULL,
  dated_on TEXT,
  created_at BIGINT NOT NULL
);

CREATE TABLE story_merges (
  arrival BIGINT NOT NULL,
  position INTEGER NOT NULL,
  into_story BIGINT NOT NULL,
  from_story BIGINT NOT NULL UNIQUE,
  merged_at BIGINT NOT NULL,
  PRIMARY KEY (arrival, position)
);

CREATE INDEX articles_by_story ON articles (story_id);
