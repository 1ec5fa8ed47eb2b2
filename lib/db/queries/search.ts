// Corpus search and concordance: FTS5 matches in the sentence, translation and annotation indexes
// (migration 005), restricted to current document versions and to annotation filters. MATCH
// expressions come from lib/research/search/fts-match-expression.ts, never from user text.
import type { AnnotationStatus } from '../../annotations/types';
import type { UnitStatus } from '../../translation/unit-status';
import type { Db } from '../connection';
import { statement } from '../statement';

/** Which annotations count: null lists mean "any". */
export interface AnnotationFilter {
  labels: readonly string[] | null;
  layers: readonly string[] | null;
  statuses: readonly AnnotationStatus[] | null;
  /** The only layer (username) the viewer may see, for annotators working blind; null for all. */
  visibleLayer: string | null;
}

const ANY_ANNOTATION: AnnotationFilter = { labels: null, layers: null, statuses: null, visibleLayer: null };

export interface MatchOptions {
  match: string;
  /** Limit to one document (its slug); null for the whole corpus. */
  document: string | null;
  /** When set, a sentence counts only if an annotation passing the filter overlaps it. */
  annotations: AnnotationFilter | null;
  limit: number;
}

export interface SentenceMatchRow {
  sentenceId: number;
  documentId: number;
  ord: number;
  start: number;
  end: number;
  /** The indexed text: the sentence's slice of the document text. */
  text: string;
}

export interface TranslationMatchRow extends SentenceMatchRow {
  /** Here: the English text of the unit. */
  text: string;
  status: UnitStatus;
}

export interface AnnotationMatchRow {
  id: string;
  documentId: number;
  label: string;
  layer: string;
  status: AnnotationStatus;
  start: number | null;
  end: number | null;
  quote: string;
  /** The attributes as the index holds them (values and linked actors' names). */
  attributeText: string;
}

export interface SearchDocumentRow {
  id: number;
  slug: string;
  title: string;
}

const CURRENT_DOCUMENT = `NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)
  AND (@document IS NULL OR d.slug = @document)`;

const ANNOTATION_FILTER = `a.deleted_at IS NULL
  AND (@labels IS NULL OR a.label IN (SELECT value FROM json_each(@labels)))
  AND (@statuses IS NULL OR a.status IN (SELECT value FROM json_each(@statuses)))
  AND (@layers IS NULL OR a.layer_user_id IN (
    SELECT u.id FROM users u WHERE u.username IN (SELECT value FROM json_each(@layers))))
  AND (@visibleLayer IS NULL OR a.layer_user_id = (SELECT u.id FROM users u WHERE u.username = @visibleLayer))`;

const SENTENCE_HAS_ANNOTATION = `(@filtered = 0 OR EXISTS (
  SELECT 1 FROM annotations a
  WHERE a.document_id = s.document_id AND a.start_offset < s.end_offset AND a.end_offset > s.start_offset
    AND ${ANNOTATION_FILTER}))`;

function filterParams(filter: AnnotationFilter | null) {
  const list = (values: readonly string[] | null | undefined) => (values && values.length > 0 ? JSON.stringify(values) : null);
  return {
    filtered: filter ? 1 : 0,
    labels: list(filter?.labels),
    layers: list(filter?.layers),
    statuses: list(filter?.statuses),
    visibleLayer: filter?.visibleLayer ?? null,
  };
}

function matchParams(options: MatchOptions) {
  return { match: options.match, document: options.document, limit: options.limit, ...filterParams(options.annotations) };
}

/** Sentences whose Indonesian text matches, in document and reading order. */
export function searchSentenceMatches(db: Db, options: MatchOptions): SentenceMatchRow[] {
  return statement(
    db,
    `SELECT s.id AS sentenceId, s.document_id AS documentId, s.ord, s.start_offset AS start, s.end_offset AS end, f.text
     FROM search_sentences f
     JOIN sentences s ON s.id = f.rowid
     JOIN documents d ON d.id = s.document_id
     WHERE search_sentences MATCH @match AND ${CURRENT_DOCUMENT} AND ${SENTENCE_HAS_ANNOTATION}
     ORDER BY s.document_id, s.ord
     LIMIT @limit`,
  ).all(matchParams(options)) as SentenceMatchRow[];
}

/** Units whose English text matches, in document and reading order. */
export function searchTranslationMatches(db: Db, options: MatchOptions): TranslationMatchRow[] {
  return statement(
    db,
    `SELECT s.id AS sentenceId, s.document_id AS documentId, s.ord, s.start_offset AS start, s.end_offset AS end,
            t.text, t.status
     FROM search_translations f
     JOIN translations t ON t.id = f.rowid
     JOIN sentences s ON s.id = t.sentence_id
     JOIN documents d ON d.id = s.document_id
     WHERE search_translations MATCH @match AND ${CURRENT_DOCUMENT} AND ${SENTENCE_HAS_ANNOTATION}
     ORDER BY s.document_id, s.ord
     LIMIT @limit`,
  ).all(matchParams(options)) as TranslationMatchRow[];
}

/**
 * Live annotations whose index row matches (the expression names the column), passing the
 * filter; `orphanedOnly` keeps the ones whose words are lost from the text.
 */
export function searchAnnotationMatches(db: Db, options: MatchOptions & { orphanedOnly: boolean }): AnnotationMatchRow[] {
  return statement(
    db,
    `SELECT a.id, a.document_id AS documentId, a.label, u.username AS layer, a.status,
            a.start_offset AS start, a.end_offset AS end, a.quote, f.attributes AS attributeText
     FROM search_annotations f
     JOIN search_annotation_keys k ON k.id = f.rowid
     JOIN annotations a ON a.id = k.annotation_id
     JOIN users u ON u.id = a.layer_user_id
     JOIN documents d ON d.id = a.document_id
     WHERE search_annotations MATCH @match AND ${CURRENT_DOCUMENT} AND ${ANNOTATION_FILTER}
       AND (@orphanedOnly = 0 OR a.anchor_state = 'orphaned')
     ORDER BY a.document_id, a.start_offset IS NULL, a.start_offset, a.id
     LIMIT @limit`,
  ).all({ ...matchParams({ ...options, annotations: options.annotations ?? ANY_ANNOTATION }), orphanedOnly: options.orphanedOnly ? 1 : 0 }) as AnnotationMatchRow[];
}

/** The placed spans of annotations passing the filter in these documents, by document and offset. */
export function listFilteredAnnotationSpans(
  db: Db,
  documentIds: readonly number[],
  filter: AnnotationFilter,
): Array<{ documentId: number; start: number; end: number }> {
  return statement(
    db,
    `SELECT a.document_id AS documentId, a.start_offset AS start, a.end_offset AS end
     FROM annotations a
     WHERE a.document_id IN (SELECT value FROM json_each(@documentIds)) AND a.start_offset IS NOT NULL
       AND ${ANNOTATION_FILTER}
     ORDER BY a.document_id, a.start_offset`,
  ).all({ documentIds: JSON.stringify(documentIds), ...filterParams(filter) }) as Array<{ documentId: number; start: number; end: number }>;
}

/** Slugs and titles of these documents, by id. */
export function listSearchDocumentsByIds(db: Db, ids: readonly number[]): SearchDocumentRow[] {
  return statement(db, 'SELECT id, slug, title FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(
    JSON.stringify(ids),
  ) as SearchDocumentRow[];
}

/** Normalized texts of these documents, for contexts that cross sentence boundaries. */
export function listDocumentTextsByIds(db: Db, ids: readonly number[]): Array<SearchDocumentRow & { text: string }> {
  return statement(db, 'SELECT id, slug, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(
    JSON.stringify(ids),
  ) as Array<SearchDocumentRow & { text: string }>;
}

/** The English text of these units (sentence ids), where one exists. */
export function listTranslationTextsBySentenceIds(db: Db, sentenceIds: readonly number[]): Map<number, string> {
  const rows = statement(
    db,
    'SELECT sentence_id AS sentenceId, text FROM translations WHERE sentence_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(sentenceIds)) as Array<{ sentenceId: number; text: string }>;
  return new Map(rows.map((row) => [row.sentenceId, row.text]));
}

export interface LabelledSpanRow {
  id: string;
  documentId: number;
  label: string;
  layer: string;
  status: AnnotationStatus;
  start: number;
  end: number;
  /** The English counterpart a person aligned (state `aligned`), if any. */
  english: string | null;
}

/** Placed live annotations passing the filter, with their confirmed English alignment. */
export function listLabelledSpans(db: Db, filter: AnnotationFilter, document: string | null, limit: number): LabelledSpanRow[] {
  return statement(
    db,
    `SELECT a.id, a.document_id AS documentId, a.label, u.username AS layer, a.status,
            a.start_offset AS start, a.end_offset AS end,
            (SELECT al.quote FROM alignments al
             WHERE al.annotation_id = a.id AND al.state = 'aligned'
             ORDER BY al.updated_at DESC, al.id LIMIT 1) AS english
     FROM annotations a
     JOIN users u ON u.id = a.layer_user_id
     JOIN documents d ON d.id = a.document_id
     WHERE a.start_offset IS NOT NULL AND ${ANNOTATION_FILTER} AND ${CURRENT_DOCUMENT}
     ORDER BY a.document_id, a.start_offset, a.end_offset DESC, a.id
     LIMIT @limit`,
  ).all({ document, limit, ...filterParams(filter) }) as LabelledSpanRow[];
}

/** The baseline the benchmark compares search with: a bare FTS5 query over the sentence index. */
export function countBareSentenceMatches(db: Db, match: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM search_sentences WHERE search_sentences MATCH ?').get(match) as { n: number }).n;
}
