// Finds running headers and footers (journal name + page number) so they become page_furniture
// blocks instead of interrupting the paragraphs they were printed across.

import type { SourceLine } from './read-lines';

// A header/footer is laid out as two (or three) fields pushed apart by a long run of spaces.
const WIDE_GAP = /\S[ \t\u00a0]{8,}\S/;
const PAGE_NUMBER_AT_EDGE = /^(?:\d{1,4}|[ivxlc]{1,6})[ \t\u00a0]{3,}\S|\S[ \t\u00a0]{3,}(?:\d{1,4}|[ivxlc]{1,6})$/i;
const LOOKS_LIKE_URL = /:\/\/|www\./i;

/** The part of a line that stays the same from page to page: no digits, single spaces. */
function furnitureShape(content: string): string {
  return content.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Indices of lines that are page furniture. A line qualifies when it spreads a page number and a
 * running title apart with a wide gap, or when the same wide-gapped or numbered shape repeats on
 * several pages. The journal's name is never hard-coded.
 */
export function detectPageFurniture(lines: readonly SourceLine[]): Set<number> {
  const furniture = new Set<number>();
  const shapeCounts = new Map<string, number>();
  for (const line of lines) {
    if (line.content.length < 10 || LOOKS_LIKE_URL.test(line.content)) continue;
    const shape = furnitureShape(line.content);
    shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
  }
  for (const line of lines) {
    const content = line.content;
    if (content.length < 10 || LOOKS_LIKE_URL.test(content)) continue;
    const wide = WIDE_GAP.test(content);
    const numbered = PAGE_NUMBER_AT_EDGE.test(content);
    const repeated = (shapeCounts.get(furnitureShape(content)) ?? 0) >= 3;
    // A wide gap alone is weak (tables have gaps); with a page number at an edge, or repeated on
    // several pages, it is the running header/footer.
    if ((wide && numbered) || (wide && repeated)) {
      furniture.add(line.index);
    }
  }
  return furniture;
}
