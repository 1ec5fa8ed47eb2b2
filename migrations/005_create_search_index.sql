-- Corpus search: FTS5 indexes over the Indonesian sentences, their English translations and the
-- annotations' quotes and attributes, kept in sync by triggers and filled for existing rows here.
-- One tokenizer everywhere: unicode61 with diacritics folded (`é` finds `e`), prefix indexes for
-- 2- and 3-character prefixes so `eksploit*` stays fast.
--
-- A sentence's text is a slice of documents.text, so the sentence index stores that slice (an
-- FTS5 table with its own content, rowid = sentence id). SQL's substr counts code points where the
-- app's offsets are UTF-16 indices: both agree for text inside the Basic Multilingual Plane (every
-- corpus seed); a document with characters beyond it is indexed one character off per such
-- character before a sentence. Hits are always located again in JavaScript on the stored slice.

CREATE VIRTUAL TABLE search_sentences USING fts5 (
  text,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER search_sentences_after_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO search_sentences (rowid, text)
  SELECT new.id, substr(d.text, new.start_offset + 1, new.end_offset - new.start_offset)
  FROM documents d WHERE d.id = new.document_id;
END;

CREATE TRIGGER search_sentences_after_delete AFTER DELETE ON sentences BEGIN
  DELETE FROM search_sentences WHERE rowid = old.id;
END;

CREATE TRIGGER search_sentences_after_update AFTER UPDATE OF document_id, start_offset, end_offset ON sentences BEGIN
  DELETE FROM search_sentences WHERE rowid = old.id;
  INSERT INTO search_sentences (rowid, text)
  SELECT new.id, substr(d.text, new.start_offset + 1, new.end_offset - new.start_offset)
  FROM documents d WHERE d.id = new.document_id;
END;

-- A source correction changes the text under every later sentence: slice them all again.
CREATE TRIGGER search_sentences_after_text_update AFTER UPDATE OF text ON documents BEGIN
  DELETE FROM search_sentences WHERE rowid IN (SELECT id FROM sentences WHERE document_id = new.id);
  INSERT INTO search_sentences (rowid, text)
  SELECT s.id, substr(new.text, s.start_offset + 1, s.end_offset - s.start_offset)
  FROM sentences s WHERE s.document_id = new.id;
END;

INSERT INTO search_sentences (rowid, text)
SELECT s.id, substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset)
FROM sentences s JOIN documents d ON d.id = s.document_id;

-- English translations: an external-content index over translations.text (integer primary key).
CREATE VIRTUAL TABLE search_translations USING fts5 (
  text,
  content = 'translations',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER search_translations_after_insert AFTER INSERT ON translations BEGIN
  INSERT INTO search_translations (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER search_translations_after_delete AFTER DELETE ON translations BEGIN
  INSERT INTO search_translations (search_translations, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER search_translations_after_update AFTER UPDATE OF text ON translations BEGIN
  INSERT INTO search_translations (search_translations, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO search_translations (rowid, text) VALUES (new.id, new.text);
END;

INSERT INTO search_translations (search_translations) VALUES ('rebuild');

-- Annotations have text ids, and the implicit rowid of such a table may change on VACUUM, so the
-- index keys them through a table of its own.
CREATE TABLE search_annotation_keys (
  id            INTEGER PRIMARY KEY,
  annotation_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE VIRTUAL TABLE search_annotations USING fts5 (
  quote,
  attributes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- What an annotation's attributes say in words: every scalar value (enum options, citations,
-- units, numbers) and, for entity links, the actor's registry names instead of its id.
CREATE VIEW search_annotation_texts AS
SELECT a.id,
       a.quote,
       coalesce((
         SELECT group_concat(words, ' ') FROM (
           SELECT CAST(j.value AS TEXT) AS words
           FROM json_each(a.attributes) j
           WHERE j.type IN ('text', 'integer', 'real')
             AND NOT (j.key IN ('entity', 'attributed_to') AND j.type = 'integer')
           UNION ALL
           SELECT e.canonical_name || coalesce(' ' || e.english_name, '')
           FROM json_each(a.attributes) j JOIN entities e ON e.id = j.value
           WHERE j.key IN ('entity', 'attributed_to') AND j.type = 'integer'
         )
       ), '') AS attributes
FROM annotations a;

CREATE TRIGGER search_annotations_after_insert AFTER INSERT ON annotations BEGIN
  INSERT INTO search_annotation_keys (annotation_id) VALUES (new.id);
  INSERT INTO search_annotations (rowid, quote, attributes)
  SELECT k.id, v.quote, v.attributes
  FROM search_annotation_texts v JOIN search_annotation_keys k ON k.annotation_id = v.id
  WHERE v.id = new.id;
END;

CREATE TRIGGER search_annotations_after_update AFTER UPDATE OF quote, attributes ON annotations BEGIN
  DELETE FROM search_annotations WHERE rowid = (SELECT id FROM search_annotation_keys WHERE annotation_id = new.id);
  INSERT INTO search_annotations (rowid, quote, attributes)
  SELECT k.id, v.quote, v.attributes
  FROM search_annotation_texts v JOIN search_annotation_keys k ON k.annotation_id = v.id
  WHERE v.id = new.id;
END;

CREATE TRIGGER search_annotations_after_delete AFTER DELETE ON annotations BEGIN
  DELETE FROM search_annotations WHERE rowid = (SELECT id FROM search_annotation_keys WHERE annotation_id = old.id);
  DELETE FROM search_annotation_keys WHERE annotation_id = old.id;
END;

-- Renaming an actor renames it in the attributes of every annotation that links to it.
CREATE TRIGGER search_annotations_after_entity_update AFTER UPDATE OF canonical_name, english_name ON entities BEGIN
  DELETE FROM search_annotations WHERE rowid IN (
    SELECT k.id FROM search_annotation_keys k JOIN annotations a ON a.id = k.annotation_id
    WHERE json_extract(a.attributes, '$.entity') = new.id OR json_extract(a.attributes, '$.attributed_to') = new.id
  );
  INSERT INTO search_annotations (rowid, quote, attributes)
  SELECT k.id, v.quote, v.attributes
  FROM search_annotation_texts v JOIN search_annotation_keys k ON k.annotation_id = v.id
  JOIN annotations a ON a.id = v.id
  WHERE json_extract(a.attributes, '$.entity') = new.id OR json_extract(a.attributes, '$.attributed_to') = new.id;
END;

INSERT INTO search_annotation_keys (annotation_id) SELECT id FROM annotations ORDER BY rowid;
INSERT INTO search_annotations (rowid, quote, attributes)
SELECT k.id, v.quote, v.attributes
FROM search_annotation_texts v JOIN search_annotation_keys k ON k.annotation_id = v.id;
