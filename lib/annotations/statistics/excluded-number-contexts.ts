// Says when a number is not a statistic: calendar years and dates, law/article/convention and
// other identifiers (`UU No. 21 Tahun 2007`, `Pasal 65`, `Tabel 2`), citation pages
// (`(Ikbar, 2014: 273)`), times, list and footnote markers, numbers inside URLs or glued to
// words (`COVID-19`), idioms (`salah satu`, `satu sama lain`) and counts of parts of the paper.

import type { NumberReading } from './parse-indonesian-number';
import { CURRENCY_PREFIXES, IDENTIFIER_LABELS, MONTHS, SCALE_WORDS } from './number-vocabulary';
import { isPaperPartNoun, isTimeUnit } from './read-unit';
import { isAcronym, isCapitalized, startsSentence, type Token } from './tokenize-text';

export type ExclusionReason =
  | 'year' | 'date' | 'range_end' | 'identifier' | 'citation_page' | 'list_marker' | 'footnote_marker' | 'url' | 'idiom' | 'name' | 'paper_part' | 'frequency';

/** A number read in context: the tokens of the number (or range) and of its unit, if any. */
export interface NumberInContext {
  tokens: Token[];
  text: string;
  reading: NumberReading;
  /** Last token of the number or of the range it opens. */
  last: number;
  /** The unit's first and last tokens, when a unit was read. */
  unit?: { first: number; last: number; text: string };
  /** A percent sign, a currency or a qualifier marks the number as an amount. */
  marked: boolean;
}

const YEAR = /^(1[89]\d\d|20\d\d|2100)[a-z]?$/;
const GLUED_SUFFIXES = new Set([...SCALE_WORDS.keys(), 'st', 'nd', 'rd', 'th']);
const IDIOM_NOUNS = new Set(['arah', 'sisi', 'mata', 'belah', 'pihak']);
const TIME_FRAME_WORDS = new Set(['terakhir', 'lalu', 'silam', 'mendatang', 'kemudian', 'sebelumnya', 'ago', 'later']);
const PAPER_CONTEXT = ['penelitian', 'tulisan', 'artikel', 'makalah', 'skripsi', 'kajian', 'study', 'paper'];

/** Why the number is not a statistic, or null when it may be one. */
export function findNumberExclusion(context: NumberInContext): ExclusionReason | null {
  const { tokens, reading } = context;
  const first = tokens[reading.first];
  if (!first) throw new RangeError('reading outside the tokens');
  return (
    (reading.digits ? excludeDigits(context, first) : excludeWords(context, first)) ??
    excludeByLabel(tokens, reading.first) ??
    excludeByUnit(context)
  );
}

function excludeDigits(context: NumberInContext, first: Token): ExclusionReason | null {
  const { tokens, reading, text } = context;
  const index = reading.first;
  const previous = tokens[index - 1];
  const next = tokens[reading.last + 1];
  if (/[/=_@]|www\.|:\/\//.test(chunkAround(text, first.start, first.end))) return 'url';
  if (previous && !first.spaceBefore) {
    if (previous.type === 'word' && !['rp', 'us', 'usd', 'idr'].includes(previous.lower)) return 'identifier';
    const word = tokens[index - 2];
    if (/^[.,)"”]$/.test(previous.text) && word?.type === 'word' && !CURRENCY_PREFIXES.has(word.lower)) return 'footnote_marker';
    if (previous.text === '-' && tokens[index - 2]?.type === 'word' && !previous.spaceBefore) return 'identifier';
  }
  if (next && !next.spaceBefore && next.type === 'word' && !GLUED_SUFFIXES.has(next.lower)) return 'identifier';
  // The end of a range whose start was already read (`2015-2020`, `hlm. 195-196`) stands with it.
  if (previous && /^[-–—]$|^(hingga|sampai)$/.test(previous.lower) && tokens[index - 2]?.type === 'number') return 'range_end';
  if (YEAR.test(first.text) && reading.scale === 1 && !context.marked) return 'year';
  // `(Ikbar, 2014: 273)`, `(UNICEF, 2004; 15)`; but `UNODC 2022, 38 persen korban` is an amount.
  const afterYear = previous && (previous.text === ':' || (/^[;,]$/.test(previous.text) && !context.marked && !context.unit));
  if (afterYear && isYearBefore(tokens, index - 2)) return 'citation_page';
  if (isMonth(tokens[context.last + 1]) || isMonth(previous)) return 'date';
  const small = Number.isInteger(reading.value) && reading.value <= 30 && reading.first === reading.last;
  if (small && next?.text === ')' && previous?.text !== '(') return 'list_marker';
  // `Resolusi DK PBB 2331`, `ISO 9001`: a bare number after a name identifies; a table cell ends its line.
  const bare = !context.marked && !context.unit;
  const namedBefore = isAcronym(previous) || (isCapitalized(previous) && !startsSentence(tokens, index - 1));
  if (bare && namedBefore && !isTableCell(tokens, index, context.last)) return 'identifier';
  if (startsSentence(tokens, index) && (next?.text === '.' || next?.text === ')' || isCapitalized(next) || isAcronym(next))) return 'list_marker';
  return null;
}

function excludeWords(context: NumberInContext, first: Token): ExclusionReason | null {
  const { tokens, reading } = context;
  const next = tokens[reading.last + 1];
  // `salah satu`, `satu sama lain`, `satu kesatuan`: a lone `satu` counts only a duration.
  if (first.lower === 'satu' && reading.first === reading.last && !context.marked && !(context.unit && isTimeUnit(context.unit.text))) return 'idiom';
  // `Dua Motivator Muda`: a capitalized number word inside a sentence is part of a name.
  if (isCapitalized(first) && !startsSentence(tokens, reading.first) && isCapitalized(next)) return 'name';
  // `dua INGOs ini`: a few named organisations referred to, not counted.
  if (isAcronym(next)) return 'name';
  if (next && IDIOM_NOUNS.has(next.lower)) return 'idiom'; // `komunikasi dua arah`, `empat mata`
  if (isMonth(next)) return 'date';
  return null;
}

function excludeByLabel(tokens: Token[], index: number): ExclusionReason | null {
  let previous = index - 1;
  while (tokens[previous]?.type === 'symbol' && /^[.:#(]$/.test(tokens[previous]?.text ?? '')) previous--;
  const label = tokens[previous];
  if (!label || label.type === 'number') return null;
  if (label.type === 'ordinal' || label.lower === 'ke') return 'identifier';
  // `Pasal 1 angka 1`: a numbered point of an article (but `mencapai angka 5.000` is an amount).
  if (label.lower === 'angka' && tokens[previous - 1]?.type === 'number') return 'identifier';
  if (label.type === 'word' && IDENTIFIER_LABELS.has(label.lower)) {
    if (label.lower === 'tahun' || label.lower === 'year') return 'year';
    return label.lower === 'tanggal' || label.lower === 'tgl' ? 'date' : 'identifier';
  }
  return null;
}

function excludeByUnit(context: NumberInContext): ExclusionReason | null {
  const { tokens, reading, unit } = context;
  if (!unit) return null;
  if (isPaperPartNoun(unit.text)) return 'paper_part';
  // `setiap dua tahun sekali`: a frequency, not an amount.
  const before = tokens[reading.first - 1]?.lower;
  if ((before === 'setiap' || before === 'tiap') && tokens[unit.last + 1]?.lower === 'sekali') return 'frequency';
  // `lima tahun terakhir`, `10 tahun lalu`: a point or frame in time, not an amount.
  if (isTimeUnit(unit.text) && TIME_FRAME_WORDS.has(tokens[unit.last + 1]?.lower ?? '')) return 'date';
  // `dua aktor dalam penelitian ini`, `tiga temuan utama penelitian ini`: the study itself.
  const after = tokens.slice(unit.last + 1, unit.last + 5).map((token) => token.lower);
  const paperAt = after.findIndex((word) => PAPER_CONTEXT.includes(word));
  const thisPaper = paperAt !== -1 && (after[paperAt + 1] === 'ini' || after[paperAt - 1] === 'this');
  if (thisPaper) return 'paper_part';
  return null;
}

/** The last cell of a table row: the line opens with a row number and ends with this number. */
function isTableCell(tokens: Token[], first: number, last: number): boolean {
  if (!(tokens[last + 1]?.lineStart ?? true)) return false;
  let lineStart = first;
  while (lineStart > 0 && !tokens[lineStart]?.lineStart) lineStart--;
  return lineStart < first && tokens[lineStart]?.type === 'number';
}

/** A year at `index`, or just before a closing parenthesis there (`(2019): 123`). */
function isYearBefore(tokens: Token[], index: number): boolean {
  const token = tokens[tokens[index]?.text === ')' ? index - 1 : index];
  return token?.type === 'number' && YEAR.test(token.text);
}

function isMonth(token: Token | undefined): boolean {
  return token?.type === 'word' && MONTHS.has(token.lower);
}

function chunkAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
  return text.slice(from, to);
}
