// Corpus search: runs a parsed query over the three indexes (Indonesian sentences, English units,
// annotation attributes), locates the words of each hit, applies the annotation filters to the
// hit itself, and groups the hits by document with their context.
import type { Db } from '../../db/connection';
import {
  listFilteredAnnotationSpans,
  listSearchDocumentsByIds,
  searchAnnotationMatches,
  searchSentenceMatches,
  searchTranslationMatches,
  type AnnotationFilter,
  type SentenceMatchRow,
} from '../../db/queries/search';
import type { AnnotationStatus } from '../../annotations/types';
import type { UnitStatus } from '../../translation/unit-status';
import { findQueryHits, type TextRange } from './find-query-hits';
import { toFtsMatchExpression } from './fts-match-expression';
import type { SearchQuery } from './parse-search-query';
import { hasAnnotationFilter, type SearchFilters } from './parse-search-request';
import { snippetSegments, type Snippet } from './snippet-segments';

/** Rows read per index; more hits than this are reported as truncated. */
export const SEARCH_ROW_LIMIT = 500;

export interface TextHit {
  source: 'text';
  sentenceId: number;
  /** The first hit's range in the document text (UTF-16), for opening the editor on it. */
  start: number;
  end: number;
  snippet: Snippet;
}

export interface TranslationHit {
  source: 'translation';
  sentenceId: number;
  status: UnitStatus;
  snippet: Snippet;
}

export interface AnnotationHit {
  source: 'annotation';
  annotationId: string;
  label: string;
  layer: string;
  status: AnnotationStatus;
  /** Null when the annotation is orphaned (its words are no longer in the text). */
  start: number | null;
  end: number | null;
  quote: string;
  /** The attribute words (or, for an orphan, the quote) with the hit marked. */
  snippet: Snippet;
}

export type SearchHit = TextHit | TranslationHit | AnnotationHit;

export interface DocumentHits {
  id: number;
  slug: string;
  title: string;
  hits: SearchHit[];
}

export interface SearchResults {
  documents: DocumentHits[];
  hitCount: number;
  /** Some index had more matching rows than were read. */
  truncated: boolean;
}

/** A located hit in a sentence: the sentence and the ranges (document offsets) of its words. */
export interface LocatedSentenceHit {
  row: SentenceMatchRow;
  ranges: TextRange[];
}

/** The annotations the filters (and the viewer's visible layers) admit. */
function annotationFilterOf(filters: SearchFilters): AnnotationFilter {
  return { labels: filters.labels, layers: filters.layers, statuses: filters.statuses, visibleLayer: filters.visibleLayer };
}

/** The filter text hits must pass: only when the user asked for annotations of some kind. */
function hitFilterOf(filters: SearchFilters): AnnotationFilter | null {
  return hasAnnotationFilter(filters) ? annotationFilterOf(filters) : null;
}

/** Keeps the ranges that lie inside one of the (sorted) spans. */
function insideSpans(ranges: TextRange[], spans: ReadonlyArray<{ start: number; end: number }>): TextRange[] {
  return ranges.filter((r) => spans.some((s) => s.start <= r.start && r.end <= s.end));
}

/**
 * Sentences whose Indonesian text matches, each with the document ranges of its hit words. With
 * annotation filters, only words inside a matching annotation count (a sentence without any is
 * dropped). Shared by search and the concordance.
 */
export function locateSentenceHits(
  db: Db,
  query: SearchQuery,
  filters: SearchFilters,
  limit: number,
): { hits: LocatedSentenceHit[]; truncated: boolean } {
  const annotations = hitFilterOf(filters);
  const rows = searchSentenceMatches(db, { match: toFtsMatchExpression(query), document: filters.document, annotations, limit: limit + 1 });
  const truncated = rows.length > limit;
  const kept = rows.slice(0, limit);
  const spansByDocument = new Map<number, Array<{ start: number; end: number }>>();
  if (annotations) {
    const ids = [...new Set(kept.map((row) => row.documentId))];
    for (const span of listFilteredAnnotationSpans(db, ids, annotations)) {
      const list = spansByDocument.get(span.documentId) ?? [];
      list.push(span);
      spansByDocument.set(span.documentId, list);
    }
  }
  const hits: LocatedSentenceHit[] = [];
  for (const row of kept) {
    let ranges = findQueryHits(row.text, query).map((r) => ({ start: row.start + r.start, end: row.start + r.end }));
    if (annotations) {
      ranges = insideSpans(ranges, spansByDocument.get(row.documentId) ?? []);
      if (ranges.length === 0) continue;
    }
    hits.push({ row, ranges });
  }
  return { hits, truncated };
}

function textHit({ row, ranges }: LocatedSentenceHit): TextHit {
  const local = ranges.map((r) => ({ start: r.start - row.start, end: r.end - row.start }));
  const first = ranges[0] ?? { start: row.start, end: row.end };
  return { source: 'text', sentenceId: row.sentenceId, start: first.start, end: first.end, snippet: snippetSegments(row.text, local) };
}

/** Runs a query over the corpus; hits grouped by document, documents with most hits first. */
export function searchCorpus(db: Db, query: SearchQuery, filters: SearchFilters): SearchResults {
  const limit = SEARCH_ROW_LIMIT;
  const annotations = annotationFilterOf(filters);
  const sentences = locateSentenceHits(db, query, filters, limit);
  const translations = searchTranslationMatches(db, { match: toFtsMatchExpression(query), document: filters.document, annotations: hitFilterOf(filters), limit: limit + 1 });
  const attributeMatches = searchAnnotationMatches(db, {
    match: toFtsMatchExpression(query, 'attributes'),
    document: filters.document,
    annotations,
    limit: limit + 1,
    orphanedOnly: false,
  });
  // An orphan's words are gone from the text, so its quote is the only place they can be found.
  const orphanMatches = searchAnnotationMatches(db, {
    match: toFtsMatchExpression(query, 'quote'),
    document: filters.document,
    annotations,
    limit: limit + 1,
    orphanedOnly: true,
  });
  const truncated = sentences.truncated || translations.length > limit || attributeMatches.length > limit || orphanMatches.length > limit;

  const byDocument = new Map<number, SearchHit[]>();
  const add = (documentId: number, hit: SearchHit) => {
    const list = byDocument.get(documentId) ?? [];
    list.push(hit);
    byDocument.set(documentId, list);
  };
  for (const hit of sentences.hits) add(hit.row.documentId, textHit(hit));
  for (const row of translations.slice(0, limit)) {
    add(row.documentId, { source: 'translation', sentenceId: row.sentenceId, status: row.status, snippet: snippetSegments(row.text, findQueryHits(row.text, query)) });
  }
  const seen = new Set<string>();
  for (const row of [...attributeMatches.slice(0, limit), ...orphanMatches.slice(0, limit)]) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const shown = row.start === null ? row.quote : row.attributeText;
    add(row.documentId, {
      source: 'annotation',
      annotationId: row.id,
      label: row.label,
      layer: row.layer,
      status: row.status,
      start: row.start,
      end: row.end,
      quote: row.quote,
      snippet: snippetSegments(shown, findQueryHits(shown, query)),
    });
  }

  const documents = listSearchDocumentsByIds(db, [...byDocument.keys()])
    .map((doc) => ({ ...doc, hits: byDocument.get(doc.id) ?? [] }))
    .sort((a, b) => b.hits.length - a.hits.length || a.title.localeCompare(b.title));
  return { documents, hitCount: documents.reduce((sum, doc) => sum + doc.hits.length, 0), truncated };
}
