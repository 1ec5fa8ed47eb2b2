// Turns draft blocks into the normalized text: copies each line's content, repairs the joins
// between lines, collapses layout whitespace, and records every step in the provenance map.

import type { FootnoteRef, ProvenanceRun, RepairedBlock, WordFrequencies } from './types';
import type { DraftBlock, DraftPiece } from './build-blocks';
import type { FootnoteMarker } from './detect-footnotes';
import { ProvenanceBuilder } from './provenance';
import { decideLineJoin, type LineJoin } from './decide-line-join';
import { isLayoutSpace } from './read-lines';

export interface AssembledText {
  text: string;
  provenance: ProvenanceRun[];
  blocks: RepairedBlock[];
  footnoteRefs: FootnoteRef[];
}

const BLOCK_SEPARATOR = '\n\n';

// Copies raw[from, to) but turns each run of layout whitespace that is not a single plain space
// (double spaces, tabs, NBSP) into one synthetic space, as readers never want them.
function copyCollapsed(builder: ProvenanceBuilder, raw: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    if (!isLayoutSpace(raw.charAt(i))) {
      let j = i + 1;
      while (j < to && !isLayoutSpace(raw.charAt(j))) j++;
      builder.copy(i, j);
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < to && isLayoutSpace(raw.charAt(j))) j++;
    if (j - i === 1 && raw.charAt(i) === ' ') builder.copy(i, j);
    else builder.synthetic(' ', i, j);
    i = j;
  }
}

function joinOf(prev: DraftPiece, next: DraftPiece, frequencies: WordFrequencies): LineJoin | 'newline' {
  if (next.joinBefore === 'newline') return 'newline';
  if (next.joinBefore === 'space') return 'space';
  return decideLineJoin(prev.line, next.line, frequencies);
}

/** Assembles the normalized text, its provenance, the blocks' offsets and the footnote refs. */
export function assembleText(
  raw: string,
  drafts: readonly DraftBlock[],
  markers: readonly FootnoteMarker[],
  frequencies: WordFrequencies,
): AssembledText {
  const builder = new ProvenanceBuilder(raw);
  const blocks: RepairedBlock[] = [];
  const markersByAnchor = new Map<number, FootnoteMarker[]>();
  for (const marker of markers) {
    markersByAnchor.set(marker.anchorLine, [...(markersByAnchor.get(marker.anchorLine) ?? []), marker]);
  }
  const refs: FootnoteRef[] = [];
  let previousEnd = -1;

  for (const draft of drafts) {
    const first = draft.pieces[0];
    if (!first) continue;
    if (blocks.length > 0) {
      builder.synthetic(BLOCK_SEPARATOR, Math.min(previousEnd, first.from), Math.max(previousEnd, first.from));
    }
    const start = builder.offset;
    let rawStart = first.from;
    let rawEnd = first.to;
    draft.pieces.forEach((piece, p) => {
      const next = draft.pieces[p + 1];
      const join = next ? joinOf(piece, next, frequencies) : null;
      // A word-break hyphen maps to nothing: the two halves' copies simply meet.
      const to = join === 'drop-hyphen' ? piece.to - 1 : piece.to;
      copyCollapsed(builder, raw, piece.from, to);
      rawStart = Math.min(rawStart, piece.from);
      rawEnd = Math.max(rawEnd, piece.to);
      for (const marker of markersByAnchor.get(piece.line.index) ?? []) {
        refs.push({ label: marker.label, offset: builder.offset, rawStart: marker.rawStart, rawEnd: marker.rawEnd });
      }
      if (next && join === 'space') builder.synthetic(' ', piece.to, next.from);
      if (next && join === 'newline') builder.synthetic('\n', piece.to, next.from);
    });
    const block: RepairedBlock = { kind: draft.kind, start, end: builder.offset, rawStart, rawEnd };
    if (draft.level !== undefined) block.level = draft.level;
    if (draft.footnoteLabel !== undefined) block.footnoteLabel = draft.footnoteLabel;
    blocks.push(block);
    previousEnd = draft.pieces[draft.pieces.length - 1]?.to ?? first.to;
  }
  const { text, provenance } = builder.finish();
  return { text, provenance, blocks, footnoteRefs: refs };
}
