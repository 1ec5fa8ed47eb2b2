// Builds the ProseMirror document from a stored document's blocks: one textblock per block, whose
// content is exactly `text.slice(block.start, block.end)`, grouped into sections.
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { BlockKind } from '../corpus/types';
import { editorSchema, type EditorSentence } from './schema';

export interface EditorBlock {
  id: number;
  kind: BlockKind;
  level: number | null;
  footnoteLabel: string | null;
  start: number;
  end: number;
}

export interface EditorSentenceRow extends EditorSentence {
  blockId: number;
}

/** A section closes at a chapter/section heading, or after this many blocks. */
const MAX_BLOCKS_PER_SECTION = 40;

/**
 * The editor document for `text`. Footnotes follow the running text (as the reader shows them);
 * offsets never depend on display order because each textblock carries its own start.
 */
export function buildEditorDoc(text: string, blocks: EditorBlock[], sentences: EditorSentenceRow[]): ProseMirrorNode {
  const sentencesByBlock = new Map<number, EditorSentence[]>();
  for (const { blockId, id, start, end } of sentences) {
    const list = sentencesByBlock.get(blockId) ?? [];
    list.push({ id, start, end });
    sentencesByBlock.set(blockId, list);
  }
  const ordered = [...blocks.filter((b) => b.kind !== 'footnote'), ...blocks.filter((b) => b.kind === 'footnote')];
  const sections: ProseMirrorNode[] = [];
  let current: ProseMirrorNode[] = [];
  let inFootnotes = false;
  const closeSection = () => {
    if (current.length > 0) sections.push(editorSchema.node('section', { footnotes: inFootnotes }, current));
    current = [];
  };
  for (const block of ordered) {
    if (block.end <= block.start) continue;
    // The footnotes start a section of their own, after the running text.
    const startsFootnotes = block.kind === 'footnote' && !inFootnotes;
    const opensSection = startsFootnotes || (block.kind === 'heading' && (block.level ?? 1) <= 2);
    if (opensSection || current.length >= MAX_BLOCKS_PER_SECTION) closeSection();
    if (startsFootnotes) inFootnotes = true;
    const attrs: Record<string, unknown> = { blockId: block.id, start: block.start, sentences: sentencesByBlock.get(block.id) ?? [] };
    if (block.kind === 'heading') attrs.level = block.level ?? 1;
    if (block.kind === 'footnote') attrs.label = block.footnoteLabel ?? '';
    current.push(editorSchema.node(block.kind, attrs, [editorSchema.text(text.slice(block.start, block.end))]));
  }
  closeSection();
  if (sections.length === 0) {
    throw new RangeError('a document needs at least one non-empty block');
  }
  return editorSchema.node('doc', null, sections);
}
