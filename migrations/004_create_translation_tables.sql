-- Translation: the English text of each translation unit (a sentence) with its history, the
-- alignment of annotations to spans of that English text, the termbase, and the translation
-- memory with its FTS5 index. Offsets into English texts are UTF-16 indices, as everywhere.

CREATE TABLE translations (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence_id       INTEGER NOT NULL UNIQUE REFERENCES sentences (id) ON DELETE CASCADE,
  language          TEXT NOT NULL DEFAULT 'en' CHECK (language = 'en'),
  text              TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'approved')),
  revision          INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  -- The reviewer's note when the unit was sent back; cleared by the next status change.
  comment           TEXT,
  created_by        INTEGER REFERENCES users (id),
  created_at        TEXT NOT NULL,
  updated_by        INTEGER REFERENCES users (id),
  updated_at        TEXT NOT NULL,
  status_changed_by INTEGER REFERENCES users (id),
  status_changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX translations_by_document ON translations (document_id, status);

-- One row per write of a translation: its state before and after ({text, status, comment, ...}).
CREATE TABLE translation_events (
  id             INTEGER PRIMARY KEY,
  translation_id INTEGER NOT NULL REFERENCES translations (id) ON DELETE CASCADE,
  revision       INTEGER NOT NULL CHECK (revision >= 1),
  action         TEXT NOT NULL CHECK (action IN ('edit', 'status', 'send_back', 'restore', 'merge', 'split')),
  before         TEXT CHECK (before IS NULL OR json_valid(before)),
  after          TEXT NOT NULL CHECK (json_valid(after)),
  user_id        INTEGER REFERENCES users (id),
  actor          TEXT NOT NULL,
  at             TEXT NOT NULL,
  UNIQUE (translation_id, revision)
) STRICT;

-- An annotation's English counterpart inside one unit's English text. A broken alignment keeps
-- its last offsets (clamped into the text) and its quote, so a person can fix it.
CREATE TABLE alignments (
  id             TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  translation_id INTEGER NOT NULL REFERENCES translations (id) ON DELETE CASCADE,
  annotation_id  TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset     INTEGER NOT NULL CHECK (end_offset >= start_offset),
  quote          TEXT NOT NULL,
  state          TEXT NOT NULL CHECK (state IN ('aligned', 'moved', 'broken')),
  created_by     INTEGER REFERENCES users (id),
  created_at     TEXT NOT NULL,
  updated_by     INTEGER REFERENCES users (id),
  updated_at     TEXT NOT NULL,
  UNIQUE (annotation_id, translation_id),
  CHECK (state = 'broken' OR end_offset > start_offset)
) STRICT;
CREATE INDEX alignments_by_translation ON alignments (translation_id);

-- The termbase: an Indonesian term and its English rendering (several renderings may coexist).
CREATE TABLE glossary_terms (
  id          INTEGER PRIMARY KEY,
  source_term TEXT NOT NULL CHECK (length(trim(source_term)) > 0),
  target_term TEXT NOT NULL CHECK (length(trim(target_term)) > 0),
  note        TEXT,
  created_by  INTEGER REFERENCES users (id),
  created_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX glossary_terms_by_pair ON glossary_terms (source_term COLLATE NOCASE, target_term COLLATE NOCASE);

-- Translation memory: reviewed/approved units (one row per sentence, kept up to date) and
-- imported pairs (each pair once). The neighbours' sources tell context matches apart.
CREATE TABLE tm_units (
  id              INTEGER PRIMARY KEY,
  source          TEXT NOT NULL CHECK (length(trim(source)) > 0),
  target          TEXT NOT NULL CHECK (length(trim(target)) > 0),
  document_id     INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  sentence_id     INTEGER UNIQUE REFERENCES sentences (id) ON DELETE SET NULL,
  origin          TEXT NOT NULL CHECK (origin IN ('unit', 'import')),
  previous_source TEXT,
  next_source     TEXT,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX tm_units_imported_pair ON tm_units (source, target) WHERE origin = 'import';

-- Candidate retrieval for fuzzy matches; scores come from edit distance, not from FTS.
CREATE VIRTUAL TABLE tm_fts USING fts5 (
  source,
  content = 'tm_units',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- How many entries hold each word: retrieval asks only for a unit's rarest words, which keeps a
-- lookup fast on a large memory (common words would make FTS score most of the table).
CREATE VIRTUAL TABLE tm_fts_vocab USING fts5vocab ('tm_fts', 'row');

CREATE TRIGGER tm_units_after_insert AFTER INSERT ON tm_units BEGIN
  INSERT INTO tm_fts (rowid, source) VALUES (new.id, new.source);
END;
CREATE TRIGGER tm_units_after_delete AFTER DELETE ON tm_units BEGIN
  INSERT INTO tm_fts (tm_fts, rowid, source) VALUES ('delete', old.id, old.source);
END;
CREATE TRIGGER tm_units_after_update AFTER UPDATE OF source ON tm_units BEGIN
  INSERT INTO tm_fts (tm_fts, rowid, source) VALUES ('delete', old.id, old.source);
  INSERT INTO tm_fts (rowid, source) VALUES (new.id, new.source);
END;
