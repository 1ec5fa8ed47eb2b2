// Finds every number in a sentence — digits as Indonesian or English writes them, scale words
// (`1,2 juta`, `1.2 million`), number words (`dua puluh`, `twenty-five`), percentages, clock times,
// ordinals (`ke-3`, `3rd`) and years — so a translation can be checked to keep them all.

import { isEnglishContext } from '../annotations/statistics';
import { SCALE_WORDS } from '../annotations/statistics/number-vocabulary';
import { readNumberAt } from '../annotations/statistics/parse-indonesian-number';
import { tokenizeText, type Token } from '../annotations/statistics/tokenize-text';
import { readWrittenDigits, type TextLanguage } from './read-written-digits';

export type { TextLanguage };

/** A number found in a text; offsets are string indices into that text. */
export interface ExtractedNumber {
  value: number;
  /** A second plausible value of an ambiguous writing (`100,000` in Indonesian, `2.000` in English). */
  alternative?: number;
  start: number;
  end: number;
  /** As written, scale word, percent sign and echo included: `1,2 juta`, `43,5%`, `3 (tiga)`. */
  text: string;
  /** Written with digits (`40.000`, `1,2 juta`) or only with words (`dua juta`, `twenty`). */
  written: 'digits' | 'words';
  /** The scale word that ends it (`juta` → 1e6), 1 when there is none. */
  scale: number;
  percent: boolean;
  /** `ribuan`, `hundreds`: an order of magnitude rather than a figure. */
  approximate: boolean;
  /** Digits written the other language's way without doubt (`16,8` in an English sentence). */
  foreignFormat: boolean;
}

const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
// `twenty-five` is one token for the tokenizer; a space of the same length lets the number-word
// reader see two words while every offset stays the same.
const HYPHENATED_ENGLISH = new RegExp(`\\b(${TENS_WORDS})-(${UNIT_WORDS})\\b`, 'gi');
const PERCENT_WORDS = new Set(['persen', 'prosen', 'percent']);
const RANGE_SEPARATORS = new Set(['-', '–', '—', 'hingga', 'sampai', 'to']);
const ENGLISH_ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

interface Found extends ExtractedNumber {
  first: number;
  last: number;
}

/**
 * The numbers of `text`, in order, written as `language` writes them ('id': `1,2` and `40.000`;
 * 'en': `1.2` and `40,000`). In Indonesian text a sentence that reads as English (an abstract) is
 * read the English way. Years, clock times (`2:30` → 2.3, the value `2.30` has) and ordinals are
 * numbers too: a translation keeps them. A range's scale word counts for both ends
 * (`1-2 juta` → 1 000 000 and 2 000 000); a number repeated in brackets (`3 (tiga)`) is one number.
 */
export function extractNumbers(text: string, language: TextLanguage): ExtractedNumber[] {
  const readable = language === 'en' ? text.replace(HYPHENATED_ENGLISH, '$1 $2') : text;
  const tokens = tokenizeText(readable);
  const found: Found[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const numbers = readAt(tokens, index, text, language);
    if (numbers.length === 0) continue;
    for (const number of numbers) found.push(withEcho(tokens, text, language, number));
    index = found[found.length - 1]?.last ?? index;
  }
  spreadRangeScales(tokens, found);
  return found.map(({ first: _first, last: _last, ...number }) => number);
}

function readAt(tokens: Token[], index: number, text: string, language: TextLanguage): Found[] {
  const token = tokens[index];
  if (!token) return [];
  if (token.type === 'number') return readDigitsAt(tokens, index, text, language);
  if (token.type === 'ordinal') {
    const value = Number(token.lower.slice(3));
    return [make(text, tokens, index, index, { value, written: 'digits' })];
  }
  if (token.type === 'word') {
    const found = readWordsAt(tokens, index, text, language);
    return found ? [found] : [];
  }
  return [];
}

function readDigitsAt(tokens: Token[], index: number, text: string, language: TextLanguage): Found[] {
  const token = tokens[index];
  if (!token) return [];
  const clock = readClockAt(tokens, index, text);
  if (clock) return [clock];
  // Separators are read by the language of the sentence around them.
  const here = language === 'id' && /[.,]/.test(token.text) && isEnglishContext(text, token.start) ? 'en' : language;
  const reading = readWrittenDigits(token.text, here);
  if (!reading) return readGroupsAt(tokens, index, text);
  let last = index;
  let scale = 1;
  const next = tokens[index + 1];
  const scaleValue = next?.type === 'word' && next.spaceBefore ? SCALE_WORDS.get(next.lower) : undefined;
  if (scaleValue !== undefined && next?.lower !== 'seribu' && next?.lower !== 'sejuta') {
    scale = scaleValue;
    last = index + 1;
  }
  const suffix = tokens[last + 1];
  if (scale === 1 && suffix?.type === 'word' && !suffix.spaceBefore && ENGLISH_ORDINAL_SUFFIX.test(suffix.lower)) last += 1;
  const number = make(text, tokens, index, last, {
    value: reading.value * scale,
    written: 'digits',
    scale,
    foreignFormat: reading.foreignFormat,
  });
  if (reading.alternative !== undefined) number.alternative = reading.alternative * scale;
  return [withPercent(tokens, text, number)];
}

/** `8:00`, `2:30`: one number, hours plus minutes as hundredths, as `08.00` and `2.30` read. */
function readClockAt(tokens: Token[], index: number, text: string): Found | null {
  const hours = tokens[index];
  const colon = tokens[index + 1];
  const minutes = tokens[index + 2];
  if (!hours || !/^\d{1,2}$/.test(hours.text) || colon?.text !== ':' || colon.spaceBefore) return null;
  if (!minutes || minutes.spaceBefore || !/^\d{2}$/.test(minutes.text)) return null;
  return make(text, tokens, index, index + 2, { value: Number(hours.text) + Number(minutes.text) / 100, written: 'digits' });
}

/** `1.2.3`: not one number in either writing; each group counts. */
function readGroupsAt(tokens: Token[], index: number, text: string): Found[] {
  const token = tokens[index];
  if (!token) return [];
  return [...token.text.matchAll(/\d+/g)].map((match) => {
    const start = token.start + match.index;
    const written = match[0];
    return { ...base(Number(written), start, start + written.length, text), first: index, last: index };
  });
}

function readWordsAt(tokens: Token[], index: number, text: string, language: TextLanguage): Found | null {
  const token = tokens[index];
  if (!token) return null;
  const next = tokens[index + 1];
  // `a million`, `a hundred`: the article is the one.
  if (language === 'en' && (token.lower === 'a' || token.lower === 'an') && next?.type === 'word') {
    const scale = next.lower === 'hundred' ? 100 : SCALE_WORDS.get(next.lower);
    if (scale !== undefined) return withPercent(tokens, text, make(text, tokens, index, index + 1, { value: scale, written: 'words', scale }));
  }
  const reading = readNumberAt(tokens, index);
  if (!reading) return null;
  const number = make(text, tokens, reading.first, reading.last, {
    value: reading.value,
    written: 'words',
    scale: reading.scale,
    approximate: reading.approximate,
  });
  return withPercent(tokens, text, number);
}

function withPercent(tokens: Token[], text: string, number: Found): Found {
  const next = tokens[number.last + 1];
  let last = number.last;
  if (next?.text === '%' || PERCENT_WORDS.has(next?.lower ?? '')) last += 1;
  else if (next?.lower === 'per' && tokens[number.last + 2]?.lower === 'cent') last += 2;
  if (last === number.last) return number;
  return { ...make(text, tokens, number.first, last, number), percent: true };
}

/** `3 (tiga) orang`, `lima (5) tahun`: the same number in the other writing, in brackets. */
function withEcho(tokens: Token[], text: string, language: TextLanguage, number: Found): Found {
  if (tokens[number.last + 1]?.text !== '(') return number;
  const [echo] = readAt(tokens, number.last + 2, text, language);
  if (!echo || echo.written === number.written || !sameValue(echo.value, number.value)) return number;
  if (tokens[echo.last + 1]?.text !== ')') return number;
  return make(text, tokens, number.first, echo.last + 1, number);
}

/** `1-2 juta`, `40 to 70 million`: the first end takes the scale of the second. */
function spreadRangeScales(tokens: Token[], found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const low = found[i];
    const high = found[i + 1];
    if (!low || !high || low.scale !== 1 || high.scale === 1 || low.written !== high.written) continue;
    const between = tokens.slice(low.last + 1, high.first);
    if (between.length !== 1 || !RANGE_SEPARATORS.has(between[0]?.lower ?? '')) continue;
    if (low.value >= high.value / high.scale) continue;
    low.value *= high.scale;
    if (low.alternative !== undefined) low.alternative *= high.scale;
    low.scale = high.scale;
  }
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function base(value: number, start: number, end: number, text: string): ExtractedNumber {
  return {
    value,
    start,
    end,
    text: text.slice(start, end),
    written: 'digits',
    scale: 1,
    percent: false,
    approximate: false,
    foreignFormat: false,
  };
}

type NumberFields = Pick<ExtractedNumber, 'value' | 'written'> &
  Partial<Pick<ExtractedNumber, 'alternative' | 'scale' | 'percent' | 'approximate' | 'foreignFormat'>>;

function make(text: string, tokens: Token[], first: number, last: number, fields: NumberFields): Found {
  const start = tokens[first]?.start;
  const end = tokens[last]?.end;
  if (start === undefined || end === undefined) throw new RangeError(`tokens ${first}..${last} outside the text`);
  const number: Found = { ...base(fields.value, start, end, text), first, last, written: fields.written };
  if (fields.alternative !== undefined) number.alternative = fields.alternative;
  if (fields.scale !== undefined) number.scale = fields.scale;
  if (fields.percent) number.percent = true;
  if (fields.approximate) number.approximate = true;
  if (fields.foreignFormat) number.foreignFormat = true;
  return number;
}
