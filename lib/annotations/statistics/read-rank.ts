// Reads ranks: `peringkat 144 dari 180 negara`, `urutan pertama`, `peringkat ke-3`, a superlative
// with an ordinal (`terbesar ketiga`, `paling rendah kesembilan`), `nomor satu`, and the US
// Trafficking in Persons tiers (`Tier 2`, `Tier 2 Watch List`). Ordinals alone are discourse, not ranks.

import { parseDigits, readNumberAt } from './parse-indonesian-number';
import { ADDITIVE_NUMBER_WORDS, ORDINAL_WORDS } from './number-vocabulary';
import { readUnitAt } from './read-unit';
import type { Token } from './tokenize-text';

export interface RankReading {
  first: number;
  last: number;
  value: number;
  out_of?: number;
  unit?: string;
}

const RANK_WORDS = new Set(['peringkat', 'urutan', 'ranking', 'rangking', 'posisi', 'rank', 'ranked', 'position']);
const SUPERLATIVES = new Set(
  ('terbesar tertinggi terendah terburuk terbaik terkorup terbanyak terkecil terpadat termiskin terkaya ' +
    'terparah terlama tercepat terluas terpenting teratas terbawah terberat terkuat terlemah terdepan')
    .split(' '),
);
const DEFINING_VERBS = new Set(['merupakan', 'adalah', 'ialah', 'is', 'are', 'means']);

/**
 * The rank that starts at `tokens[index]`, or null. `english` says whether the sentence is English;
 * it is asked only when a rank word is found (the finder calls this for every word).
 */
export function readRankAt(tokens: Token[], index: number, english: () => boolean = () => false): RankReading | null {
  const token = tokens[index];
  if (!token || token.type !== 'word') return null;
  if (RANK_WORDS.has(token.lower)) return readAfterRankWord(tokens, index, english());
  if (token.lower === 'tier') return readTier(tokens, index);
  if (token.lower === 'nomor') {
    const value = ADDITIVE_NUMBER_WORDS.get(tokens[index + 1]?.lower ?? '') ?? ORDINAL_WORDS.get(tokens[index + 1]?.lower ?? '');
    return value === undefined ? null : { first: index, last: index + 1, value };
  }
  // A superlative followed by an ordinal: `terbesar ketiga`, `paling rendah kesembilan`, `third largest`.
  const superlativeEnd = token.lower === 'paling' && tokens[index + 1]?.type === 'word' ? index + 1 : index;
  if (superlativeEnd > index || SUPERLATIVES.has(token.lower)) {
    const value = ordinalAt(tokens, superlativeEnd + 1);
    // `pertama kali` is "the first time", `kedua belah pihak` "both sides": no rank.
    const following = tokens[superlativeEnd + 2]?.lower ?? '';
    if (value !== undefined && following !== 'kali' && following !== 'belah') return { first: index, last: superlativeEnd + 1, value };
  }
  const ordinal = ORDINAL_WORDS.get(token.lower);
  if (ordinal !== undefined && /^\p{L}+est$/u.test(tokens[index + 1]?.lower ?? '') && english()) {
    return { first: index, last: index + 1, value: ordinal };
  }
  return null;
}

function ordinalAt(tokens: Token[], index: number): number | undefined {
  const token = tokens[index];
  if (!token || !token.spaceBefore) return undefined;
  if (token.type === 'ordinal') return Number(token.lower.slice(3));
  return token.type === 'word' ? ORDINAL_WORDS.get(token.lower) : undefined;
}

function readAfterRankWord(tokens: Token[], index: number, english: boolean): RankReading | null {
  let position = index + 1;
  if (tokens[position]?.lower === 'ke' || tokens[position]?.lower === 'at') position++;
  let value = ordinalAt(tokens, position);
  if (value === undefined) {
    const number = tokens[position];
    if (number?.type !== 'number') return null;
    const parsed = parseDigits(number.text, english);
    if (parsed === null || !Number.isInteger(parsed)) return null;
    value = parsed;
    const suffix = tokens[position + 1];
    if (suffix && !suffix.spaceBefore && /^(st|nd|rd|th)$/.test(suffix.lower)) position++;
  }
  const rank: RankReading = { first: index, last: position, value };
  // `dari 180 negara`, `out of 180 countries`, `of 180`
  let base = position + 1;
  if (tokens[base]?.lower === 'out' && tokens[base + 1]?.lower === 'of') base += 2;
  else if (tokens[base]?.lower === 'dari' || tokens[base]?.lower === 'of') base += 1;
  else return rank;
  const outOf = readNumberAt(tokens, base, english);
  if (!outOf || outOf.value <= value) return rank;
  const unit = readUnitAt(tokens, outOf.last + 1, { english, allowAcronym: false });
  return { ...rank, last: unit ? unit.last : outOf.last, out_of: outOf.value, ...(unit ? { unit: unit.unit } : {}) };
}

function readTier(tokens: Token[], index: number): RankReading | null {
  const number = tokens[index + 1];
  if (number?.type !== 'number' || !/^[1-3]$/.test(number.text)) return null;
  let last = index + 1;
  if (tokens[last + 1]?.lower === 'watch' && tokens[last + 2]?.lower === 'list') last += 2;
  // `Tier 2 merupakan negara-negara yang ...` defines the tier; it places no country.
  if (DEFINING_VERBS.has(tokens[last + 1]?.lower ?? '')) return null;
  return { first: index, last, value: Number(number.text) };
}
