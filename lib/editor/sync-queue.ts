// The browser's queue of annotation writes not yet confirmed by the server. It is saved after
// every change (so it survives a reload), sends one operation at a time in order, retries on
// network failure, and stops at a revision conflict until the user chooses a side.
import type { Annotation, AnnotationAttributes, AnnotationStatus, NewAnnotation } from '../annotations/types';

export type CreateBody = NewAnnotation;

export interface UpdateChanges {
  attributes?: AnnotationAttributes;
  status?: AnnotationStatus;
  deleted?: boolean;
  /** A new place for the span (an orphan put back on words): all three together. */
  start?: number;
  end?: number;
  quote?: string;
}

export type SyncOp =
  | { kind: 'create'; opId: string; annotationId: string; body: CreateBody }
  | { kind: 'update'; opId: string; annotationId: string; baseRevision: number; changes: UpdateChanges };

/** Why writes wait: no answer, or an answer that says "not now" (signed out, rate limited, a server fault). */
export interface WaitReason {
  code: string;
  message: string;
}

export type SendResult =
  | { type: 'ok'; annotation: Annotation; documentRevision?: number }
  | { type: 'conflict'; current: Annotation }
  | { type: 'rejected'; code: string; message: string }
  | { type: 'network'; reason?: WaitReason };

export interface QueueStorage {
  load(): SyncOp[];
  save(ops: SyncOp[]): void;
}

export type SyncStatus =
  | { state: 'saved' }
  | { state: 'saving'; pending: number }
  | { state: 'offline'; pending: number; reason?: WaitReason }
  | { state: 'conflict'; pending: number; op: SyncOp; current: Annotation };

export interface SyncListener {
  onStatus(status: SyncStatus): void;
  /** The server stored `op`; `settled` is true when no later operation on that annotation waits. */
  onConfirmed(op: SyncOp, annotation: Annotation, settled: boolean, documentRevision?: number): void;
  /** The server refused `op` for good; the queue waits for this (a reload of the layer) before going on. */
  onRejected(op: SyncOp, code: string, message: string): Promise<void> | void;
}

const MAX_RETRY_MS = 15_000;

export class SyncQueue {
  private ops: SyncOp[];
  private sending = false;
  private conflict: { op: SyncOp; current: Annotation } | null = null;
  private retryDelay = 1_000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private offline = false;
  private waitReason: WaitReason | undefined;
  /** A flush asked for while one runs (the browser came back online mid-attempt). */
  private flushAgain = false;

  /**
   * `later` runs the sending a new operation starts: at once by default; the annotate page lets it
   * wait until the browser has painted the keypress (the operation is saved before either way).
   */
  constructor(
    private readonly storage: QueueStorage,
    private readonly send: (op: SyncOp) => Promise<SendResult>,
    private readonly listener: SyncListener,
    private readonly later: (run: () => void) => void = (run) => run(),
  ) {
    this.ops = storage.load();
  }

  /** Operations waiting for the server, oldest first (for replaying them over loaded data). */
  pending(): readonly SyncOp[] {
    return this.ops;
  }

  status(): SyncStatus {
    const pending = this.ops.length;
    if (this.conflict) return { state: 'conflict', pending, ...this.conflict };
    if (pending === 0) return { state: 'saved' };
    return this.offline ? { state: 'offline', pending, ...(this.waitReason && { reason: this.waitReason }) } : { state: 'saving', pending };
  }

  enqueue(op: SyncOp): void {
    this.ops.push(op);
    this.persist();
    this.later(() => void this.flush());
  }

  /** Sends what waits, in order, until the queue is empty, the network fails or a conflict stops it. */
  async flush(): Promise<void> {
    if (this.conflict) return;
    if (this.sending) {
      this.flushAgain = true;
      return;
    }
    this.flushAgain = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.sending = true;
    try {
      for (let op = this.ops[0]; op && !this.conflict; op = this.ops[0]) {
        this.listener.onStatus(this.status());
        const result = await this.send(op);
        if (result.type === 'network') {
          // Kept, never dropped: a signed-out user signs in again, a server fault passes.
          this.offline = true;
          this.waitReason = result.reason;
          this.scheduleRetry();
          break;
        }
        this.offline = false;
        this.waitReason = undefined;
        this.retryDelay = 1_000;
        if (result.type === 'conflict') {
          this.conflict = { op, current: result.current };
          break;
        }
        this.ops.shift();
        if (result.type === 'ok') this.rebaseNext(op.annotationId, result.annotation.revision);
        this.persist();
        if (result.type === 'ok') {
          const settled = !this.ops.some((next) => next.annotationId === op.annotationId);
          this.listener.onConfirmed(op, result.annotation, settled, result.documentRevision);
        } else await this.listener.onRejected(op, result.code, result.message);
      }
    } finally {
      this.sending = false;
      this.listener.onStatus(this.status());
    }
    if (this.flushAgain && this.ops.length > 0) await this.flush();
  }

  /**
   * Ends a conflict: 'mine' sends the waiting change again over the server's revision; 'theirs'
   * drops it and every later change to that annotation.
   */
  resolveConflict(choice: 'mine' | 'theirs'): Annotation | null {
    const conflict = this.conflict;
    if (!conflict) return null;
    this.conflict = null;
    const id = conflict.op.annotationId;
    if (choice === 'mine') {
      const head = this.ops[0];
      // Keeping a change to an annotation deleted elsewhere means restoring it with the change.
      const restore = conflict.current.deletedAt && head?.kind === 'update' && head.changes.deleted === undefined;
      if (head && head.kind === 'update') {
        this.ops[0] = { ...head, baseRevision: conflict.current.revision, changes: restore ? { ...head.changes, deleted: false } : head.changes };
      }
    } else {
      this.ops = this.ops.filter((op) => op.annotationId !== id);
    }
    this.persist();
    void this.flush();
    return conflict.current;
  }

  /** Stops retrying (the page is going away). */
  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private rebaseNext(annotationId: string, revision: number): void {
    const index = this.ops.findIndex((op) => op.annotationId === annotationId);
    const next = this.ops[index];
    if (next && next.kind === 'update') this.ops[index] = { ...next, baseRevision: revision };
  }

  private scheduleRetry(): void {
    this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  private persist(): void {
    this.storage.save(this.ops);
  }
}
