// Splits a raw PDF-extracted text into lines that remember their raw offsets and layout details
// (indentation, trailing spaces), because the repair reads layout, not only words.

/** One physical line of the raw text. All offsets are absolute indices into the raw string. */
export interface SourceLine {
  index: number;
  /** Raw range of the line, without its line terminator. */
  start: number;
  end: number;
  /** Raw range of the line's content with surrounding whitespace trimmed (empty when blank). */
  contentStart: number;
  contentEnd: number;
  content: string;
  /** Whitespace before and after the content. */
  leading: number;
  trailing: number;
  /** True when the line holds no characters at all (the gaps of double-spaced PDFs). */
  empty: boolean;
  /** True when the line holds only whitespace characters (but at least one). */
  whitespaceOnly: boolean;
}

// Characters the repair treats as layout whitespace. NBSP and friends come from PDF justification;
// U+FEFF is the byte-order mark some extractors write first.
const LAYOUT_SPACE = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\f\v]/;

/** True for a character the repair collapses as layout whitespace. */
export function isLayoutSpace(ch: string): boolean {
  return LAYOUT_SPACE.test(ch);
}

/** Splits `raw` on \n, \r\n and lone \r, keeping raw offsets. */
export function readLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  const n = raw.length;
  while (start <= n) {
    let end = start;
    while (end < n && raw[end] !== '\n' && raw[end] !== '\r') end++;
    lines.push(describeLine(raw, lines.length, start, end));
    if (end >= n) break;
    start = raw[end] === '\r' && raw[end + 1] === '\n' ? end + 2 : end + 1;
    if (start === n) {
      // A final terminator does not open another line.
      break;
    }
  }
  return lines;
}

function describeLine(raw: string, index: number, start: number, end: number): SourceLine {
  let contentStart = start;
  while (contentStart < end && isLayoutSpace(raw.charAt(contentStart))) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && isLayoutSpace(raw.charAt(contentEnd - 1))) contentEnd--;
  const blank = contentStart === contentEnd;
  return {
    index,
    start,
    end,
    contentStart: blank ? start : contentStart,
    contentEnd: blank ? start : contentEnd,
    content: raw.slice(contentStart, contentEnd),
    leading: blank ? end - start : contentStart - start,
    trailing: blank ? 0 : end - contentEnd,
    empty: end === start,
    whitespaceOnly: blank && end > start,
  };
}
