-- Core tables: accounts, sessions, the audit log, documents with their blocks and sentences.
-- Offsets are JavaScript string indices (UTF-16) into documents.text (or raw_text for raw_*).

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'annotator', 'translator', 'reviewer', 'researcher')),
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES users (id),
  disabled_at   TEXT
) STRICT;

CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id           INTEGER PRIMARY KEY,
  username     TEXT NOT NULL COLLATE NOCASE,
  attempted_at TEXT NOT NULL,
  succeeded    INTEGER NOT NULL CHECK (succeeded IN (0, 1))
) STRICT;
CREATE INDEX login_attempts_by_username ON login_attempts (username, attempted_at);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  user_id   INTEGER REFERENCES users (id),
  -- Who wrote, also when no account did: `user:<id>`, `cli:<os user>`, `system`.
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);

CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  slug         TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  source_path  TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  supersedes   INTEGER REFERENCES documents (id),
  raw_sha256   TEXT NOT NULL UNIQUE,
  raw_size     INTEGER NOT NULL,
  raw_text     TEXT NOT NULL,
  text         TEXT NOT NULL,
  provenance   TEXT NOT NULL CHECK (json_valid(provenance)),
  flags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
  revision     INTEGER NOT NULL DEFAULT 1,
  imported_at  TEXT NOT NULL,
  imported_by  INTEGER REFERENCES users (id),
  UNIQUE (source_path, version)
) STRICT;

CREATE TABLE blocks (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord            INTEGER NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list_item', 'footnote', 'caption', 'table', 'page_furniture')),
  level          INTEGER,
  footnote_label TEXT,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL CHECK (end_offset >= start_offset),
  raw_start      INTEGER NOT NULL,
  raw_end        INTEGER NOT NULL CHECK (raw_end >= raw_start),
  UNIQUE (document_id, ord)
) STRICT;

CREATE TABLE sentences (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  block_id     INTEGER NOT NULL REFERENCES blocks (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
  UNIQUE (document_id, ord)
) STRICT;
CREATE INDEX sentences_by_block ON sentences (block_id);

CREATE TABLE footnote_refs (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  label             TEXT NOT NULL,
  text_offset       INTEGER NOT NULL,
  footnote_block_id INTEGER REFERENCES blocks (id) ON DELETE SET NULL,
  raw_start         INTEGER NOT NULL,
  raw_end           INTEGER NOT NULL
) STRICT;
CREATE INDEX footnote_refs_by_document ON footnote_refs (document_id, text_offset);
