-- Annotation: the label set (data, not code), the actor registry, standoff annotations per
-- annotator layer with their history, and source corrections. Offsets are UTF-16 indices into
-- documents.text, as in 001.

CREATE TABLE labels (
  name       TEXT PRIMARY KEY CHECK (name GLOB '[a-z]*' AND name NOT GLOB '*[^a-z0-9_]*' AND length(name) <= 40),
  ord        INTEGER NOT NULL UNIQUE,
  color      TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  shortcut   TEXT UNIQUE CHECK (shortcut IS NULL OR length(shortcut) = 1),
  -- An array of attribute definitions: {"name", "type": enum|text|number|entity|entity_or_author, "options"?}.
  attributes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attributes) AND json_type(attributes) = 'array')
) STRICT;

INSERT INTO labels (name, ord, color, shortcut, attributes) VALUES
  ('claim', 1, '#d9480f', '1', json('[
    {"name": "kind", "type": "enum", "options": ["factual", "causal", "evaluative", "recommendation"]},
    {"name": "attributed_to", "type": "entity_or_author"},
    {"name": "citation", "type": "text"}
  ]')),
  ('actor', 2, '#1971c2', '2', json('[
    {"name": "entity", "type": "entity"},
    {"name": "actor_type", "type": "enum", "options": ["state", "government_agency", "igo", "ngo", "person", "group", "other"]}
  ]')),
  ('statistic', 3, '#2f9e44', '3', json('[
    {"name": "value", "type": "number"},
    {"name": "value_max", "type": "number"},
    {"name": "kind", "type": "enum", "options": ["count", "percent", "rate", "money", "rank", "index"]},
    {"name": "unit", "type": "text"},
    {"name": "per", "type": "number"},
    {"name": "currency", "type": "text"},
    {"name": "qualifier", "type": "enum", "options": ["approximately", "more_than", "less_than", "almost", "at_least", "at_most"]},
    {"name": "out_of", "type": "number"},
    {"name": "reference_year", "type": "number"}
  ]'));

-- The actor registry. Names and aliases are unique together (checked by the store; each table
-- enforces its own column case-insensitively).
CREATE TABLE entities (
  id             INTEGER PRIMARY KEY,
  canonical_name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(canonical_name)) > 0),
  english_name   TEXT CHECK (english_name IS NULL OR length(trim(english_name)) > 0),
  type           TEXT NOT NULL CHECK (type IN ('state', 'government_agency', 'igo', 'ngo', 'person', 'group', 'other')),
  created_by     INTEGER REFERENCES users (id),
  created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE entity_aliases (
  id        INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(alias)) > 0)
) STRICT;
CREATE INDEX entity_aliases_by_entity ON entity_aliases (entity_id);

CREATE TABLE annotations (
  -- Chosen by the client (a UUID), so a retried create is recognised.
  id            TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  layer_user_id INTEGER NOT NULL REFERENCES users (id),
  label         TEXT NOT NULL REFERENCES labels (name),
  start_offset  INTEGER,
  end_offset    INTEGER,
  quote         TEXT NOT NULL,
  prefix        TEXT NOT NULL DEFAULT '',
  suffix        TEXT NOT NULL DEFAULT '',
  attributes    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes) AND json_type(attributes) = 'object'),
  status        TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
  anchor_state  TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_state IN ('anchored', 'fuzzy', 'orphaned')),
  origin        TEXT NOT NULL CHECK (origin IN ('manual', 'suggestion')),
  revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_by    INTEGER REFERENCES users (id),
  created_at    TEXT NOT NULL,
  updated_by    INTEGER REFERENCES users (id),
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT,
  -- On a new version of a document: the annotation of the previous version this one was re-anchored from.
  previous_id   TEXT REFERENCES annotations (id) ON DELETE SET NULL,
  -- Offsets are missing exactly when the words could not be found again.
  CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
  CHECK ((start_offset IS NULL) = (anchor_state = 'orphaned')),
  CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset > start_offset))
) STRICT;
CREATE INDEX annotations_by_document_layer ON annotations (document_id, layer_user_id, start_offset);
CREATE INDEX annotations_by_previous ON annotations (previous_id);

-- One row per write of an annotation: the state before and after, who, when.
CREATE TABLE annotation_events (
  id            INTEGER PRIMARY KEY,
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  revision      INTEGER NOT NULL CHECK (revision >= 1),
  action        TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'review', 'suggest', 'map', 'reanchor')),
  before        TEXT CHECK (before IS NULL OR json_valid(before)),
  after         TEXT NOT NULL CHECK (json_valid(after)),
  user_id       INTEGER REFERENCES users (id),
  actor         TEXT NOT NULL,
  at            TEXT NOT NULL,
  UNIQUE (annotation_id, revision)
) STRICT;

-- A person's fix of the source text (a lost drop cap, a broken word); the raw text never changes.
CREATE TABLE source_corrections (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset      INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset        INTEGER NOT NULL CHECK (end_offset >= start_offset),
  before            TEXT NOT NULL,
  after             TEXT NOT NULL CHECK (after <> before),
  user_id           INTEGER REFERENCES users (id),
  actor             TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  -- The document revision this correction produced.
  document_revision INTEGER NOT NULL CHECK (document_revision > 1),
  UNIQUE (document_id, document_revision)
) STRICT;
