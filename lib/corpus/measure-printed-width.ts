// How wide a line was in print, in ems of a Times-like serif (Adobe's Times-Roman metrics), so
// "would the next word have fitted on this line?" can be asked of text that lost its layout.

// Advance widths in thousandths of an em, from the Times-Roman AFM of the PDF core fonts.
const WIDTHS: Record<string, number> = {
  ' ': 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500,
  l: 278, m: 778, n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722,
  x: 500, y: 500, z: 444, A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333,
  J: 389, K: 722, L: 611, M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722,
  V: 722, W: 944, X: 722, Y: 722, Z: 611, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '(': 333,
  ')': 333, "'": 333, '"': 408, '/': 278, '\u201c': 444, '\u201d': 444, '\u2019': 333, '\u2018': 333,
  '\u2013': 500, '\u2014': 1000, '%': 833, '&': 778, '?': 444, '!': 333, '[': 333, ']': 333,
};
// Digits and anything unlisted (accented letters, symbols) are about half an em.
const DEFAULT_WIDTH = 500;

/** The printed width of `text` in ems. */
export function printedWidth(text: string): number {
  let total = 0;
  for (const char of text) total += WIDTHS[char] ?? DEFAULT_WIDTH;
  return total / 1000;
}
