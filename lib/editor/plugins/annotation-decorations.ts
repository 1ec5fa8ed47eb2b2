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

const BUCKETS = 64;

function bucketOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return (hash >>> 0) % BUCKETS;
}

/**
 * The drawn spans by id, immutable like the rest of the plugin state. A change copies one of 64
 * buckets, not the whole index: copying 10 000 entries on every new span costs milliseconds.
 */
class SpanIndex {
  static readonly empty = new SpanIndex(Array.from({ length: BUCKETS }, () => new Map<string, Span>()), 0);

  private constructor(
    private readonly buckets: ReadonlyArray<ReadonlyMap<string, Span>>,
    readonly size: number,
  ) {}

  static of(spans: Iterable<Span>): SpanIndex {
    const buckets = Array.from({ length: BUCKETS }, () => new Map<string, Span>());
    for (const span of spans) buckets[bucketOf(span.annotation.id)]?.set(span.annotation.id, span);
    return new SpanIndex(buckets, buckets.reduce((sum, bucket) => sum + bucket.size, 0));
  }

  get(id: string): Span | undefined {
    return this.buckets[bucketOf(id)]?.get(id);
  }

  *values(): IterableIterator<Span> {
    for (const bucket of this.buckets) yield* bucket.values();
  }

  set(id: string, span: Span): SpanIndex {
    return this.change(id, (bucket) => bucket.set(id, span));
  }

  delete(id: string): SpanIndex {
    return this.get(id) ? this.change(id, (bucket) => bucket.delete(id)) : this;
  }

  private change(id: string, edit: (bucket: Map<string, Span>) => void): SpanIndex {
    const at = bucketOf(id);
    const buckets = [...this.buckets];
    const bucket = new Map(buckets[at]);
    const before = bucket.size;
    edit(bucket);
    buckets[at] = bucket;
    return new SpanIndex(buckets, this.size + bucket.size - before);
  }
}

interface AnnotationDecorationState {
  decorations: DecorationSet;
  spans: SpanIndex;
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

/** Class names of (color, lane) pairs, each with one CSS rule: see `styleClass`. */
const styleClasses = new Map<string, string>();
let styleSheet: CSSStyleSheet | null = null;
const SAFE_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/;

/**
 * The class that gives a span its color and lane. A class per pair, not a `style` attribute per
 * span: the browser parses one rule instead of one inline style for each of thousands of spans
 * (a good part of drawing a large layer). Colors come from the label set (data), so only plain
 * color values reach the style sheet.
 */
function styleClass(color: string, lane: number): string {
  const safe = SAFE_COLOR.test(color) ? color : '#868e96';
  const key = `${safe} ${lane}`;
  let name = styleClasses.get(key);
  if (name) return name;
  name = `ann-v${styleClasses.size}`;
  styleClasses.set(key, name);
  if (typeof document !== 'undefined') {
    if (!styleSheet) {
      const element = document.createElement('style');
      element.setAttribute('data-annotation-styles', '');
      document.head.append(element);
      styleSheet = element.sheet;
    }
    styleSheet?.insertRule(`.${name} { --ann-color: ${safe}; --lane: ${lane}; }`, styleSheet.cssRules.length);
  }
  return name;
}

function decorationOf(span: Span, selected: boolean): Decoration {
  const { annotation, from, to, lane } = span;
  // One class, not a base class beside it (the style sheet finds spans by their id attribute): the
  // view splits the class list and adds each class to each of thousands of elements, and with two
  // that was a good part of drawing a large layer.
  let classes = styleClass(annotation.color, lane);
  if (annotation.status === 'suggested') classes += ' ann-suggested';
  if (selected) classes += ' ann-selected';
  return Decoration.inline(
    from,
    to,
    { nodeName: 'span', class: classes, 'data-annotation-id': annotation.id, 'data-label': annotation.label },
    { id: annotation.id, lane },
  );
}

/**
 * Lanes for a whole set at once: a sweep that gives each span the lowest lane free among those it
 * overlaps. `laneEnds[lane]` is where the last span put on that lane ends; the lane is free again
 * from there. (No set of the active spans' lanes per span: 10 000 of those were most of the sweep.)
 */
function assignLanes(ranged: ReadonlyArray<Omit<Span, 'lane'>>): Span[] {
  const sorted = [...ranged].sort((a, b) => a.from - b.from || b.to - a.to);
  const laneEnds: number[] = [];
  return sorted.map(({ annotation, from, to }) => {
    let lane = 0;
    while (lane < laneEnds.length && (laneEnds[lane] as number) > from) lane++;
    laneEnds[lane] = to;
    return { annotation, from, to, lane };
  });
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
  const actions = tr.getMeta(key) as Action[] | undefined;
  let next = mapThrough(tr, value);
  // Several changes may ride on one transaction (a new span, its selection): one redraw for all.
  for (const action of actions ?? []) next = applyAction(tr, next, action, index);
  return next;
}

function mapThrough(tr: Transaction, value: AnnotationDecorationState): AnnotationDecorationState {
  let { decorations, spans } = value;
  if (tr.docChanged) {
    decorations = decorations.map(tr.mapping, tr.doc);
    const mapped: Span[] = [];
    for (const span of spans.values()) {
      const from = tr.mapping.map(span.from, 1);
      const to = tr.mapping.map(span.to, -1);
      if (to > from) mapped.push({ ...span, from, to });
    }
    spans = SpanIndex.of(mapped);
  }
  return decorations === value.decorations ? value : { decorations, spans, selectedId: value.selectedId };
}

function applyAction(tr: Transaction, current: AnnotationDecorationState, action: Action, index: () => OffsetIndex): AnnotationDecorationState {
  const { decorations, spans, selectedId } = current;
  switch (action.type) {
    case 'reset': {
      const ranged = action.annotations.filter(isShown).flatMap((annotation) => {
        const range = index().rangeFromOffsets(annotation.start, annotation.end);
        return range ? [{ annotation, ...range }] : [];
      });
      const laid = assignLanes(ranged);
      return {
        decorations: DecorationSet.create(tr.doc, laid.map((span) => decorationOf(span, span.annotation.id === selectedId))),
        spans: SpanIndex.of(laid),
        selectedId,
      };
    }
    case 'upsert': {
      const { annotation } = action;
      let next = spans.delete(annotation.id);
      let set = removeSpan(current, annotation.id);
      const range = isShown(annotation) ? index().rangeFromOffsets(annotation.start, annotation.end) : null;
      if (range) {
        const span = { annotation, ...range, lane: freeLane(set, range.from, range.to, annotation.id) };
        next = next.set(annotation.id, span);
        set = set.add(tr.doc, [decorationOf(span, annotation.id === selectedId)]);
      }
      return { decorations: set, spans: next, selectedId };
    }
    case 'remove': {
      return { decorations: removeSpan(current, action.id), spans: spans.delete(action.id), selectedId: selectedId === action.id ? null : selectedId };
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
      init: () => ({ decorations: DecorationSet.empty, spans: SpanIndex.empty, selectedId: null }),
      apply: (tr, value) => apply(tr, value, index),
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations,
    },
  });
}

/** Adds `action` to those `tr` already carries, applied in order. */
function withAction(tr: Transaction, action: Action): Transaction {
  return tr.setMeta(key, [...((tr.getMeta(key) as Action[] | undefined) ?? []), action]);
}

/** Whether `tr` changes annotations or their selection. */
export function carriesAnnotationChanges(tr: Transaction): boolean {
  return tr.getMeta(key) !== undefined;
}

export function setAnnotations(tr: Transaction, annotations: DecoratedAnnotation[]): Transaction {
  return withAction(tr, { type: 'reset', annotations });
}

export function upsertAnnotation(tr: Transaction, annotation: DecoratedAnnotation): Transaction {
  return withAction(tr, { type: 'upsert', annotation });
}

export function removeAnnotation(tr: Transaction, id: string): Transaction {
  return withAction(tr, { type: 'remove', id });
}

export function selectAnnotation(tr: Transaction, id: string | null): Transaction {
  return withAction(tr, { type: 'select', id });
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
