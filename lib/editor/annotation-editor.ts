// The annotation editor: a ProseMirror view over the document's blocks with annotations drawn as
// decorations. It turns keys and clicks into callbacks; the page decides what they do.
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { DocumentFlag } from '../corpus/types';
import { buildEditorDoc, type EditorBlock, type EditorSentenceRow } from './build-editor-doc';
import { OffsetIndex } from './offset-index';
import {
  annotationDecorations,
  annotationRange,
  annotationsAt,
  carriesAnnotationChanges,
  removeAnnotation,
  selectAnnotation,
  selectedAnnotationId,
  setAnnotations,
  upsertAnnotation,
  type DecoratedAnnotation,
} from './plugins/annotation-decorations';
import { layerOverlay, showLayers, type OverlayLayer } from './plugins/layer-overlay';
import { readOnlySource } from './plugins/read-only-source';
import { sourceHints } from './plugins/source-hints';
import { snapToWords } from './snap-to-words';

export interface EditorSource {
  text: string;
  blocks: EditorBlock[];
  sentences: EditorSentenceRow[];
  footnoteRefs: Array<{ label: string; offset: number }>;
  flags: DocumentFlag[];
}

export interface TextRange {
  start: number;
  end: number;
}

export interface AnnotationEditorCallbacks {
  /** A label's shortcut was pressed over a selection, already snapped to words. */
  onApplyLabel(label: string, range: TextRange): void;
  onDeleteSelected(): void;
  onMove(direction: 1 | -1): void;
  onUndo(): void;
  onRedo(): void;
  /** An annotation was clicked (`id`), with every annotation under the click, innermost first. */
  onSelect(id: string | null, stack: string[]): void;
  /** The text selection changed (exact offsets, not snapped), for correction mode. */
  onTextSelection(range: TextRange | null): void;
}

export interface AnnotationEditorOptions {
  /** Shortcut key → label name (`'1'` → `'claim'`). */
  shortcuts: Map<string, string>;
  dropCapTitle: (hint: string | undefined) => string;
  callbacks: AnnotationEditorCallbacks;
}

const RESERVED_KEYS = new Set(['j', 'k', 'Delete', 'Backspace', 'Escape', 'Enter']);

export class AnnotationEditor {
  private readonly view: EditorView;
  private index: OffsetIndex;
  private text: string;
  private lastClickStack = '';
  private caretAfterClick: number | null = null;
  /** The transaction changes are gathered in while a key is handled (see `batched`), else null. */
  private pending: Transaction | null = null;

  /**
   * `annotations`, when given, are drawn with the text: the view builds its DOM once, instead of
   * building the bare text and then every block again with its decorations.
   */
  constructor(
    private readonly mount: HTMLElement,
    source: EditorSource,
    private readonly options: AnnotationEditorOptions,
    annotations?: DecoratedAnnotation[],
  ) {
    const { state, index } = this.createState(source);
    this.index = index;
    this.text = source.text;
    this.view = new EditorView(mount, {
      state: annotations ? state.apply(setAnnotations(state.tr, annotations)) : state,
      attributes: { class: 'annotation-editor', lang: 'id', spellcheck: 'false', 'aria-readonly': 'true', role: 'textbox', 'aria-multiline': 'true' },
      handleKeyDown: (_view, event) => this.handleKey(event),
      handleDOMEvents: {
        // A DOM click (not ProseMirror's handleClick, which a click inside a selection skips);
        // a click that ends a drag-selection is for selecting text, not annotations.
        click: (view, event) => {
          // A click that ends a drag-selection (or extends one) is for selecting text.
          const dom = document.getSelection();
          if ((dom && !dom.isCollapsed) || event.shiftKey || event.detail > 1) return false;
          const hit = view.posAtCoords({ left: event.clientX, top: event.clientY });
          // The elements under the pointer settle a click on the boundary of two adjacent spans.
          const under = new Set<string>();
          for (let el = event.target instanceof Element ? event.target.closest('[data-annotation-id]') : null; el; el = el.parentElement?.closest('[data-annotation-id]') ?? null) {
            under.add(el.getAttribute('data-annotation-id') ?? '');
          }
          if (hit) {
            // The caret goes where the click was, in the same transaction that selects the span:
            // redrawing the span must not put back the caret ProseMirror had before the click.
            this.caretAfterClick = hit.pos;
            this.selectAt(hit.pos, under);
            this.caretAfterClick = null;
          }
          return false;
        },
      },
      dispatchTransaction: (tr) => {
        const before = this.view.state.selection;
        this.view.updateState(this.view.state.apply(tr));
        if (!before.eq(this.view.state.selection)) this.options.callbacks.onTextSelection(this.exactSelection());
      },
    });
    shieldFromReactSelectionRestore(this.view.dom);
    if (annotations) this.decorationsReady(annotations.length);
  }

  /** Replaces the document (after a source correction) and redraws the given annotations. */
  load(source: EditorSource, annotations: DecoratedAnnotation[]): void {
    const { state, index } = this.createState(source);
    this.index = index;
    this.text = source.text;
    this.view.updateState(state);
    this.setAnnotations(annotations);
    // Revealed layers are dropped with the old state; the page fetches them again for the new text.
  }

  /** Draws other people's layers read-only over the text (an empty list hides them). */
  showLayers(layers: OverlayLayer[]): void {
    this.view.dispatch(showLayers(this.view.state.tr, layers));
  }

  setAnnotations(annotations: DecoratedAnnotation[]): void {
    this.view.dispatch(setAnnotations(this.view.state.tr, annotations));
    this.decorationsReady(annotations.length);
  }

  upsert(annotation: DecoratedAnnotation): void {
    this.change((tr) => upsertAnnotation(tr, annotation));
  }

  remove(id: string): void {
    this.change((tr) => removeAnnotation(tr, id));
  }

  select(id: string | null): void {
    this.change((tr) => {
      selectAnnotation(tr, id);
      return this.caretAfterClick === null ? tr : tr.setSelection(TextSelection.create(tr.doc, this.caretAfterClick));
    });
  }

  /**
   * Selects the innermost annotation at `pos`; clicking the same spans again cycles outwards, so
   * every one of several nested or overlapping spans can be reached by mouse.
   */
  private selectAt(pos: number, under: Set<string>): void {
    // A position at a span's end belongs to it only when the pointer was over its element.
    const stack = annotationsAt(this.view.state, pos).filter((id) => {
      const range = annotationRange(this.view.state, id);
      return range !== null && (pos < range.to || under.has(id));
    });
    const current = selectedAnnotationId(this.view.state);
    const at = current ? stack.indexOf(current) : -1;
    // "The same place" is the same set of spans: a click a pixel away still cycles.
    const key = stack.join(' ');
    const repeated = at >= 0 && this.lastClickStack === key;
    this.lastClickStack = key;
    this.options.callbacks.onSelect(stack[repeated ? (at + 1) % stack.length : 0] ?? null, stack);
  }

  /** Collapses the text selection to its end (after it became an annotation). */
  collapseSelection(): void {
    this.change((tr) => tr.setSelection(TextSelection.create(tr.doc, tr.selection.to)));
  }

  /** Applies a change of decorations or selection: now, or with the others of the key being handled. */
  private change(build: (tr: Transaction) => Transaction): void {
    if (this.pending) this.pending = build(this.pending);
    else this.view.dispatch(build(this.view.state.tr));
  }

  /**
   * Runs `handle`, drawing everything it changes in one view update: a new span, its selection and
   * the collapsed text selection cost one redraw (and one layout), not three.
   */
  private batched(handle: () => void): void {
    if (this.pending) return handle();
    this.pending = this.view.state.tr;
    try {
      handle();
    } finally {
      const tr = this.pending;
      this.pending = null;
      if (tr.selectionSet || carriesAnnotationChanges(tr)) this.view.dispatch(tr);
    }
  }

  /** Brings an annotation into view and puts the caret at its start, so j/k continue from there. */
  scrollTo(id: string): void {
    const range = annotationRange(this.view.state, id);
    if (!range) return;
    const tr = this.view.state.tr.setSelection(TextSelection.create(this.view.state.doc, range.from));
    this.view.dispatch(tr);
    const element = this.view.dom.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`);
    element?.scrollIntoView({ block: 'center' });
  }

  /**
   * Selects a range of the text and brings it into view (a search hit opened in the editor);
   * false when the range lies outside every block shown.
   */
  revealRange(range: TextRange): boolean {
    const positions = this.index.rangeFromOffsets(range.start, range.end);
    if (!positions) return false;
    const { doc } = this.view.state;
    this.view.dispatch(this.view.state.tr.setSelection(TextSelection.create(doc, positions.from, positions.to)));
    const { node } = this.view.domAtPos(positions.from);
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
    return true;
  }

  focus(): void {
    this.view.focus();
  }

  /** The selection snapped to whole words, or null when nothing (or no word) is selected. */
  snappedSelection(): TextRange | null {
    const exact = this.exactSelection();
    return exact ? snapToWords(this.text, exact.start, exact.end) : null;
  }

  /**
   * The selection's exact text offsets, or null when empty, not inside text, not inside one block,
   * or not one stretch of the text: footnotes are shown after the body, so a selection across a
   * footnote's place in the text would store words the user never saw selected.
   */
  exactSelection(): TextRange | null {
    const { from, to, empty } = this.view.state.selection;
    if (empty) return null;
    const start = this.index.offsetFromPos(from);
    const end = this.index.offsetFromPos(to);
    if (start === null || end === null || end <= start) return null;
    if (!this.index.coversSameBlocks(start, end, from, to)) return null;
    // A span stays inside one block: a claim may run over two sentences, not over paragraphs.
    if (!this.view.state.selection.$from.sameParent(this.view.state.selection.$to)) return null;
    return { start, end };
  }

  /** Where an annotation is drawn, for screen-order navigation. */
  positionOf(id: string): number | null {
    return annotationRange(this.view.state, id)?.from ?? null;
  }

  destroy(): void {
    this.view.destroy();
  }

  private decorationsReady(count: number): void {
    // Every decoration is in the DOM now: the benchmark (bench/) times the first paint from here.
    // On the mount, not on ProseMirror's element, whose attributes the view owns.
    this.mount.setAttribute('data-decorations-ready', String(count));
    performance.mark('selaras:decorations-ready');
  }

  private createState(source: EditorSource): { state: EditorState; index: OffsetIndex } {
    const doc = buildEditorDoc(source.text, source.blocks, source.sentences);
    const index = new OffsetIndex(doc);
    const dropCaps = source.flags.filter((flag) => flag.kind === 'suspected_drop_cap');
    const state = EditorState.create({
      doc,
      plugins: [
        readOnlySource(),
        annotationDecorations(() => this.index),
        layerOverlay(() => this.index),
        sourceHints(index, { footnoteRefs: source.footnoteRefs, dropCaps, dropCapTitle: this.options.dropCapTitle }),
      ],
    });
    return { state, index };
  }

  private handleKey(event: KeyboardEvent): boolean {
    const { callbacks, shortcuts } = this.options;
    const key = event.key;
    if (event.ctrlKey || event.metaKey) {
      const lower = key.toLowerCase();
      if (lower === 'z' && !event.shiftKey) callbacks.onUndo();
      else if ((lower === 'z' && event.shiftKey) || lower === 'y') callbacks.onRedo();
      else return lower === 'x';
      return true;
    }
    if (event.altKey) return false;
    // j, k and the editing keys keep their meaning whatever shortcut a project gives a label.
    const label = RESERVED_KEYS.has(key) ? undefined : shortcuts.get(key);
    if (label) {
      const range = this.snappedSelection();
      if (range) {
        this.batched(() => {
          callbacks.onApplyLabel(label, range);
          this.collapseSelection();
        });
      }
      return true;
    }
    if (key === 'Delete' || key === 'Backspace') callbacks.onDeleteSelected();
    else if (key === 'j') callbacks.onMove(1);
    else if (key === 'k') callbacks.onMove(-1);
    else if (key === 'Escape') callbacks.onSelect(null, []);
    else if (key !== 'Enter' && key.length !== 1) return false;
    return true;
  }
}

/**
 * React, before and after every commit anywhere on the page, saves and restores the selection of a
 * focused element whose `contentEditable` is `'true'`, and for a contenteditable it measures the
 * selection by walking the element's whole DOM and reading every text node (facebook/react#9992):
 * ~50 ms per commit over a 100 000-word document, on every keypress that changes the page. This
 * editor's selection belongs to ProseMirror, which draws it again itself, so the element answers
 * that one property with `'inherit'` and React leaves it alone. The attribute (what the browser and
 * ProseMirror go by) stays `contenteditable="true"`, and `isContentEditable` stays true.
 */
function shieldFromReactSelectionRestore(dom: HTMLElement): void {
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => dom.setAttribute('contenteditable', value),
  });
}
