-- A random token that changes whenever a document's text changes: a process may keep the text in
-- memory under it (lib/db/document-text-cache.ts) and read only the token per request. A revision
-- number would not do: a correction rolled back leaves its revision free for a later, different
-- text, while a rolled-back token goes back to the old text's token and is never given out again.
ALTER TABLE documents ADD COLUMN text_token BLOB;
UPDATE documents SET text_token = randomblob(16);
CREATE TRIGGER documents_text_token_after_insert AFTER INSERT ON documents WHEN new.text_token IS NULL BEGIN
  UPDATE documents SET text_token = randomblob(16) WHERE id = new.id;
END;
CREATE TRIGGER documents_text_token_after_text_update AFTER UPDATE OF text ON documents WHEN new.text IS NOT old.text BEGIN
  UPDATE documents SET text_token = randomblob(16) WHERE id = new.id;
END;
