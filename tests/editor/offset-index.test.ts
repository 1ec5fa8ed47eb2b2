import { describe, expect, it } from 'vitest';
import { buildEditorDoc } from '../../lib/editor/build-editor-doc';
import { OffsetIndex } from '../../lib/editor/offset-index';
import { seed } from '../corpus/seed-documents';

function editorDocOf(prefix: string) {
  const { doc: repaired } = seed(prefix);
  const blocks = repaired.blocks.map((block, i) => ({ id: i + 1, kind: block.kind, level: block.level ?? null, footnoteLabel: block.footnoteLabel ?? null, start: block.start, end: block.end }));
  const sentences = repaired.sentences.map((s, i) => ({ id: i + 1, blockId: s.block + 1, start: s.start, end: s.end }));
  return { text: repaired.text, blocks, doc: buildEditorDoc(repaired.text, blocks, sentences) };
}

describe('OffsetIndex', () => {
  it('maps every block start and end of a seed document to positions holding the same text', () => {
    const { text, blocks, doc } = editorDocOf('003');
    const index = new OffsetIndex(doc);
    for (const block of blocks) {
      const range = index.rangeFromOffsets(block.start, block.end);
      expect(range).not.toBeNull();
      if (!range) continue;
      expect(doc.textBetween(range.from, range.to)).toBe(text.slice(block.start, block.end));
      expect(index.offsetFromPos(range.from)).toBe(block.start);
      expect(index.offsetFromPos(range.to)).toBe(block.end);
    }
  });

  it('round-trips offsets inside blocks, footnotes included', () => {
    const { text, blocks, doc } = editorDocOf('001');
    const index = new OffsetIndex(doc);
    for (const block of blocks.filter((_, i) => i % 7 === 0)) {
      const middle = Math.floor((block.start + block.end) / 2);
      const pos = index.posFromOffset(middle);
      expect(pos).not.toBeNull();
      expect(index.offsetFromPos(pos ?? -1)).toBe(middle);
      expect(doc.textBetween(pos ?? 0, (pos ?? 0) + 1)).toBe(text[middle]);
    }
  });

  it('resolves an offset between blocks to the next start or the previous end', () => {
    const { blocks, doc } = editorDocOf('000');
    const index = new OffsetIndex(doc);
    const [first, second] = [...blocks].filter((b) => b.kind !== 'footnote').sort((a, b) => a.start - b.start);
    if (!first || !second) throw new Error('seed has blocks');
    const gap = first.end + 1;
    expect(index.posFromOffset(gap, 'start')).toBe(index.posFromOffset(second.start));
    expect(index.posFromOffset(gap, 'end')).toBe(index.posFromOffset(first.end, 'end'));
  });

  it('gives null for a position between blocks', () => {
    const { doc } = editorDocOf('000');
    expect(new OffsetIndex(doc).offsetFromPos(0)).toBeNull();
  });
});
