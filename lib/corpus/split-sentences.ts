// Splits a block's text into sentences, the translation units: the Unicode sentence segmenter,
// corrected for the Indonesian abbreviations and initials it would otherwise break after.

const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end the sentence (compared case-sensitively
// where the case matters: `No.` but not `no.`, which can end a sentence as a word).
const ABBREVIATIONS = new Set([
  'No', 'Nomor', 'hlm', 'Hlm', 'hal', 'Hal', 'dkk', 'Dkk', 'Dr', 'dr', 'Prof', 'Ost', 'dll', 'dsb',
  'dst', 'Jl', 'Jln', 'St', 'Vol', 'vol', 'pp', 'al', 'Ir', 'Drs', 'Dra', 'Hj', 'Tbk', 'PT', 'Bpk',
  'Sdr', 'Kab', 'Kec', 'Prov', 'Yth', 'tsb', 'cf', 'vs', 'Mr', 'Mrs', 'Ms', 'Jr', 'Sr', 'ed', 'eds',
  'op', 'cit', 'loc', 'Ibid', 'ibid', 'Art', 'Ps', 'Psl', 'Kol', 'Letjen', 'Mayjen', 'Brigjen',
  'Kompol', 'AKBP', 'Kapt', 'Sept', 'Okt', 'Des', 'Jan', 'Feb', 'Mar', 'Apr', 'Agu', 'Nov', 'Inc',
  'Ltd', 'Co', 'etc', 'e.g', 'i.e', 'S.H', 'M.H', 'S.Sos', 'M.Si', 'Ph.D',
]);

const LAST_WORD_WITH_DOT = /([\p{L}\p{N}.]+)\.\s*$/u;
// An initial (`Robert O.`, `B. Crossette`, `T. May Rudy`): one capital letter and a dot.
const INITIAL = /(?:^|[\s(“"'‘])\p{Lu}\.\s*$/u;
// A list or section label at the very start of a block (`a.`, `1.`, `II.`).
const LEADING_LABEL = /^\s*(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[IVXLC]{1,5})\.\s*$/;

// A citation's parenthesis closes soon after a dot inside it: `(Broussard, Caroline. 2003).`
const MAX_PARENTHESIS_TAIL = 40;

function insideShortParenthesis(before: string, after: string): boolean {
  const open = before.lastIndexOf('(');
  if (open === -1 || before.indexOf(')', open) !== -1) return false;
  const close = after.indexOf(')');
  if (close === -1 || close > MAX_PARENTHESIS_TAIL) return false;
  const reopen = after.indexOf('(');
  return reopen === -1 || reopen > close;
}

function continuesAfter(before: string, isFirst: boolean, after = ''): boolean {
  if (insideShortParenthesis(before, after)) return true;
  if (isFirst && LEADING_LABEL.test(before)) return true;
  if (INITIAL.test(before)) return true;
  const word = LAST_WORD_WITH_DOT.exec(before)?.[1];
  if (!word) return false;
  const bare = word.replace(/^[.]+/, '');
  return ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.replace(/\.$/, ''));
}

/** True when `text` ends with an abbreviation or initial whose dot does not end a sentence. */
export function endsWithAbbreviation(text: string): boolean {
  return continuesAfter(text.trimEnd(), false);
}

/**
 * Sentence ranges (absolute offsets within [start, end) of `text`), trimmed of surrounding
 * whitespace. A full stop after `No.`, `hlm.`, `dkk.`, an initial, a list label at the start, or
 * inside a short parenthesis does not end a sentence.
 */
export function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const slice = text.slice(from, to);
  const cuts: number[] = [];
  for (const segment of segmenter.segment(slice)) {
    if (segment.index > 0) cuts.push(segment.index);
  }
  const ranges: Array<{ start: number; end: number }> = [];
  let sentenceStart = 0;
  for (const cut of [...cuts, slice.length]) {
    if (cut < slice.length && continuesAfter(slice.slice(sentenceStart, cut), sentenceStart === 0, slice.slice(cut))) continue;
    let s = sentenceStart;
    let e = cut;
    while (s < e && /\s/.test(slice.charAt(s))) s++;
    while (e > s && /\s/.test(slice.charAt(e - 1))) e--;
    if (e > s) ranges.push({ start: from + s, end: from + e });
    sentenceStart = cut;
  }
  return ranges;
}
