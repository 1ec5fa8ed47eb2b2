// The concordance of a term (search syntax) or of an annotation label across the corpus: finds
// the spans through the search index or the annotations, then cuts the lines and sorts them.
import type { Db } from '../../db/connection';
import { listDocumentTextsByIds, listLabelledSpans, listTranslationTextsBySentenceIds } from '../../db/queries/search';
import { AppError } from '../../errors';
import { parseSearchQuery } from '../search/parse-search-query';
import type { SearchFilters } from '../search/parse-search-request';
import { locateSentenceHits } from '../search/search-corpus';
import { buildConcordanceLines, type ConcordanceLine, type ConcordanceSpan } from './build-concordance-lines';
import { sortConcordanceLines, type ConcordanceSort } from './concordance-sort';

/** Lines read at most; more are reported as truncated. */
export const CONCORDANCE_LINE_LIMIT = 2000;

export interface ConcordanceRequest {
  /** A term in search syntax; empty for a label concordance. */
  q: string;
  /** With a term: hits must lie in this label's spans; alone: every span of the label. */
  label: string | null;
  filters: SearchFilters;
  sort: ConcordanceSort;
}

export interface Concordance {
  mode: 'term' | 'label';
  lines: ConcordanceLine[];
  truncated: boolean;
}

function termSpans(db: Db, request: ConcordanceRequest, filters: SearchFilters): { spans: ConcordanceSpan[]; truncated: boolean } {
  const query = parseSearchQuery(request.q);
  const { hits, truncated } = locateSentenceHits(db, query, filters, CONCORDANCE_LINE_LIMIT);
  const english = listTranslationTextsBySentenceIds(db, hits.map((hit) => hit.row.sentenceId));
  const spans = hits.flatMap(({ row, ranges }) =>
    ranges.map((range) => ({
      documentId: row.documentId,
      start: range.start,
      end: range.end,
      english: english.get(row.sentenceId) ?? null,
      sentenceId: row.sentenceId,
      annotationId: null,
      label: null,
      layer: null,
    })),
  );
  return { spans: spans.slice(0, CONCORDANCE_LINE_LIMIT), truncated: truncated || spans.length > CONCORDANCE_LINE_LIMIT };
}

/** Without a status filter a label concordance shows what annotators accepted, not every suggestion. */
export const DEFAULT_LABEL_STATUSES: SearchFilters['statuses'] = ['accepted'];

function labelSpans(db: Db, filters: SearchFilters): { spans: ConcordanceSpan[]; truncated: boolean } {
  const scoped = filters.statuses.length > 0 ? filters : { ...filters, statuses: DEFAULT_LABEL_STATUSES };
  const rows = listLabelledSpans(db, scoped, filters.document, CONCORDANCE_LINE_LIMIT + 1);
  const spans = rows.slice(0, CONCORDANCE_LINE_LIMIT).map((row) => ({
    documentId: row.documentId,
    start: row.start,
    end: row.end,
    english: row.english,
    sentenceId: null,
    annotationId: row.id,
    label: row.label,
    layer: row.layer,
  }));
  return { spans, truncated: rows.length > CONCORDANCE_LINE_LIMIT };
}

/** The concordance lines of a request, sorted; neither a term nor a label is a 400. */
export function loadConcordance(db: Db, request: ConcordanceRequest): Concordance {
  const term = request.q.trim() !== '';
  if (!term && !request.label) throw new AppError('concordance.noTermOrLabel');
  const filters = request.label ? { ...request.filters, labels: [request.label] } : request.filters;
  const { spans, truncated } = term ? termSpans(db, request, filters) : labelSpans(db, filters);
  const documents = listDocumentTextsByIds(db, [...new Set(spans.map((span) => span.documentId))]);
  const lines = buildConcordanceLines(documents, spans);
  return { mode: term ? 'term' : 'label', lines: sortConcordanceLines(lines, request.sort), truncated };
}
