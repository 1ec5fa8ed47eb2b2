// Suggestions for one unit: translation-memory matches (FTS5 candidates scored by word edit
// distance), glossary entries found in its source (the registry's English names of its actors and
// termbase terms), and English renderings of its statistics.
import { findStatisticCandidates } from '../annotations/statistics';
import type { Db } from '../db/connection';
import { listAlignableAnnotationsInRange } from '../db/queries/alignments';
import { listEntities } from '../db/queries/entities';
import { listGlossaryTerms } from '../db/queries/glossary';
import { getTmWordEntryCounts, searchTmCandidates } from '../db/queries/translation-memory';
import { getNeighbourUnitRow, getTranslatableDocumentById } from '../db/queries/translations';
import { renderStatisticEnglish } from '../translation/render-statistic-english';
import { rankTranslationMemoryMatches, type TranslationMemoryMatch } from '../translation/tm/rank-translation-memory-matches';
import { requireUnit } from './record-translation-write';
import { clipAnnotationsToUnit, createUnitGlossary, type AnnotationInUnit, type GlossarySuggestion } from './unit-glossary';

/** Matches below this score are not offered; at most this many are. */
export const TM_MIN_SCORE = 50;
export const TM_MAX_MATCHES = 5;
/** How many FTS candidates are scored for one unit. */
const TM_CANDIDATES = 50;

export type { GlossarySuggestion };

export interface StatisticSuggestion {
  /** The statistic annotation rendered, or null for a statistic the parser found in the source. */
  annotationId: string | null;
  source: string;
  english: string;
}

export interface UnitSuggestions {
  tm: Array<TranslationMemoryMatch<number> & { origin: 'unit' | 'import' }>;
  glossary: GlossarySuggestion[];
  statistics: StatisticSuggestion[];
}

/** Everything the translate page offers for the unit `sentenceId`; unit.notFound (404). */
export function suggestTranslations(db: Db, sentenceId: number): UnitSuggestions {
  const row = requireUnit(db, sentenceId);
  const doc = getTranslatableDocumentById(db, row.documentId);
  if (!doc) throw new Error(`document ${row.documentId} is missing`);
  const source = doc.text.slice(row.start, row.end);
  const sourceOf = (unit: { start: number; end: number } | undefined): string | undefined => unit && doc.text.slice(unit.start, unit.end);
  const annotations = listAlignableAnnotationsInRange(db, row.documentId, row.start, row.end);
  // Only the part of an annotation inside this unit counts for its source words.
  const inUnit = clipAnnotationsToUnit(annotations, row.start, row.end);

  const match = buildTmMatchQuery(source, getTmWordEntryCounts(db, tmQueryWords(source)));
  // Newest first: among equal scores the ranking keeps this order.
  const candidates = (match === null ? [] : searchTmCandidates(db, match, sentenceId, TM_CANDIDATES)).sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id,
  );
  const origins = new Map(candidates.map((c) => [c.id, c.origin]));
  const tm = rankTranslationMemoryMatches(
    source,
    candidates.map((c) => ({
      id: c.id,
      source: c.source,
      target: c.target,
      context: c.origin === 'unit' ? { previousSource: c.previousSource ?? undefined, nextSource: c.nextSource ?? undefined } : undefined,
    })),
    {
      previousSource: sourceOf(getNeighbourUnitRow(db, row.documentId, row.ord, -1)),
      nextSource: sourceOf(getNeighbourUnitRow(db, row.documentId, row.ord, 1)),
      minScore: TM_MIN_SCORE,
      limit: TM_MAX_MATCHES,
    },
  ).map((m) => ({ ...m, origin: origins.get(m.id) ?? 'import' }));

  const glossary = createUnitGlossary({ entities: listEntities(db), terms: listGlossaryTerms(db) })(doc.text, source, inUnit);

  return { tm, glossary, statistics: renderUnitStatistics(source, inUnit, doc.text) };
}

function renderUnitStatistics(source: string, inUnit: readonly AnnotationInUnit[], text: string): StatisticSuggestion[] {
  const statistics: StatisticSuggestion[] = [];
  for (const { annotation, start, end } of inUnit) {
    if (annotation.label !== 'statistic') continue;
    const words = text.slice(start, end);
    const english = renderStatisticEnglish(words);
    if (english !== null) statistics.push({ annotationId: annotation.id, source: words, english });
  }
  if (statistics.length > 0) return statistics;
  for (const candidate of findStatisticCandidates(source)) {
    const english = renderStatisticEnglish(candidate.quote);
    if (english !== null) statistics.push({ annotationId: null, source: candidate.quote, english });
  }
  return statistics;
}

// Turns a unit's source into an FTS5 query for translation-memory candidates: its rarest words in
// the memory, each quoted (so nothing in the text is read as FTS syntax), joined by OR. Asking for
// common words too would make FTS score most of a large memory for every lookup; an entry that
// matches a unit well shares its rare words anyway, and words no entry holds are left out.

/** How many of a unit's words a query asks for. */
const QUERY_WORDS = 8;
/**
 * How many entries (summed over the chosen words) a query may match. FTS5 ranks every entry that
 * matches, so a common word (`tidak`, `Tom` in a 100 000-unit memory) costs tens of milliseconds
 * alone; rarer words are added only while the sum stays under this (the rarest is always asked).
 * Measured on 100 000 units (bench/): p95 157 ms → 27 ms, best match of 200 queries 1.5 points lower.
 */
const QUERY_ENTRY_BUDGET = 6_000;

/** A unit's distinct words as the FTS tokenizer (unicode61, diacritics removed) writes them. */
export function tmQueryWords(source: string): string[] {
  const words = source
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set((words ?? []).filter((w) => w.length > 1 || /\d/.test(w)))];
}

/** The FTS5 MATCH expression for `source` given how many entries hold each word, or null when no entry holds any. */
export function buildTmMatchQuery(source: string, entryCounts: ReadonlyMap<string, number>): string | null {
  const chosen = tmQueryWords(source)
    .map((word) => ({ word, count: entryCounts.get(word) ?? 0 }))
    .filter((w) => w.count > 0)
    .sort((a, b) => a.count - b.count || b.word.length - a.word.length)
    .slice(0, QUERY_WORDS);
  let entries = 0;
  const affordable = chosen.filter(({ count }, index) => {
    if (index > 0 && entries + count > QUERY_ENTRY_BUDGET) return false;
    entries += count;
    return true;
  });
  return affordable.length === 0 ? null : affordable.map(({ word }) => `"${word}"`).join(' OR ');
}
