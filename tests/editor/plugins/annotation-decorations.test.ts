import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildEditorDoc } from '../../../lib/editor/build-editor-doc';
import { OffsetIndex } from '../../../lib/editor/offset-index';
import {
  annotationDecorations,
  annotationRange,
  annotationsAt,
  decorationCount,
  removeAnnotation,
  selectAnnotation,
  selectedAnnotationId,
  setAnnotations,
  upsertAnnotation,
  type DecoratedAnnotation,
} from '../../../lib/editor/plugins/annotation-decorations';

const text = 'Menurut data UNICEF, sekitar 1,2 juta anak diperdagangkan setiap tahun.\n\nECPAT bekerja di Kamboja.';
const separator = text.indexOf('\n\n');
const blocks = [
  { id: 1, kind: 'paragraph' as const, level: null, footnoteLabel: null, start: 0, end: separator },
  { id: 2, kind: 'paragraph' as const, level: null, footnoteLabel: null, start: separator + 2, end: text.length },
];

function setup() {
  const doc = buildEditorDoc(text, blocks, []);
  const index = new OffsetIndex(doc);
  const state = EditorState.create({ doc, plugins: [annotationDecorations(() => index)] });
  return { state, index };
}

function span(id: string, quote: string, label = 'actor'): DecoratedAnnotation {
  const start = text.indexOf(quote);
  return { id, label, status: 'accepted', start, end: start + quote.length, color: '#123456' };
}

function drawnText(state: EditorState, id: string): string | null {
  const range = annotationRange(state, id);
  return range ? state.doc.textBetween(range.from, range.to, '\n\n') : null;
}

describe('annotationDecorations', () => {
  it('draws nested spans, each on its own range and lane', () => {
    const { state } = setup();
    const claim = span('claim', 'Menurut data UNICEF, sekitar 1,2 juta anak diperdagangkan setiap tahun.', 'claim');
    const next = state.apply(setAnnotations(state.tr, [claim, span('unicef', 'UNICEF'), span('stat', 'sekitar 1,2 juta anak', 'statistic')]));
    expect(decorationCount(next)).toBe(3);
    expect(drawnText(next, 'unicef')).toBe('UNICEF');
    const at = annotationRange(next, 'unicef')?.from ?? 0;
    expect(annotationsAt(next, at + 1)).toEqual(['unicef', 'claim']);
  });

  it('adds and removes one annotation without touching the others', () => {
    const { state } = setup();
    const base = state.apply(setAnnotations(state.tr, [span('a', 'UNICEF'), span('b', 'ECPAT')]));
    const added = base.apply(upsertAnnotation(base.tr, span('c', 'Kamboja')));
    expect(decorationCount(added)).toBe(3);
    expect(drawnText(added, 'c')).toBe('Kamboja');
    const removed = added.apply(removeAnnotation(added.tr, 'a'));
    expect(decorationCount(removed)).toBe(2);
    expect(annotationRange(removed, 'a')).toBeNull();
    expect(drawnText(removed, 'b')).toBe('ECPAT');
  });

  it('applies several changes carried by one transaction in order (one redraw for a new, selected span)', () => {
    const { state } = setup();
    const base = state.apply(setAnnotations(state.tr, [span('a', 'UNICEF')]));
    const next = base.apply(selectAnnotation(upsertAnnotation(base.tr, span('b', 'ECPAT')), 'b'));
    expect(drawnText(next, 'b')).toBe('ECPAT');
    expect(selectedAnnotationId(next)).toBe('b');
    const selected = next.plugins[0]?.getState(next) as { decorations: { find(): Array<{ type: { attrs: { class: string } } }> } };
    const classes = selected.decorations.find().map((decoration) => decoration.type.attrs.class);
    expect(classes.filter((c) => c.includes('ann-selected'))).toHaveLength(1);
  });

  it('moves a span when it is upserted with new offsets, and hides rejected ones', () => {
    const { state } = setup();
    const base = state.apply(setAnnotations(state.tr, [span('a', 'UNICEF')]));
    const moved = base.apply(upsertAnnotation(base.tr, { ...span('a', 'ECPAT') }));
    expect(drawnText(moved, 'a')).toBe('ECPAT');
    const rejected = moved.apply(upsertAnnotation(moved.tr, { ...span('a', 'ECPAT'), status: 'rejected' }));
    expect(decorationCount(rejected)).toBe(0);
  });

  it('maps spans through a change of the text', () => {
    const { state } = setup();
    const base = state.apply(setAnnotations(state.tr, [span('b', 'ECPAT')]));
    const insertAt = (annotationRange(base, 'b')?.from ?? 0) - 1;
    const changed = base.apply(base.tr.insertText('Kini ', 2));
    expect(insertAt).toBeGreaterThan(2);
    expect(drawnText(changed, 'b')).toBe('ECPAT');
  });

  it('remembers the selected annotation and clears it when that one goes', () => {
    const { state } = setup();
    const base = state.apply(setAnnotations(state.tr, [span('a', 'UNICEF'), span('b', 'ECPAT')]));
    const selected = base.apply(selectAnnotation(base.tr, 'b'));
    expect(selectedAnnotationId(selected)).toBe('b');
    expect(decorationCount(selected)).toBe(2);
    const removed = selected.apply(removeAnnotation(selected.tr, 'b'));
    expect(selectedAnnotationId(removed)).toBeNull();
  });

  it('gives overlapping spans different lanes', () => {
    const { state } = setup();
    const base = state.apply(setAnnotations(state.tr, [span('a', 'sekitar 1,2 juta')]));
    const next = base.apply(upsertAnnotation(base.tr, span('b', '1,2 juta anak')));
    const lanes = next.plugins[0]?.getState(next) as { spans: Map<string, { lane: number }> };
    expect(lanes.spans.get('a')?.lane).not.toBe(lanes.spans.get('b')?.lane);
  });

  it('lays a whole set out on the lowest lanes free where each span starts', () => {
    const { state } = setup();
    const spans = [
      span('claim', 'Menurut data UNICEF, sekitar 1,2 juta anak diperdagangkan setiap tahun.', 'claim'),
      span('unicef', 'UNICEF'),
      span('stat', 'sekitar 1,2 juta anak', 'statistic'),
      span('juta', 'juta anak diperdagangkan'),
      span('ecpat', 'ECPAT'),
    ];
    const next = state.apply(setAnnotations(state.tr, spans));
    const laid = next.plugins[0]?.getState(next) as { spans: Map<string, { lane: number }> };
    const lanes = Object.fromEntries(spans.map(({ id }) => [id, laid.spans.get(id)?.lane]));
    // UNICEF's lane is free again after it; "juta …" overlaps the claim and the statistic.
    expect(lanes).toEqual({ claim: 0, unicef: 1, stat: 1, juta: 2, ecpat: 0 });
  });
});
