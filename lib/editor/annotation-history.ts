// Undo and redo of annotation operations (create, delete, attribute and status edits). The source
// text is read-only while annotating, so this history is about records, not document steps.

/** One reversible operation, described by what to do to undo it and to redo it. */
export interface HistoryEntry<Op> {
  undo: Op;
  redo: Op;
}

export class AnnotationHistory<Op> {
  private done: HistoryEntry<Op>[] = [];
  private undone: HistoryEntry<Op>[] = [];

  constructor(private readonly depth = 200) {}

  /** Records a new operation; it clears what could be redone. */
  record(entry: HistoryEntry<Op>): void {
    this.done.push(entry);
    if (this.done.length > this.depth) this.done.shift();
    this.undone = [];
  }

  /** The operation that undoes the last one, or undefined when there is nothing to undo. */
  undo(): Op | undefined {
    const entry = this.done.pop();
    if (!entry) return undefined;
    this.undone.push(entry);
    return entry.undo;
  }

  redo(): Op | undefined {
    const entry = this.undone.pop();
    if (!entry) return undefined;
    this.done.push(entry);
    return entry.redo;
  }

  /** Forgets everything (the records it would change were replaced). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  get undoDepth(): number {
    return this.done.length;
  }

  get redoDepth(): number {
    return this.undone.length;
  }
}
