// Pre-fills a statistic the annotator marked: reads the span's text with the same rules as the
// suggestion finder and returns the attributes of the longest statistic inside it.

import { findStatisticCandidates } from './find-statistic-candidates';
import type { ParsedStatistic } from './parsed-statistic';

/**
 * The attributes of the statistic in `phrase` (`sekitar dua juta orang` → count 2 000 000 orang,
 * approximately), or null when the phrase holds none (`pada tahun 2007`, `Pasal 65`).
 */
export function parseStatistic(phrase: string): ParsedStatistic | null {
  let best: { length: number; attributes: ParsedStatistic } | null = null;
  for (const candidate of findStatisticCandidates(phrase)) {
    const length = candidate.end - candidate.start;
    if (best === null || length > best.length) best = { length, attributes: candidate.attributes };
  }
  return best?.attributes ?? null;
}
