// The text-quote selector of an annotation (W3C TextQuoteSelector): the quoted words and a little
// context on each side, which is what lets an annotation be found again after the text changes.

/** Context kept on each side of a quote, in UTF-16 code units (Hypothesis keeps 32 too). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** The quote of a span with its prefix and suffix. */
export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Moves `offset` off the middle of a surrogate pair: to the pair's start when `towards` is
 * 'start', past the pair when it is 'end'. Context boundaries use this so a prefix never begins
 * with a lone low surrogate and a suffix never ends with a lone high one.
 */
function snapToCodePoint(text: string, offset: number, towards: 'start' | 'end'): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (!isHighSurrogate(before) || !isLowSurrogate(after)) return offset;
  return towards === 'start' ? offset - 1 : offset + 1;
}

/**
 * Quote `text[start, end)` with up to `context` code units of prefix and suffix. A context
 * boundary that would split a surrogate pair is moved inwards (the context gets one unit shorter).
 * Throws a RangeError for a range outside the text.
 */
export function describeTextQuote(
  text: string,
  start: number,
  end: number,
  context: number = QUOTE_CONTEXT_LENGTH,
): TextQuote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`range [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  if (!Number.isInteger(context) || context < 0) throw new RangeError(`context ${context} is not a length`);
  // Inwards: the prefix starts after a split pair, the suffix ends before it.
  const prefixStart = snapToCodePoint(text, Math.max(0, start - context), 'end');
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, end + context), 'start');
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.min(prefixStart, start), start),
    suffix: text.slice(end, Math.max(suffixEnd, end)),
  };
}
