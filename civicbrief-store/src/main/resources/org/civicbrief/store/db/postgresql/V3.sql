-- full-text search of published briefings in the database, shared by every server
-- PostgreSQL only: ../sqlite/V3.sql is empty, since a SQLite store searches with Lucene.
-- Written in the transaction that publishes or withdraws a briefing (PostgresSearch); the weighted
-- tsvector is generated from the texts, the article text up to 256 Ki characters (a tsvector holds
-- at most 1 MB). Angle brackets count as spaces: PostgreSQL's parser would take "<fares>" for a
-- tag and drop the word, where Lucene finds it.

CREATE TABLE search_documents (
  briefing_id BIGINT PRIMARY KEY REFERENCES briefings (id),
  article_id BIGINT NOT NULL,
  headline TEXT NOT NULL,
  summary TEXT NOT NULL,
  facts TEXT NOT NULL,
  text TEXT NOT NULL,
  actor_names TEXT NOT NULL,
  actor_keys TEXT[] NOT NULL,
  day BIGINT NOT NULL,
  words tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', translate(headline, '<>', '  ')), 'A')
    || setweight(to_tsvector('english', translate(summary, '<>', '  ')), 'B')
    || setweight(to_tsvector('english', translate(facts, '<>', '  ')), 'C')
    || setweight(to_tsvector('english', translate(left(text, 262144), '<>', '  ')), 'D')
  ) STORED
);

CREATE INDEX search_documents_words ON search_documents USING GIN (words);
CREATE INDEX search_documents_actors ON search_documents USING GIN (actor_keys);
CREATE INDEX search_documents_by_day ON search_documents (day, briefing_id);
