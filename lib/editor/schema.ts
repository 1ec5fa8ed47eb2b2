// The editor's schema: the document's blocks as textblocks grouped under section nodes. Every
// textblock carries its block id, its text offset and its sentences, so positions and stored
// offsets convert through an index, and annotations stay standoff (decorations, never marks).
import { Schema, type NodeSpec, type Node as ProseMirrorNode } from 'prosemirror-model';

export interface EditorSentence {
  id: number;
  start: number;
  end: number;
}

/** Attributes every textblock has: where it sits in the document's normalized text. */
export interface TextblockAttrs {
  blockId: number;
  start: number;
  sentences: EditorSentence[];
}

const textblockAttrs = {
  blockId: { default: 0 },
  start: { default: 0 },
  sentences: { default: [] },
};

function textblock(tag: string, className: string, extra: Partial<NodeSpec> = {}): NodeSpec {
  return {
    group: 'block',
    content: 'text*',
    marks: '',
    attrs: textblockAttrs,
    toDOM: (node) => [tag, { class: `ed-block ${className}`, 'data-block-id': String(node.attrs.blockId) }, 0],
    ...extra,
  };
}

export const editorSchema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    // Sections keep the number of children per level small: DecorationSet cost grows with it.
    // `footnotes` marks a section of footnotes only (set by buildEditorDoc, styled apart from the
    // text by a class rather than a `:has()` rule, which the browser re-checks on every change).
    section: {
      content: 'block+',
      attrs: { footnotes: { default: false } },
      toDOM: (node) => ['section', { class: node.attrs.footnotes ? 'ed-section ed-footnotes' : 'ed-section' }, 0],
    },
    heading: textblock('h2', 'ed-heading', {
      attrs: { ...textblockAttrs, level: { default: 1 } },
      toDOM: (node) => [
        `h${Math.min(4, Math.max(1, Number(node.attrs.level)) + 1)}`,
        { class: 'ed-block ed-heading', 'data-block-id': String(node.attrs.blockId) },
        0,
      ],
    }),
    paragraph: textblock('p', 'ed-paragraph'),
    list_item: textblock('p', 'ed-list-item'),
    caption: textblock('p', 'ed-caption'),
    table: textblock('pre', 'ed-table', { whitespace: 'pre' }),
    page_furniture: textblock('p', 'ed-furniture'),
    footnote: textblock('p', 'ed-footnote', {
      attrs: { ...textblockAttrs, label: { default: '' } },
      toDOM: (node) => [
        'p',
        { class: 'ed-block ed-footnote', 'data-block-id': String(node.attrs.blockId), 'data-label': String(node.attrs.label) },
        0,
      ],
    }),
    text: {},
  },
  marks: {},
});

export function textblockAttrsOf(node: ProseMirrorNode): TextblockAttrs {
  return node.attrs as TextblockAttrs;
}
