// Renders standoff annotations as inline decorations, one wrapper element per annotation so any
// number may overlap or nest, each on its own underline lane. The set is built once; afterwards
// every change is incremental: map through document changes, add or remove single decorations.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { OffsetIndex } from '../offset-index';

/** What the editor needs to draw one annotation. */
export interface DecoratedAnnotation {
  id: string;
  label: string;
  status: 'suggested' | 'accepted' | 'rejected';
  start: number;
  end: number;
  color: string;
}

interface Span {
  annotation: DecoratedAnnotation;
  from: number;
  to: number;
  lane: number;
}

interface AnnotationDecorationState {
  decorations: DecorationSet;
  spans: Map<string, Span>;
  selectedId: string | null;
}

type Action =
  | { type: 'reset'; annotations: DecoratedAnnotation[] }
  | { type: 'upsert'; annotation: DecoratedAnnotation }
  | { type: 'remove'; id: string }
  | { type: 'select'; id: string | null };

const key = new PluginKey<AnnotationDecorationState>('annotationDecorations');

function isShown(annotation: DecoratedAnnotation): boolean {
  return annotation.status !== 'rejected';
}

function decorationOf(span: Span, selected: boolean): Decoration {
  const { annotation, from, to, lane } = span;
  const classes = ['ann', `ann-${annotation.label}`, `ann-${annotation.status}`];
  if (selected) classes.push('ann-selected');
  return Decoration.inline(
    from,
    to,
    {
      nodeName: 'span',
      class: classes.join(' '),
      'data-annotation-id': annotation.id,
      'data-label': annotation.label,
      style: `--ann-color: ${annotation.color}; --lane: ${lane}`,
    },
    { id: annotation.id, lane },
  );
}

/** Lanes for a whole set at once: a sweep that gives each span the lowest lane free among those it overlaps. */
function assignLanes(ranged: Array<Omit<Span, 'lane'>>): Span[] {
  const sorted = [...ranged].sort((a, b) => a.from - b.from || b.to - a.to);
  const active: Span[] = [];
  const result: Span[] = [];
  for (const item of sorted) {
    for (let i = active.length - 1; i >= 0; i--) if ((active[i] as Span).to <= item.from) active.splice(i, 1);
    const used = new Set(active.map((span) => span.lane));
    let lane = 0;
    while (used.has(lane)) lane++;
    const span = { ...item, lane };
    active.push(span);
    result.push(span);
  }
  return result;
}

function freeLane(decorations: DecorationSet, from: number, to: number, id: string): number {
  const used = new Set(
    decorations
      .find(from, to, (spec) => spec.id !== id)
      .filter((decoration) => decoration.from < to && decoration.to > from)
      .map((decoration) => (decoration.spec as { lane: number }).lane),
  );
  let lane = 0;
  while (used.has(lane)) lane++;
  return lane;
}

function removeSpan(state: AnnotationDecorationState, id: string): DecorationSet {
  const span = state.spans.get(id);
  if (!span) return state.decorations;
  return state.decorations.remove(state.decorations.find(span.from, span.to, (spec) => spec.id === id));
}

function apply(tr: Transaction, value: AnnotationDecorationState, index: () => OffsetIndex): AnnotationDecorationState {
  let { decorations, spans, selectedId } = value;
  if (tr.docChanged) {
    decorations = decorations.map(tr.mapping, tr.doc);
    const mapped = new Map<string, Span>();
    for (const [id, span] of spans) {
      const from = tr.mapping.map(span.from, 1);
      const to = tr.mapping.map(span.to, -1);
      if (to > from) mapped.set(id, { ...span, from, to });
    }
    spans = mapped;
  }
  const action = tr.getMeta(key) as Action | undefined;
  if (!action) return decorations === value.decorations ? value : { decorations, spans, selectedId };
  const current = { decorations, spans, selectedId };
  switch (action.type) {
    case 'reset': {
      const ranged = action.annotations.filter(isShown).flatMap((annotation) => {
        const range = index().rangeFromOffsets(annotation.start, annotation.end);
        return range ? [{ annotation, ...range }] : [];
      });
      const laid = assignLanes(ranged);
      return {
        decorations: DecorationSet.create(tr.doc, laid.map((span) => decorationOf(span, span.annotation.id === selectedId))),
        spans: new Map(laid.map((span) => [span.annotation.id, span])),
        selectedId,
      };
    }
    case 'upsert': {
      const { annotation } = action;
      const next = new Map(spans);
      let set = removeSpan(current, annotation.id);
      next.delete(annotation.id);
      const range = isShown(annotation) ? index().rangeFromOffsets(annotation.start, annotation.end) : null;
      if (range) {
        const span = { annotation, ...range, lane: freeLane(set, range.from, range.to, annotation.id) };
        next.set(annotation.id, span);
        set = set.add(tr.doc, [decorationOf(span, annotation.id === selectedId)]);
      }
      return { decorations: set, spans: next, selectedId };
    }
    case 'remove': {
      const next = new Map(spans);
      next.delete(action.id);
      return { decorations: removeSpan(current, action.id), spans: next, selectedId: selectedId === action.id ? null : selectedId };
    }
    case 'select': {
      let set = decorations;
      for (const id of [selectedId, action.id]) {
        const span = id ? spans.get(id) : undefined;
        if (!span || !id) continue;
        set = set.remove(set.find(span.from, span.to, (spec) => spec.id === id));
        set = set.add(tr.doc, [decorationOf(span, id === action.id)]);
      }
      return { decorations: set, spans, selectedId: action.id };
    }
  }
}

/**
 * The plugin. `index` is read lazily so a caller can rebuild the offset index when the document
 * is replaced; annotations come in through `setAnnotations`/`upsertAnnotation`/... transactions.
 */
export function annotationDecorations(index: () => OffsetIndex): Plugin<AnnotationDecorationState> {
  return new Plugin<AnnotationDecorationState>({
    key,
    state: {
      init: () => ({ decorations: DecorationSet.empty, spans: new Map(), selectedId: null }),
      apply: (tr, value) => apply(tr, value, index),
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations,
    },
  });
}

export function setAnnotations(tr: Transaction, annotations: DecoratedAnnotation[]): Transaction {
  return tr.setMeta(key, { type: 'reset', annotations } satisfies Action);
}

export function upsertAnnotation(tr: Transaction, annotation: DecoratedAnnotation): Transaction {
  return tr.setMeta(key, { type: 'upsert', annotation } satisfies Action);
}

export function removeAnnotation(tr: Transaction, id: string): Transaction {
  return tr.setMeta(key, { type: 'remove', id } satisfies Action);
}

export function selectAnnotation(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(key, { type: 'select', id } satisfies Action);
}

export function selectedAnnotationId(state: EditorState): string | null {
  return key.getState(state)?.selectedId ?? null;
}

/** The range an annotation is drawn on, if it is drawn. */
export function annotationRange(state: EditorState, id: string): { from: number; to: number } | null {
  const span = key.getState(state)?.spans.get(id);
  return span ? { from: span.from, to: span.to } : null;
}

/** Ids of the annotations covering `pos`, innermost (shortest) first. */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const value = key.getState(state);
  if (!value) return [];
  return value.decorations
    .find(pos, pos)
    .filter((decoration) => decoration.from <= pos && decoration.to >= pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((decoration) => (decoration.spec as { id: string }).id)
    .filter((id, i, ids) => ids.indexOf(id) === i);
}

/** How many decorations are drawn (for tests and the status bar). */
export function decorationCount(state: EditorState): number {
  return key.getState(state)?.spans.size ?? 0;
}
