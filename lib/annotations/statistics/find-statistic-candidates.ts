// Finds candidate statistics in a whole document text for the "Suggest" button and the CLI: every
// rank and every number that is not excluded, spanning qualifier + number + unit word, with the
// reference year when the same sentence gives one (`195 korban ... di tahun 2011`).

import { isEnglishContext } from './detect-english-context';
import { matchStatisticAt } from './match-statistic';
import type { ParsedStatistic, StatisticCandidate } from './parsed-statistic';
import { readRankAt } from './read-rank';
import { tokenizeText, type Token } from './tokenize-text';

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const YEAR_WINDOW = 8;

/** Candidate statistics in `text`, in order and never overlapping; offsets index into `text`. */
export function findStatisticCandidates(text: string): StatisticCandidate[] {
  const tokens = tokenizeText(text);
  const candidates: StatisticCandidate[] = [];
  let floor = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token || token.type === 'symbol') continue;
    const found = readCandidateAt(tokens, text, index, floor);
    if (!found) continue;
    const first = tokens[found.first];
    const last = tokens[found.last];
    if (!first || !last) throw new RangeError('candidate outside the tokens');
    const year = findReferenceYear(tokens, found.first, found.last);
    const attributes = year === undefined ? found.attributes : { ...found.attributes, reference_year: year };
    candidates.push({ start: first.start, end: last.end, quote: text.slice(first.start, last.end), attributes });
    floor = found.last + 1;
    index = found.last;
  }
  return candidates;
}

function readCandidateAt(tokens: Token[], text: string, index: number, floor: number): { first: number; last: number; attributes: ParsedStatistic } | null {
  const token = tokens[index];
  if (!token) return null;
  const rank = readRankAt(tokens, index, () => isEnglishContext(text, token.start));
  if (rank) {
    const attributes: ParsedStatistic = { kind: 'rank', value: rank.value };
    if (rank.out_of !== undefined) attributes.out_of = rank.out_of;
    if (rank.unit !== undefined) attributes.unit = rank.unit;
    return { first: rank.first, last: rank.last, attributes };
  }
  return matchStatisticAt(tokens, text, index, floor);
}

/** `pada tahun 2020` after the statistic in its clause, else before it in its sentence with no other number between. */
function findReferenceYear(tokens: Token[], first: number, last: number): number | undefined {
  for (let i = last + 1; i <= last + YEAR_WINDOW && i < tokens.length; i++) {
    const token = tokens[i];
    // After the statistic the year belongs to the same clause: a comma or a bracket ends the search.
    if (!token || endsSentence(token) || /^[,;(]$/.test(token.text)) break;
    if (token.type !== 'number') continue;
    const year = yearAfterMarker(tokens, i);
    if (year !== undefined) return year;
    break;
  }
  for (let i = first - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token || endsSentence(token)) break;
    if (token.type !== 'number') continue;
    return yearAfterMarker(tokens, i);
  }
  return undefined;
}

function yearAfterMarker(tokens: Token[], index: number): number | undefined {
  const token = tokens[index];
  const marker = tokens[index - 1]?.lower ?? '';
  if (!token || !YEAR.test(token.text)) return undefined;
  // `UU No. 21 Tahun 2007` names a law; its year is not the statistic's.
  if (marker === 'tahun' && tokens[index - 2]?.type === 'number') return undefined;
  return ['tahun', 'pada', 'in', 'year'].includes(marker) ? Number(token.text) : undefined;
}

function endsSentence(token: Token): boolean {
  return token.type === 'symbol' && /^[.!?]$/.test(token.text);
}
