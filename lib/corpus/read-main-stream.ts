// The running text in reading order: the lines left once page furniture and footnote machinery are
// set aside, with the whitespace-only lines that mean "paragraph break" kept as gaps.

import type { SourceLine } from './read-lines';
import { estimateLineWidths } from './estimate-line-widths';

export type StreamItem = { kind: 'line'; line: SourceLine; width: number } | { kind: 'gap' };

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
  const widthOf = new Map<number, number>();
  textLines.forEach((line, i) => widthOf.set(line.index, widths[i] ?? line.content.length));
  return items.map((item) =>
    item.kind === 'gap' ? item : { kind: 'line', line: item.line, width: widthOf.get(item.line.index) ?? 0 },
  );
}
