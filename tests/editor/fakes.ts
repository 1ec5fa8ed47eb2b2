// Hand-written fakes for the editor's session tests: a server that stores annotations with
// revisions, a storage like localStorage, and an editor port that records what it was told.
import type { Annotation } from '../../lib/annotations/types';
import type { EditorPort } from '../../lib/editor/annotation-session';
import type { QueueStorage, SendResult, SyncOp } from '../../lib/editor/sync-queue';

export class FakeStorage implements QueueStorage {
  saved = '[]';
  load(): SyncOp[] {
    return JSON.parse(this.saved) as SyncOp[];
  }
  save(ops: SyncOp[]): void {
    this.saved = JSON.stringify(ops);
  }
}

export class FakeServer {
  readonly records = new Map<string, Annotation>();
  online = true;
  sent: SyncOp[] = [];

  send = async (op: SyncOp): Promise<SendResult> => {
    if (!this.online) return { type: 'network' };
    this.sent.push(op);
    if (op.kind === 'create') {
      const now = '2026-11-23T00:00:00Z';
      const record: Annotation = {
        ...op.body,
        documentId: 1,
        layerUserId: 1,
        prefix: '',
        suffix: '',
        status: op.body.status ?? 'accepted',
        anchor: 'anchored',
        origin: 'manual',
        revision: 1,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      this.records.set(record.id, record);
      return { type: 'ok', annotation: record };
    }
    const current = this.records.get(op.annotationId);
    if (!current) return { type: 'rejected', code: 'annotation.notFound', message: 'not found' };
    if (current.revision !== op.baseRevision) return { type: 'conflict', current };
    const { deleted, ...changes } = op.changes;
    const next: Annotation = {
      ...current,
      ...changes,
      deletedAt: deleted === undefined ? current.deletedAt : deleted ? 'now' : null,
      // Like the real server: a span given a new place is anchored again.
      anchor: changes.start !== undefined ? 'anchored' : current.anchor,
      revision: current.revision + 1,
    };
    this.records.set(next.id, next);
    return { type: 'ok', annotation: next };
  };

  /** Someone else changes a record (another tab). */
  changeElsewhere(id: string, attributes: Annotation['attributes']): void {
    const current = this.records.get(id);
    if (current) this.records.set(id, { ...current, attributes, revision: current.revision + 1 });
  }
}

export class FakeEditor implements EditorPort {
  drawn = new Map<string, { start: number; end: number; status: string }>();
  selected: string | null = null;
  setAnnotations(list: Array<{ id: string; start: number; end: number; status: string }>): void {
    this.drawn = new Map(list.map((a) => [a.id, a]));
  }
  upsert(a: { id: string; start: number; end: number; status: string }): void {
    this.drawn.set(a.id, a);
  }
  remove(id: string): void {
    this.drawn.delete(id);
  }
  select(id: string | null): void {
    this.selected = id;
  }
  scrollTo(): void {}
  positionOf(id: string): number | null {
    return this.drawn.get(id)?.start ?? null;
  }
}

/** Lets queued promises run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
