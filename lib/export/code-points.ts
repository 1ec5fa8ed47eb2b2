// Converts JavaScript string indices (UTF-16 code units) into Unicode code point indices, the
// offsets every export writes. One pass over the text records where its surrogate pairs start;
// each conversion is then a binary search over those (constant time for text without any).

/** Offsets of one text, converted between UTF-16 code units and Unicode code points. */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** Code point index of the UTF-16 index `utf16` (0 ≤ utf16 ≤ text.length, never inside a pair). */
  toCodePoint(utf16: number): number;
  /** UTF-16 index of the code point index `codePoint` (0 ≤ codePoint ≤ length). */
  toUtf16(codePoint: number): number;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of entries of the sorted `values` smaller than `bound`. */
function countBelow(values: readonly number[], bound: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the index of `text` in one pass. A lone surrogate counts as one code point, as
 * `Array.from(text)` counts it. Offsets outside the text, or between the two halves of a pair,
 * are programming errors and throw a RangeError.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  // UTF-16 index of the high half of every surrogate pair, ascending.
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  // In code points, pair k starts at pairs[k] - k.
  const pairsInCodePoints = pairs.map((at, k) => at - k);
  const length = text.length - pairs.length;

  return {
    length,
    toCodePoint(utf16: number): number {
      if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) {
        throw new RangeError(`offset ${utf16} outside text of length ${text.length}`);
      }
      if (pairs.length === 0) return utf16;
      const before = countBelow(pairs, utf16);
      if (before > 0 && pairs[before - 1] === utf16 - 1) {
        throw new RangeError(`offset ${utf16} splits a surrogate pair`);
      }
      return utf16 - before;
    },
    toUtf16(codePoint: number): number {
      if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > length) {
        throw new RangeError(`code point offset ${codePoint} outside text of length ${length}`);
      }
      return codePoint + countBelow(pairsInCodePoints, codePoint);
    },
  };
}
