// Converts between ProseMirror positions and offsets into the document's normalized text with a
// sorted index of textblock starts (binary search), never by measuring text from position 0.
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { textblockAttrsOf } from './schema';

interface IndexedBlock {
  /** Position of the block's first character. */
  contentPos: number;
  start: number;
  end: number;
}

export class OffsetIndex {
  private readonly byPos: IndexedBlock[];
  private readonly byOffset: IndexedBlock[];

  constructor(doc: ProseMirrorNode) {
    const blocks: IndexedBlock[] = [];
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      const { start } = textblockAttrsOf(node);
      blocks.push({ contentPos: pos + 1, start, end: start + node.content.size });
      return false;
    });
    this.byPos = blocks;
    this.byOffset = [...blocks].sort((a, b) => a.start - b.start);
  }

  /**
   * The position of a text offset. An offset between blocks (a separator) resolves to the next
   * block's start for `side: 'start'` and to the previous block's end for `side: 'end'`.
   */
  posFromOffset(offset: number, side: 'start' | 'end' = 'start'): number | null {
    const list = this.byOffset;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as IndexedBlock).start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const block = found >= 0 ? list[found] : undefined;
    const previous = found > 0 ? list[found - 1] : undefined;
    if (side === 'end' && block && offset === block.start && previous && previous.end === offset) {
      return previous.contentPos + (previous.end - previous.start);
    }
    if (block && offset <= block.end) return block.contentPos + (offset - block.start);
    if (side === 'start') {
      const next = list[found + 1];
      return next ? next.contentPos : null;
    }
    return block ? block.contentPos + (block.end - block.start) : null;
  }

  /** The text offset of a position inside a textblock, or null between blocks. */
  offsetFromPos(pos: number): number | null {
    const list = this.byPos;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = list[mid] as IndexedBlock;
      if (pos < block.contentPos) hi = mid - 1;
      else if (pos > block.contentPos + (block.end - block.start)) lo = mid + 1;
      else return block.start + (pos - block.contentPos);
    }
    return null;
  }

  /**
   * Whether the text range [start, end) and the positions [from, to] hold the same blocks: every
   * block the text range touches is drawn inside the position range, and no other.
   */
  coversSameBlocks(start: number, end: number, from: number, to: number): boolean {
    const inText = this.byOffset.filter((b) => b.end > start && b.start < end);
    const onScreen = this.byPos.filter((b) => b.contentPos + (b.end - b.start) > from && b.contentPos < to);
    return inText.length === onScreen.length && inText.every((b) => onScreen.includes(b));
  }

  /** Positions of a stored range, or null when it cannot be shown (outside every block). */
  rangeFromOffsets(start: number, end: number): { from: number; to: number } | null {
    const from = this.posFromOffset(start, 'start');
    const to = this.posFromOffset(end, 'end');
    if (from === null || to === null || to <= from) return null;
    return { from, to };
  }
}
