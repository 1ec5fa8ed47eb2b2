-- Team workflow: who is assigned which document for which task (and when they finished), and the
-- curation decisions a reviewer takes on annotator spans on the way to the gold layer.
--
-- The gold layer is the layer of a reserved account, username '@gold' (the username rule forbids
-- '@', so no person can take it; disabled, password hash '!' that no password verifies). Its row
-- is created by the first curation write (lib/db/queries/curation.ts, ensureGoldLayerUser), not
-- here: a row inserted now would take the first account id and count as a user, and the first-run
-- setup opens only while the users table is empty.

CREATE TABLE assignments (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  task        TEXT NOT NULL CHECK (task IN ('annotate', 'translate')),
  assigned_by INTEGER REFERENCES users (id),
  assigned_at TEXT NOT NULL,
  -- Set when the assignee marks the document finished; cleared when they reopen it.
  finished_at TEXT,
  UNIQUE (document_id, user_id, task)
) STRICT;
CREATE INDEX assignments_by_user ON assignments (user_id, finished_at);

-- One decision per annotator span (at the revision it was decided on): accepted into gold (the
-- gold annotation it became) or rejected. A span changed after its decision is open again.
CREATE TABLE curation_decisions (
  annotation_id      TEXT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
  document_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  source_revision    INTEGER NOT NULL CHECK (source_revision >= 1),
  decision           TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
  gold_annotation_id TEXT REFERENCES annotations (id) ON DELETE SET NULL,
  decided_by         INTEGER REFERENCES users (id),
  decided_at         TEXT NOT NULL,
  -- Only an acceptance points at a gold annotation (null again if that one is removed for good).
  CHECK (decision = 'accepted' OR gold_annotation_id IS NULL)
) STRICT;
CREATE INDEX curation_decisions_by_document ON curation_decisions (document_id);
