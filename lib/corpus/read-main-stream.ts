// The running text in reading order: the lines left once page furniture and footnote machinery are
// set aside, with the whitespace-only lines that mean "paragraph break" kept as gaps.

import type { SourceLine } from './read-lines';
import { estimateLineWidths } from './estimate-line-widths';
import { printedWidth } from './measure-printed-width';

/**
 * A line of running text with the full width of its region: `width` in characters, `printed` in
 * ems (see measure-printed-width), both the region's typical full line.
 */
export type StreamItem = { kind: 'line'; line: SourceLine; width: number; printed: number } | { kind: 'gap' };

/**
 * Builds the main stream. A whitespace-only line is a break the author typed (an empty paragraph
 * in the word processor), unless it sits next to furniture or a footnote area, where it is only
 * page layout.
 */
export function readMainStream(
  lines: readonly SourceLine[],
  furniture: ReadonlySet<number>,
  consumed: ReadonlySet<number>,
  paragraphEnds: ReadonlySet<number> = new Set(),
): StreamItem[] {
  const setAside = (i: number): boolean => furniture.has(i) || consumed.has(i);
  const neighbourSetAside = (i: number, step: 1 | -1): boolean => {
    let j = i + step;
    while (j >= 0 && j < lines.length && lines[j]?.empty) j += step;
    return j >= 0 && j < lines.length && setAside(j);
  };
  const textLines: SourceLine[] = [];
  const items: Array<{ kind: 'line'; line: SourceLine } | { kind: 'gap' }> = [];
  for (const line of lines) {
    if (line.empty || setAside(line.index)) continue;
    if (line.whitespaceOnly) {
      if (neighbourSetAside(line.index, -1) || neighbourSetAside(line.index, 1)) continue;
      if (items.length > 0 && items[items.length - 1]?.kind !== 'gap') items.push({ kind: 'gap' });
      continue;
    }
    textLines.push(line);
    items.push({ kind: 'line', line });
    if (paragraphEnds.has(line.index)) items.push({ kind: 'gap' });
  }
  const widths = estimateLineWidths(textLines.map((line) => line.content.length));
  const printedWidths = estimateLineWidths(textLines.map((line) => printedWidth(line.content)));
  const widthOf = new Map<number, { width: number; printed: number }>();
  textLines.forEach((line, i) =>
    widthOf.set(line.index, { width: widths[i] ?? line.content.length, printed: printedWidths[i] ?? 0 }),
  );
  return items.map((item) =>
    item.kind === 'gap' ? item : { kind: 'line', line: item.line, ...(widthOf.get(item.line.index) ?? { width: 0, printed: 0 }) },
  );
}
