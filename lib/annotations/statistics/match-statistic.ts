// Reads one statistic around a number: the qualifier and currency before it, a range, a percent
// sign or currency after it, and what is counted (`sekitar 43,5% korban`, `$7 miliar per tahun`,
// `antara 1.040 hingga 4.095 dolar Amerika Serikat`, `16,8 korban per 1000 populasi`).

import { isEnglishContext } from './detect-english-context';
import { findNumberExclusion } from './excluded-number-contexts';
import {
  CURRENCY_COUNTRY_WORDS,
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  ENGLISH_QUALIFIER_PHRASES,
  QUALIFIER_PHRASES,
} from './number-vocabulary';
import type { ParsedStatistic, StatisticQualifier } from './parsed-statistic';
import { readNumberAt, type NumberReading } from './parse-indonesian-number';
import { readUnitAt, type UnitReading } from './read-unit';
import type { Token } from './tokenize-text';

/** A statistic covering tokens `first..last` (inclusive). */
export interface StatisticMatch {
  first: number;
  last: number;
  attributes: ParsedStatistic;
}

// English qualifiers that cannot be Indonesian words are read everywhere; `over`, `about`, `some`
// only in English sentences.
const UNAMBIGUOUS_ENGLISH = new Set(['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'upwards of']);
const RANGE_WORDS = new Set(['hingga', 'sampai', 'to']);
const PER_WORDS = new Set(['tahun', 'bulan', 'minggu', 'hari', 'kapita', 'orang', 'year', 'month', 'day', 'capita', 'person']);

/**
 * The statistic whose number starts at `tokens[index]`, or null when there is none or the number
 * is excluded (a year, an article number, ...). Words before it are read back to `floor` at most.
 */
export function matchStatisticAt(tokens: Token[], text: string, index: number, floor = 0): StatisticMatch | null {
  const start = tokens[index];
  if (!start) return null;
  // Number words read the same in both languages; only digits need the (costlier) language test.
  if (start.type === 'word' && !readNumberAt(tokens, index)) return null;
  if (start.type !== 'word' && start.type !== 'number') return null;
  const english = isEnglishContext(text, start.start);
  const reading = readNumberAt(tokens, index, english);
  if (!reading) return null;

  const prefix = readCurrencyBefore(tokens, index, floor);
  const lead = prefix ? prefix.first : index;
  const between = wordsBefore(tokens, lead, floor, ['antara']) ?? wordsBefore(tokens, lead, floor, ['between']);

  let last = readEchoEnd(tokens, reading, english);
  let currency = prefix?.code;
  const glued = readCurrencyAfter(tokens, last + 1, true);
  if (glued) ({ last, code: currency } = glued);
  let value = reading.value;
  let valueMax: number | undefined;
  const range = readRangeEnd(tokens, last + 1, reading, english, between !== null);
  if (range) {
    if (reading.scale === 1 && range.reading.scale > 1) value *= range.reading.scale;
    if (range.reading.value > value) {
      valueMax = range.reading.value;
      last = range.last;
    } else value = reading.value;
  }
  const numberLast = last;

  let kind: ParsedStatistic['kind'] = 'count';
  let unit: UnitReading | null = null;
  const afterCurrency = readCurrencyAfter(tokens, last + 1, false);
  const next = tokens[last + 1];
  if (afterCurrency) {
    last = afterCurrency.last;
    currency = afterCurrency.code;
  }
  if (currency) kind = 'money';
  else if (next?.text === '%' || ['persen', 'percent', 'prosen'].includes(next?.lower ?? '')) {
    kind = 'percent';
    last += 1;
    // `20%-30%`: a range written with the sign on both ends.
    const upper = valueMax === undefined ? readRangeEnd(tokens, last + 1, reading, english, false) : null;
    if (upper && upper.reading.value > value && tokens[upper.last + 1]?.text === '%') {
      valueMax = upper.reading.value;
      last = upper.last + 1;
    }
    unit = readUnitAt(tokens, last + 1, { english, allowAcronym: false });
  } else if (reading.fraction) {
    kind = 'percent';
    value *= 100;
  } else if (next?.lower === 'kali' || next?.lower === 'times') {
    kind = 'index'; // a ratio: `hampir dua kali lebih tinggi`
    last = readRatioEnd(tokens, last + 1);
  } else if (next?.lower === 'besar' && !english) {
    kind = 'rank'; // `lima besar`: among the top five
    last += 1;
  } else {
    unit = readUnitAt(tokens, last + 1, { english, allowAcronym: reading.digits });
  }
  if (unit) last = unit.last;
  // A lone `dua` counts nothing; `dua juta` (a scale word) is a quantity even without a unit.
  if (!reading.digits && !unit && kind === 'count' && !(reading.scale > 1)) return null;

  // `antara` belongs to the span only when a range follows (`kerja sama antara 2 negara` has none).
  const opening = valueMax !== undefined && between !== null ? between : lead;
  const qualifier = readQualifierBefore(tokens, opening, floor, english);

  const exclusion = findNumberExclusion({
    tokens,
    text,
    reading,
    last: numberLast,
    ...(unit ? { unit: { first: unit.first, last: unit.last, text: unit.unit } } : {}),
    marked: kind === 'percent' || kind === 'money' || qualifier !== null || reading.scale > 1,
  });
  if (exclusion) return null;

  let per: number | undefined;
  let outOf: number | undefined;
  const share = kind === 'count' && !unit && valueMax === undefined ? readShare(tokens, last + 1, value, english) : null;
  if (share) {
    // `1 dari 5 anak` is a rate (1 per 5 children); `24 dari 100` a score out of 100.
    ({ last } = share);
    if (share.unit) {
      kind = 'rate';
      per = share.base;
      unit = share.unit;
    } else {
      kind = 'index';
      outOf = share.base;
    }
  } else if (tokens[last + 1]?.lower === 'per') {
    const base = readNumberAt(tokens, last + 2, english);
    if (base && kind !== 'money') {
      const baseUnit = readUnitAt(tokens, base.last + 1, { english, allowAcronym: false });
      per = base.value;
      kind = 'rate';
      last = baseUnit ? baseUnit.last : base.last;
    } else if (PER_WORDS.has(tokens[last + 2]?.lower ?? '')) last += 2;
  }
  let finalQualifier = qualifier?.qualifier ?? (reading.approximate ? 'at_least' : kind === 'rank' ? 'at_most' : undefined);
  const orMore = tokens.slice(last + 1, last + 3).map((token) => token.lower).join(' ');
  if (!finalQualifier && (orMore === 'atau lebih' || orMore === 'or more')) {
    finalQualifier = 'at_least';
    last += 2;
  }

  const attributes: ParsedStatistic = { kind, value: tidy(value) };
  if (valueMax !== undefined) attributes.value_max = tidy(valueMax);
  if (unit) attributes.unit = unit.unit;
  if (unit?.addedHalf) attributes.value = tidy(value + 0.5);
  if (per !== undefined) attributes.per = per;
  if (outOf !== undefined) attributes.out_of = outOf;
  if (currency) attributes.currency = currency;
  if (finalQualifier) attributes.qualifier = finalQualifier;
  return { first: qualifier?.first ?? opening, last, attributes };
}

function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function wordsBefore(tokens: Token[], index: number, floor: number, words: string[]): number | null {
  const first = index - words.length;
  if (first < floor) return null;
  return words.every((word, i) => tokens[first + i]?.type === 'word' && tokens[first + i]?.lower === word) ? first : null;
}

function readQualifierBefore(tokens: Token[], index: number, floor: number, english: boolean): { first: number; qualifier: StatisticQualifier } | null {
  let best: { first: number; qualifier: StatisticQualifier } | null = null;
  const phrases = [...QUALIFIER_PHRASES, ...ENGLISH_QUALIFIER_PHRASES.filter(([phrase]) => english || UNAMBIGUOUS_ENGLISH.has(phrase))];
  for (const [phrase, qualifier] of phrases) {
    const first = wordsBefore(tokens, index, floor, phrase.split(' '));
    if (first !== null && (best === null || first < best.first)) best = { first, qualifier };
  }
  return best;
}

function readCurrencyBefore(tokens: Token[], index: number, floor: number): { first: number; code: string } | null {
  let position = index - 1;
  if (tokens[position]?.text === '.' && tokens[position - 1]?.lower === 'rp') position--; // `Rp. 5.000`
  const token = tokens[position];
  if (!token || position < floor) return null;
  const code = CURRENCY_PREFIXES.get(token.lower);
  if (!code || (token.type === 'word' && tokens[index]?.type !== 'number')) return null;
  const us = tokens[position - 1];
  const withUs = token.text === '$' && us?.lower === 'us' && !token.spaceBefore && position - 1 >= floor;
  return { first: withUs ? position - 1 : position, code };
}

function readCurrencyAfter(tokens: Token[], index: number, gluedOnly: boolean): { last: number; code: string } | null {
  const token = tokens[index];
  if (!token) return null;
  if (gluedOnly) return token.text === '$' && !token.spaceBefore ? { last: index, code: 'USD' } : null;
  let last = index;
  if (token.lower === 'us' && ['dollar', 'dollars'].includes(tokens[index + 1]?.lower ?? '')) last++;
  const code = CURRENCY_SUFFIXES.get(tokens[last]?.lower ?? '');
  if (!code || (token.text === '$' && token.spaceBefore)) return null;
  while (CURRENCY_COUNTRY_WORDS.has(tokens[last + 1]?.lower ?? '') && tokens[last + 1]?.type === 'word') last++;
  if (tokens[last + 1]?.lower === 'usd') last++; // `500$-1.500$ USD`
  return { last, code };
}

function readRangeEnd(tokens: Token[], index: number, reading: NumberReading, english: boolean, between: boolean): { last: number; reading: NumberReading } | null {
  const separator = tokens[index];
  if (!separator) return null;
  const isSeparator =
    (separator.type === 'symbol' && /^[-–—]$/.test(separator.text)) ||
    (separator.type === 'word' && (RANGE_WORDS.has(separator.lower) || (between && ['dan', 'and'].includes(separator.lower))));
  if (!isSeparator) return null;
  let position = index + 1;
  if (tokens[position]?.text === '$') position++;
  const end = readNumberAt(tokens, position, english);
  if (!end || end.digits !== reading.digits) return null;
  const glued = readCurrencyAfter(tokens, end.last + 1, true);
  return { last: glued ? glued.last : end.last, reading: end };
}

function readShare(tokens: Token[], index: number, value: number, english: boolean): { last: number; base: number; unit: UnitReading | null } | null {
  const word = tokens[index]?.lower;
  if (word !== 'dari' && word !== 'of') return null;
  const base = readNumberAt(tokens, index + 1, english);
  const written = tokens[index + 1]?.text ?? '';
  if (!base || !base.digits || base.value <= value || /^(1[89]|20)\d\d$/.test(written)) return null;
  const unit = readUnitAt(tokens, base.last + 1, { english, allowAcronym: true });
  return { last: unit ? unit.last : base.last, base: base.value, unit };
}

/** `3 (tiga) orang`, `lima (5) tahun`: the number repeated in the other writing, in parentheses. */
function readEchoEnd(tokens: Token[], reading: NumberReading, english: boolean): number {
  if (tokens[reading.last + 1]?.text !== '(') return reading.last;
  const echo = readNumberAt(tokens, reading.last + 2, english);
  if (!echo || echo.value !== reading.value || echo.digits === reading.digits) return reading.last;
  let last = echo.last;
  // `Rp 200.000.000 (dua ratus juta rupiah)`
  while (CURRENCY_SUFFIXES.has(tokens[last + 1]?.lower ?? '') || CURRENCY_COUNTRY_WORDS.has(tokens[last + 1]?.lower ?? '')) last++;
  return tokens[last + 1]?.text === ')' ? last + 1 : reading.last;
}

function readRatioEnd(tokens: Token[], index: number): number {
  let last = index;
  if (tokens[last + 1]?.lower === 'lipat') last++;
  if (['lebih', 'more'].includes(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.type === 'word') last += 2;
  return last;
}
