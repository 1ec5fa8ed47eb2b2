// Renders an Indonesian statistic phrase in English with the same value in English number format
// (`1,2 juta anak` → `1.2 million children`, `peringkat 144 dari 180 negara` → `ranked 144 of 180
// countries`), offered to the translator as a suggestion for the statistic's counterpart.

import { isEnglishContext, parseStatistic } from '../annotations/statistics';
import { SCALE_WORDS } from '../annotations/statistics/number-vocabulary';
import { readNumberAt, type NumberReading } from '../annotations/statistics/parse-indonesian-number';
import { tokenizeText, type Token } from '../annotations/statistics/tokenize-text';
import {
  ENGLISH_CURRENCY_NAMES,
  ENGLISH_CURRENCY_PREFIXES,
  ENGLISH_FRACTIONS,
  ENGLISH_MAGNITUDES,
  ENGLISH_ORDINALS,
  ENGLISH_PHRASE_WORDS,
  ENGLISH_QUALIFIERS,
  ENGLISH_SCALES,
  ENGLISH_SUPERLATIVES,
  ENGLISH_UNIT_WORDS,
  type EnglishNoun,
} from './english-statistic-vocabulary';
import { spellEnglishNumber } from './english-number-words';
import { formatEnglishNumber } from './format-english-number';
import { extractNumbers } from './extract-numbers';
import { readWrittenDigits } from './read-written-digits';

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const YEAR_MARKERS = new Set(['tahun', 'pada', 'sejak', 'in', 'since', '(']);
const LONGEST_PHRASE = 3;

interface Piece {
  text: string;
  space: boolean;
}

/**
 * The English rendering of `sourcePhrase` (a statistic's quote), or null when it holds no number
 * at all (`perdagangan manusia`). Digits are rewritten the
 * English way keeping their decimals (`43,50%` → `43.50%`, `40.000` → `40,000`, `1000` →
 * `1,000`; a year stays `2007`); a figure whose separators are ambiguous (`100,000`) is kept as
 * written. Number words stay words (`dua juta` → `two million`): the author chose words, and the
 * QA check reads both. `Rp` becomes `IDR` (ISO 4217, the code the statistic stores), other
 * prefixes stay (`$7 miliar` → `$7 billion`); a currency after the amount is named in English
 * (`dolar Amerika Serikat` → `US dollars`). Qualifiers, units, ranks and ranges are translated
 * from a small table; a word it does not know is kept as written for the translator to see.
 */
export function renderStatisticEnglish(sourcePhrase: string): string | null {
  const parsed = parseStatistic(sourcePhrase);
  // A span the annotator marked is a statistic even where the finder would not suggest one
  // (`2000 orang` looks like a year to it); only a phrase without any number has no rendering.
  if (parsed === null && extractNumbers(sourcePhrase, 'id').length === 0) return null;
  return new StatisticRenderer(sourcePhrase, parsed?.kind === 'rate').render();
}

class StatisticRenderer {
  private readonly tokens: Token[];
  private readonly english: boolean;
  private readonly pieces: Piece[] = [];
  /** The last number rendered: 1 makes the next unit singular. */
  private count: number | undefined;
  /** After `%`, `persen` or `ratusan`: the unit takes `of` (`43.5% of victims`). */
  private ofBeforeUnit = false;
  /** After `antara`: the range word is `and`. */
  private between = false;
  private forceSpace = false;

  /** `isRate`: `dari` reads `in` (`1 dari 5 anak` → `1 in 5 children`), not `of` as in a rank. */
  constructor(
    phrase: string,
    private readonly isRate: boolean,
  ) {
    this.tokens = tokenizeText(phrase);
    this.english = isEnglishContext(phrase, 0);
  }

  render(): string {
    let index = 0;
    while (index < this.tokens.length) index = this.renderAt(index) + 1;
    const text = this.pieces.map((piece, i) => (i > 0 && piece.space ? ` ${piece.text}` : piece.text)).join('');
    const first = this.tokens[0];
    const capital = first?.type === 'word' && first.text[0] !== first.lower[0];
    return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  /** Renders the token(s) starting at `index`; returns the index of the last token used. */
  private renderAt(index: number): number {
    const token = this.tokens[index];
    if (!token) return index;
    if (token.type === 'number') return this.renderDigits(index);
    if (token.type === 'ordinal') {
      this.push(englishOrdinal(Number(token.lower.slice(3))), token);
      return index;
    }
    if (token.type === 'symbol') return this.renderSymbol(index);
    return this.renderWord(index);
  }

  private renderSymbol(index: number): number {
    const token = this.tokens[index];
    if (!token) return index;
    this.push(token.text, token);
    if (token.text === '%') this.ofBeforeUnit = true;
    return index;
  }

  private renderDigits(index: number): number {
    const token = this.tokens[index];
    if (!token) return index;
    const previous = this.tokens[index - 1];
    if (YEAR.test(token.text) && YEAR_MARKERS.has(previous?.lower ?? '')) {
      this.push(token.text, token);
      return index;
    }
    const top = this.startTop(index, index);
    const reading = readWrittenDigits(token.text, this.english ? 'en' : 'id');
    // `100,000` is 100 by the rules and 100 000 by the look: as written, it reads right in English.
    const digits = reading && reading.alternative === undefined ? formatEnglishNumber(reading.value, { fractionDigits: reading.fractionDigits }) : token.text;
    let last = index;
    let text = digits;
    let value = reading?.value;
    const next = this.tokens[index + 1];
    const scale = next?.type === 'word' && next.spaceBefore ? ENGLISH_SCALES.get(next.lower) : undefined;
    if (scale !== undefined && next) {
      text = `${digits} ${scale}`;
      if (value !== undefined) value *= SCALE_WORDS.get(next.lower) ?? 1;
      last = index + 1;
    }
    this.push(top ? `top ${text}` : text, token);
    this.count = value;
    return top ? last + 1 : last;
  }

  private renderWord(index: number): number {
    const token = this.tokens[index];
    if (!token) return index;
    // `satu jam setengah`: the half comes after the unit.
    if (token.lower === 'setengah' && this.count !== undefined) return this.pushPhrase('and a half', token, index);
    const reading = readNumberAt(this.tokens, index);
    if (reading) return this.renderNumberWords(reading, index);

    const superlative = this.matchPhrase(index, ENGLISH_SUPERLATIVES);
    const ordinal = superlative ? ENGLISH_ORDINALS.get(this.tokens[superlative.last + 1]?.lower ?? '') : undefined;
    if (superlative && ordinal) {
      this.push(`${ordinal} ${superlative.value}`, token);
      return superlative.last + 1;
    }
    const qualifier = this.matchPhrase(index, ENGLISH_QUALIFIERS);
    if (qualifier) return this.pushPhrase(qualifier.value, token, qualifier.last);
    const prefix = ENGLISH_CURRENCY_PREFIXES.get(token.lower);
    const afterPrefix = this.tokens[index + 1]?.text === '.' ? index + 2 : index + 1;
    if (prefix && this.tokens[afterPrefix]?.type === 'number') {
      this.push(prefix, token);
      this.forceSpace = true;
      return afterPrefix - 1;
    }
    const currency = this.matchPhrase(index, ENGLISH_CURRENCY_NAMES);
    if (currency && this.count !== undefined) return this.pushNoun(currency.value, token, currency.last, false);
    const unit = this.matchPhrase(index, ENGLISH_UNIT_WORDS);
    if (unit) return this.pushNoun(unit.value, token, unit.last, this.ofBeforeUnit);
    if (token.lower === 'tahun' && YEAR.test(this.tokens[index + 1]?.text ?? '')) return this.pushPhrase('in', token, index);
    const ordinalAlone = ENGLISH_ORDINALS.get(token.lower);
    if (ordinalAlone) return this.pushPhrase(ordinalAlone, token, index);
    const word = this.matchPhrase(index, ENGLISH_PHRASE_WORDS);
    if (word) {
      if (token.lower === 'antara') this.between = true;
      const range = this.between && ['hingga', 'sampai', 'dan'].includes(token.lower);
      const share = this.isRate && token.lower === 'dari';
      const last = this.pushPhrase(range ? 'and' : share ? 'in' : word.value, token, word.last);
      if (token.lower === 'per') this.count = 1;
      if (word.value === 'percent') this.ofBeforeUnit = true;
      return last;
    }
    return this.pushPhrase(token.text, token, index);
  }

  private renderNumberWords(reading: NumberReading, index: number): number {
    const token = this.tokens[index];
    if (!token) return index;
    const words = this.tokens.slice(reading.first, reading.last + 1).map((t) => t.lower);
    let text: string;
    if (reading.approximate) {
      text = words.map((word) => ENGLISH_MAGNITUDES.get(word) ?? word).join(' of ');
      this.ofBeforeUnit = true;
    } else if (reading.fraction) {
      text = words.map((word) => ENGLISH_FRACTIONS.get(word) ?? word).join(' ');
      this.ofBeforeUnit = true;
    } else {
      text = spellNumberWords(reading, words);
    }
    const top = this.startTop(index, reading.last);
    this.push(top ? `top ${text}` : text, token);
    this.count = reading.approximate || reading.fraction ? 2 : reading.value;
    return top ? reading.last + 1 : reading.last;
  }

  /** `lima besar`: among the top five. */
  private startTop(first: number, last: number): boolean {
    return this.tokens[last + 1]?.lower === 'besar' && !this.english && this.tokens[first - 1]?.type !== 'number';
  }

  private pushNoun(noun: EnglishNoun, token: Token, last: number, withOf: boolean): number {
    const text = this.count === 1 ? noun.one : noun.many;
    this.ofBeforeUnit = false;
    this.push(withOf ? `of ${text}` : text, token);
    return last;
  }

  private pushPhrase(text: string, token: Token, last: number): number {
    this.ofBeforeUnit = false;
    this.push(text, token);
    return last;
  }

  private push(text: string, token: Token): void {
    this.pieces.push({ text, space: token.spaceBefore || this.forceSpace });
    this.forceSpace = false;
  }

  /** The longest phrase of `table` (up to three words) starting at `index`. */
  private matchPhrase<T>(index: number, table: ReadonlyMap<string, T>): { value: T; last: number } | null {
    for (let length = LONGEST_PHRASE; length >= 1; length--) {
      const words = this.tokens.slice(index, index + length);
      if (words.length < length || words.some((word, i) => word.type !== 'word' || (i > 0 && !word.spaceBefore))) continue;
      const value = table.get(words.map((word) => word.lower).join(' '));
      if (value !== undefined) return { value, last: index + length - 1 };
    }
    return null;
  }
}

/** Number words in English words; a half stays a half (`satu setengah juta` → `one and a half million`). */
function spellNumberWords(reading: NumberReading, words: string[]): string {
  const scale = ENGLISH_SCALES.get(words[words.length - 1] ?? '');
  const whole = Math.floor(reading.value / reading.scale);
  const half = reading.value / reading.scale - whole === 0.5 && words.some((word) => word === 'setengah' || word === 'separuh');
  if (half && scale) return `${whole === 0 ? 'half a' : `${spellEnglishNumber(whole)} and a half`} ${scale}`;
  if (Number.isInteger(reading.value) && reading.value < 1e15) return spellEnglishNumber(reading.value);
  return scale ? `${formatEnglishNumber(reading.value / reading.scale)} ${scale}` : formatEnglishNumber(reading.value);
}

/** `3` → `3rd`, `11` → `11th`, `22` → `22nd`. */
function englishOrdinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}
