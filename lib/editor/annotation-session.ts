// One annotator's working session on a document: the annotations as the user sees them (server
// state plus changes not yet confirmed), undo/redo, the write queue, and the editor kept in step.
// React subscribes to it; the editor and the network come in as dependencies.
import type { Annotation, AnnotationAttributes, AnnotationStatus, LabelDefinition } from '../annotations/types';
import { AnnotationHistory } from './annotation-history';
import type { DecoratedAnnotation } from './plugins/annotation-decorations';
import { SyncQueue, type CreateBody, type QueueStorage, type SendResult, type SyncOp, type SyncStatus, type UpdateChanges } from './sync-queue';

/** What the session needs from the editor view. */
export interface EditorPort {
  setAnnotations(annotations: DecoratedAnnotation[]): void;
  upsert(annotation: DecoratedAnnotation): void;
  remove(id: string): void;
  select(id: string | null): void;
  scrollTo(id: string): void;
  /** Where an annotation is drawn (screen order differs from text order for footnotes), or null. */
  positionOf(id: string): number | null;
}

export interface SessionDeps {
  documentId: number;
  /** The revision of the text the session shows; offsets of new spans refer to it. */
  documentRevision: number;
  layerUserId: number;
  text: string;
  labels: LabelDefinition[];
  storage: QueueStorage;
  send: (op: SyncOp) => Promise<SendResult>;
  /** Fetches the layer again (after the server refused a change), or null when offline. */
  reload: () => Promise<{ documentRevision: number; annotations: Annotation[] } | null>;
  /** Attributes a new span starts with (the statistics parser, the registry). */
  prefill: (label: string, quote: string) => AnnotationAttributes;
  newId: () => string;
  now: () => string;
  /** When a new change starts being sent (default: at once); see SyncQueue. */
  sendLater?: (run: () => void) => void;
}

export interface SessionSnapshot {
  /** Every annotation of the layer not deleted, by position (orphans last). */
  annotations: Annotation[];
  status: SyncStatus;
  lastError: { code: string; message: string } | null;
  selectedId: string | null;
  /** Annotations under the last click, innermost first. */
  stack: string[];
  canUndo: boolean;
  canRedo: boolean;
  /** The server's text changed after this page loaded it (a correction elsewhere): reload to see it. */
  textChanged: boolean;
}

type HistoryOp =
  | { type: 'setDeleted'; id: string; deleted: boolean }
  | { type: 'setFields'; id: string; attributes?: AnnotationAttributes; status?: AnnotationStatus };

function byPosition(a: Annotation, b: Annotation): number {
  return (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0) || a.id.localeCompare(b.id);
}

function sameDecoration(a: DecoratedAnnotation, b: DecoratedAnnotation): boolean {
  return a.id === b.id && a.label === b.label && a.status === b.status && a.start === b.start && a.end === b.end && a.color === b.color;
}

/** Beyond this many changed records since the last snapshot, sorting everything again is cheaper. */
const MAX_INCREMENTAL_CHANGES = 64;

/** Where `annotation` goes in `sorted` (by position). */
function insertionIndex(sorted: readonly Annotation[], annotation: Annotation): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(sorted[mid] as Annotation, annotation) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class AnnotationSession {
  private readonly live = new Map<string, Annotation>();
  private readonly deleted = new Map<string, Annotation>();
  private readonly history = new AnnotationHistory<HistoryOp[]>();
  private readonly queue: SyncQueue;
  private readonly listeners = new Set<() => void>();
  private readonly colors: Map<string, string>;
  /**
   * The live annotations by position as of the last snapshot, and the ids changed since: a change
   * of one record costs a binary search, not a sort of the whole layer (10 000 records and more).
   */
  private sorted: Annotation[] = [];
  private readonly changedIds = new Set<string>();
  private resortAll = true;
  private editor: EditorPort | null = null;
  private snapshot: SessionSnapshot;
  /** A change since `snapshot` was built: the next read builds it again (see `emit`). */
  private snapshotStale = false;
  private lastError: SessionSnapshot['lastError'] = null;
  private selectedId: string | null = null;
  private stack: string[] = [];
  private textChanged = false;

  constructor(initial: Annotation[], private readonly deps: SessionDeps) {
    this.colors = new Map(deps.labels.map((label) => [label.name, label.color]));
    this.queue = new SyncQueue(deps.storage, deps.send, {
      onStatus: () => this.emit(),
      onConfirmed: (op, annotation, settled, documentRevision) => this.confirmed(op, annotation, settled, documentRevision),
      onRejected: (_op, code, message) => this.rejected(code, message),
    }, deps.sendLater);
    this.load(initial);
    this.snapshot = this.buildSnapshot();
  }

  /** Connects the editor; `drawn` says it was created with `decorated()` drawn already. */
  attach(editor: EditorPort | null, drawn = false): void {
    this.editor = editor;
    if (!drawn) editor?.setAnnotations(this.decorated());
    void this.queue.flush();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => {
    if (this.snapshotStale) {
      this.snapshot = this.buildSnapshot();
      this.snapshotStale = false;
    }
    return this.snapshot;
  };

  get(id: string): Annotation | undefined {
    return this.live.get(id);
  }

  /** A new span of `label`; returns its id. */
  create(label: string, range: { start: number; end: number }): string {
    const quote = this.deps.text.slice(range.start, range.end);
    const body: CreateBody = {
      id: this.deps.newId(),
      label,
      ...range,
      quote,
      attributes: this.deps.prefill(label, quote),
      status: 'accepted',
      documentRevision: this.deps.documentRevision,
    };
    const annotation = this.localAnnotationOf(body);
    const { id } = annotation;
    this.setLive(annotation);
    this.editor?.upsert(this.decoration(annotation));
    this.queue.enqueue({ kind: 'create', opId: this.deps.newId(), annotationId: id, body });
    this.history.record({ undo: [{ type: 'setDeleted', id, deleted: true }], redo: [{ type: 'setDeleted', id, deleted: false }] });
    this.select(id);
    return id;
  }

  /** Changes attributes and/or status of annotations, as one undoable step. */
  update(ids: string[], changes: { attributes?: AnnotationAttributes; status?: AnnotationStatus }): void {
    const undo: HistoryOp[] = [];
    const redo: HistoryOp[] = [];
    for (const id of ids) {
      const current = this.live.get(id);
      if (!current) continue;
      undo.push({ type: 'setFields', id, ...(changes.attributes && { attributes: current.attributes }), ...(changes.status && { status: current.status }) });
      redo.push({ type: 'setFields', id, ...changes });
    }
    if (redo.length === 0) return;
    redo.forEach((op) => this.apply(op));
    this.history.record({ undo, redo });
    this.emit();
  }

  /**
   * Puts an annotation on new words (an orphan whose text changed). Not undoable: the old place
   * no longer exists in the text.
   */
  place(id: string, range: { start: number; end: number }): void {
    const current = this.live.get(id);
    if (!current) return;
    const changes: UpdateChanges = { start: range.start, end: range.end, quote: this.deps.text.slice(range.start, range.end) };
    this.applyChanges(id, changes, current.revision + 1);
    this.queue.enqueue({ kind: 'update', opId: this.deps.newId(), annotationId: id, baseRevision: current.revision, changes });
    this.select(id);
  }

  remove(id: string): void {
    if (!this.live.has(id)) return;
    this.apply({ type: 'setDeleted', id, deleted: true });
    this.history.record({ undo: [{ type: 'setDeleted', id, deleted: false }], redo: [{ type: 'setDeleted', id, deleted: true }] });
    this.emit();
  }

  undo(): void {
    this.history.undo()?.slice().reverse().forEach((op) => this.apply(op));
    this.emit();
  }

  redo(): void {
    this.history.redo()?.forEach((op) => this.apply(op));
    this.emit();
  }

  select(id: string | null, stack: string[] = id ? [id] : []): void {
    this.selectedId = id && this.live.has(id) ? id : null;
    this.stack = stack.filter((candidate) => this.live.has(candidate));
    this.editor?.select(this.selectedId);
    this.emit();
  }

  /** Selects and shows one annotation (the list, j/k). */
  reveal(id: string): void {
    this.select(id);
    if (this.selectedId) this.editor?.scrollTo(id);
  }

  /** The next (1) or previous (-1) drawn annotation after the selected one, in screen order. */
  move(direction: 1 | -1): void {
    const editor = this.editor;
    const drawn = this.getSnapshot().annotations
      .filter((a) => a.start !== null && a.status !== 'rejected')
      .map((a) => ({ a, at: editor?.positionOf(a.id) ?? a.start ?? 0 }))
      .sort((x, y) => x.at - y.at)
      .map(({ a }) => a);
    if (drawn.length === 0) return;
    const at = drawn.findIndex((a) => a.id === this.selectedId);
    const next = at === -1 ? (direction === 1 ? 0 : drawn.length - 1) : (at + direction + drawn.length) % drawn.length;
    const target = drawn[next];
    if (target) this.reveal(target.id);
  }

  /** Annotations the server already stored (suggestions): shown, not queued, not undoable. */
  addStored(annotations: Annotation[]): void {
    for (const annotation of annotations) {
      this.setLive(annotation);
      this.editor?.upsert(this.decoration(annotation));
    }
    this.emit();
  }

  /**
   * An annotation the server wrote outside the queue (an earlier revision restored from its
   * history): shown as stored, deleted or not; not undoable, the history holds it instead.
   */
  storeServerState(annotation: Annotation): void {
    this.store(annotation);
    this.emit();
  }

  /**
   * Starts over from the server's state (after a source correction rewrote the offsets). The undo
   * history ends here: what it would undo was recorded against the text and revisions before.
   */
  reset(annotations: Annotation[], text: string, documentRevision: number): void {
    this.deps.text = text;
    this.deps.documentRevision = documentRevision;
    this.textChanged = false;
    this.history.clear();
    this.load(annotations);
    this.editor?.setAnnotations(this.decorated());
    this.emit();
  }

  resolveConflict(choice: 'mine' | 'theirs'): void {
    const current = this.queue.resolveConflict(choice);
    if (current && choice === 'theirs') this.store(current);
    this.emit();
  }

  retryNow(): void {
    void this.queue.flush();
  }

  dismissError(): void {
    this.lastError = null;
    this.emit();
  }

  dispose(): void {
    this.queue.dispose();
  }

  private load(annotations: Annotation[]): void {
    this.live.clear();
    this.deleted.clear();
    this.resortAll = true;
    for (const annotation of annotations) this.live.set(annotation.id, annotation);
    // Changes the server has not confirmed yet are shown as the user left them.
    for (const op of this.queue.pending()) {
      if (op.kind === 'create') {
        if (!this.live.has(op.annotationId)) this.live.set(op.annotationId, this.localAnnotationOf(op.body));
      } else this.applyChanges(op.annotationId, op.changes, op.baseRevision + 1);
    }
  }

  /** The record a create shows until the server answers (context comes from the server). */
  private localAnnotationOf(body: CreateBody): Annotation {
    const now = this.deps.now();
    const { id, label, start, end, quote, attributes, status } = body;
    return {
      id,
      documentId: this.deps.documentId,
      layerUserId: this.deps.layerUserId,
      label,
      start,
      end,
      quote,
      prefix: '',
      suffix: '',
      attributes,
      status: status ?? 'accepted',
      anchor: 'anchored',
      origin: 'manual',
      revision: 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
  }

  private apply(op: HistoryOp): void {
    const current = this.live.get(op.id) ?? this.deleted.get(op.id);
    if (!current) return;
    const changes: UpdateChanges =
      op.type === 'setDeleted'
        ? { deleted: op.deleted }
        : { ...(op.attributes && { attributes: op.attributes }), ...(op.status && { status: op.status }) };
    this.applyChanges(op.id, changes, current.revision + 1);
    this.queue.enqueue({ kind: 'update', opId: this.deps.newId(), annotationId: op.id, baseRevision: current.revision, changes });
  }

  private applyChanges(id: string, changes: UpdateChanges, revision: number): void {
    const current = this.live.get(id) ?? this.deleted.get(id);
    if (!current) return;
    const next: Annotation = {
      ...current,
      ...(changes.attributes && { attributes: changes.attributes }),
      ...(changes.status && { status: changes.status }),
      ...(changes.start !== undefined && changes.end !== undefined && changes.quote !== undefined
        ? { start: changes.start, end: changes.end, quote: changes.quote, anchor: 'anchored' as const }
        : {}),
      deletedAt: changes.deleted === undefined ? current.deletedAt : changes.deleted ? this.deps.now() : null,
      revision,
    };
    this.store(next);
  }

  /** Puts a record where it belongs (live or deleted) and redraws it. */
  private store(annotation: Annotation): void {
    if (annotation.deletedAt) {
      this.live.delete(annotation.id);
      this.changedIds.add(annotation.id);
      this.deleted.set(annotation.id, annotation);
      this.editor?.remove(annotation.id);
      if (this.selectedId === annotation.id) this.selectedId = null;
    } else {
      const before = this.live.get(annotation.id);
      this.deleted.delete(annotation.id);
      this.setLive(annotation);
      // A confirmation usually changes nothing drawn: redrawing would cost a DOM update for nothing.
      const decoration = this.decoration(annotation);
      if (!before || !sameDecoration(this.decoration(before), decoration)) this.editor?.upsert(decoration);
    }
  }

  private confirmed(_op: SyncOp, annotation: Annotation, settled: boolean, documentRevision: number | undefined): void {
    // While later changes to the same annotation wait, the local record is ahead of the server's.
    if (documentRevision !== undefined && documentRevision > this.deps.documentRevision) this.textChanged = true;
    if (settled && !this.textChanged) this.store(annotation);
    this.emit();
  }

  /** Runs while the queue waits, so no confirmation lands between the fetch and the reset. */
  private async rejected(code: string, message: string): Promise<void> {
    this.lastError = { code, message };
    this.emit();
    const fresh = await this.deps.reload();
    if (!fresh) return;
    // Offsets from a newer text cannot be drawn over this one: the page must load the new text.
    if (fresh.documentRevision !== this.deps.documentRevision) {
      this.textChanged = true;
      this.emit();
      return;
    }
    this.reset(fresh.annotations, this.deps.text, fresh.documentRevision);
  }

  private decoration(annotation: Annotation): DecoratedAnnotation {
    return {
      id: annotation.id,
      label: annotation.label,
      status: annotation.status,
      start: annotation.start ?? 0,
      end: annotation.end ?? 0,
      color: this.colors.get(annotation.label) ?? '#868e96',
    };
  }

  /** What the editor draws: every live annotation with offsets. */
  decorated(): DecoratedAnnotation[] {
    return [...this.live.values()].filter((a) => a.start !== null && a.end !== null).map((a) => this.decoration(a));
  }

  private setLive(annotation: Annotation): void {
    this.live.set(annotation.id, annotation);
    this.changedIds.add(annotation.id);
  }

  /** The live annotations by position; the same array as before when none changed (React skips the list). */
  private sortedAnnotations(): Annotation[] {
    if (this.resortAll || this.changedIds.size > MAX_INCREMENTAL_CHANGES) {
      this.sorted = [...this.live.values()].sort(byPosition);
    } else if (this.changedIds.size > 0) {
      const next = this.sorted.filter((a) => !this.changedIds.has(a.id));
      for (const id of this.changedIds) {
        const annotation = this.live.get(id);
        if (annotation) next.splice(insertionIndex(next, annotation), 0, annotation);
      }
      this.sorted = next;
    }
    this.resortAll = false;
    this.changedIds.clear();
    return this.sorted;
  }

  private buildSnapshot(): SessionSnapshot {
    return {
      annotations: this.sortedAnnotations(),
      status: this.queue.status(),
      lastError: this.lastError,
      selectedId: this.selectedId,
      stack: this.stack,
      canUndo: this.history.undoDepth > 0,
      canRedo: this.history.redoDepth > 0,
      textChanged: this.textChanged,
    };
  }

  // The snapshot is built when read, not here: a new span would otherwise re-sort the layer inside
  // the keypress that draws it, while the page reads it only once the browser is idle.
  private emit(): void {
    this.snapshotStale = true;
    for (const listener of this.listeners) listener();
  }
}
