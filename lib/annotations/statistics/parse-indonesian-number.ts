// Reads a number as Indonesian writes it — comma decimals, dot thousands (`1,2 juta`, `40.000`,
// `43,5`), scale words (`ribu`, `juta`, `miliar`, `triliun`, `rb`, `jt`) and number words (`dua juta`,
// `tiga puluh`, `sebelas`, `ratusan ribu`) — and, in English passages, `1.2 million` and `1,200`.

import {
  ADDITIVE_NUMBER_WORDS,
  APPROXIMATE_NUMBER_WORDS,
  FRACTION_WORDS,
  SCALE_WORDS,
  SMALL_MULTIPLIERS,
} from './number-vocabulary';
import { tokenizeText, type Token } from './tokenize-text';

/** A number read from tokens `first..last` (inclusive). */
export interface NumberReading {
  value: number;
  first: number;
  last: number;
  /** Written with digits (`40.000`) rather than words (`dua juta`). */
  digits: boolean;
  /** `ratusan ribu`, `ribuan`: an order of magnitude, read as "at least". */
  approximate: boolean;
  /** A lone fraction word (`setengah`): a share rather than a count. */
  fraction: boolean;
  /** The scale word that ended it (`juta` → 1e6), 1 when there is none. */
  scale: number;
}

/** The value of digits as written: Indonesian `1.234,5` by default, English `1,234.5` when `english`. */
export function parseDigits(written: string, english = false): number | null {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(written)) return Number(written.replaceAll('.', '').replace(',', '.'));
  if (english) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(written)) return Number(written.replaceAll(',', ''));
    if (/^\d+(\.\d+)?$/.test(written)) return Number(written);
  }
  if (/^\d+(,\d+)?$/.test(written)) return Number(written.replace(',', '.'));
  return null;
}

/** Reads the number that starts at `tokens[index]`, or null when none starts there. */
export function readNumberAt(tokens: Token[], index: number, english = false): NumberReading | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.type === 'number') return readDigitsAt(tokens, index, english);
  if (token.type === 'word') return readNumberWordsAt(tokens, index);
  return null;
}

function readDigitsAt(tokens: Token[], index: number, english: boolean): NumberReading | null {
  const token = tokens[index];
  if (!token) return null;
  const next = tokens[index + 1];
  const scale = next?.type === 'word' && next.lower !== 'seribu' && next.lower !== 'sejuta' ? SCALE_WORDS.get(next.lower) : undefined;
  let value = parseDigits(token.text, english);
  // `1.5 juta`, `0.5%` in Indonesian text: a decimal point written the English way, as the word
  // after it shows (a section number `4.1` or a time `09.00` is never followed by one).
  const amountFollows = scale !== undefined || next?.text === '%' || next?.lower === 'persen';
  if (value === null && amountFollows && /^\d+\.\d{1,2}$/.test(token.text)) value = Number(token.text);
  if (value === null) return null;
  const reading = { value, first: index, last: index, digits: true, approximate: false, fraction: false, scale: 1 };
  if (scale === undefined) return reading;
  return { ...reading, value: value * scale, last: index + 1, scale };
}

function readNumberWordsAt(tokens: Token[], index: number): NumberReading | null {
  let total = 0;
  let segment = 0; // the part below a thousand read so far
  let pending = 0; // the last digit word, waiting for `puluh`, `belas` or `ratus`
  let approximate = false;
  let fraction = false;
  let scale = 1;
  let last = -1;
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.type !== 'word' || (i > index && !token.spaceBefore)) break;
    const word = token.lower;
    const additive = ADDITIVE_NUMBER_WORDS.get(word);
    const multiplier = SMALL_MULTIPLIERS.get(word);
    const scaleValue = SCALE_WORDS.get(word);
    const rough = APPROXIMATE_NUMBER_WORDS.get(word);
    const part = FRACTION_WORDS.get(word);
    if (word === 'seratus') {
      if (pending !== 0) break;
      segment += 100;
    } else if (additive !== undefined) {
      if (pending !== 0 && !(pending % 10 === 0 && additive < 10)) break; // `dua tiga` is not one number
      pending += additive;
    } else if (multiplier !== undefined && pending !== 0 && fraction === false) {
      segment += word === 'belas' ? pending + 10 : pending * multiplier;
      pending = 0;
    } else if (rough !== undefined && rough < 1000 && last === -1) {
      segment = rough;
      approximate = true;
    } else if (scaleValue !== undefined) {
      const base = word === 'seribu' || word === 'sejuta' ? 1 : segment + pending;
      if (base === 0) break; // a bare `juta` is not a number
      total += base * scaleValue;
      segment = 0;
      pending = 0;
      scale = scaleValue;
    } else if (rough !== undefined) {
      total += (segment + pending || 1) * rough;
      segment = 0;
      pending = 0;
      approximate = true;
      scale = rough;
    } else if (part !== undefined) {
      if (last === -1) fraction = true;
      pending += part;
    } else {
      break;
    }
    last = i;
  }
  if (last === -1) return null;
  const value = total + segment + pending;
  if (value === 0) return null;
  return { value, first: index, last, digits: false, approximate, fraction: fraction && value < 1, scale };
}

/**
 * The value of a phrase that is exactly one number (`1,2 juta`, `40.000`, `dua juta`, `tiga puluh`,
 * `sebelas`); null when the phrase is empty, has other words, or is not a number.
 */
export function parseIndonesianNumber(phrase: string, options: { english?: boolean } = {}): number | null {
  const tokens = tokenizeText(phrase);
  if (tokens.length === 0) return null;
  const reading = readNumberAt(tokens, 0, options.english ?? false);
  if (!reading || reading.last !== tokens.length - 1) return null;
  return reading.value;
}
