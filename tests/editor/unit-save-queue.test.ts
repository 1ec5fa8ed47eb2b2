import { describe, expect, it } from 'vitest';
import { UnitSaveQueue, type PendingSave, type UnitSaveResult, type UnitSaveStatus } from '../../lib/editor/unit-save-queue';
import { settle } from './fakes';

interface Unit {
  sentenceId: number;
  text: string;
  revision: number;
}

class FakeUnitServer {
  units = new Map<number, Unit>();
  online = true;
  calls = 0;
  send = async (save: PendingSave): Promise<UnitSaveResult<Unit>> => {
    this.calls++;
    if (!this.online) return { type: 'network' };
    const current = this.units.get(save.sentenceId) ?? { sentenceId: save.sentenceId, text: '', revision: 0 };
    if (current.revision !== save.baseRevision) return { type: 'conflict', current, revision: current.revision };
    const next = { sentenceId: save.sentenceId, text: save.text, revision: current.revision + 1 };
    this.units.set(save.sentenceId, next);
    return { type: 'ok', unit: next, revision: next.revision };
  };
}

function memoryStorage() {
  let saved: PendingSave[] = [];
  return { load: () => saved.map((s) => ({ ...s })), save: (p: PendingSave[]) => (saved = p.map((s) => ({ ...s }))) };
}

function queueOf(server: FakeUnitServer, storage = memoryStorage()) {
  const statuses: Array<UnitSaveStatus<Unit>['state']> = [];
  const queue = new UnitSaveQueue<Unit>(storage, server.send, {
    onStatus: (s) => statuses.push(s.state),
    onSaved: () => undefined,
    onRejected: () => undefined,
  });
  return { queue, statuses, storage };
}

describe('UnitSaveQueue', () => {
  it('keeps only the latest text of a unit while it waits', async () => {
    const server = new FakeUnitServer();
    server.online = false;
    const { queue } = queueOf(server);
    queue.enqueue({ sentenceId: 1, baseRevision: 0, text: 'Every', status: 'draft' });
    await settle();
    queue.enqueue({ sentenceId: 1, baseRevision: 0, text: 'Every year', status: 'draft' });
    expect(queue.waiting()).toHaveLength(1);
    server.online = true;
    await queue.flush();
    await settle();
    expect(server.units.get(1)?.text).toBe('Every year');
    expect(queue.status().state).toBe('saved');
  });

  it('survives a reload through its storage', async () => {
    const server = new FakeUnitServer();
    server.online = false;
    const first = queueOf(server);
    first.queue.enqueue({ sentenceId: 2, baseRevision: 0, text: 'Cambodia', status: 'draft' });
    await settle();
    first.queue.dispose();
    server.online = true;
    const second = queueOf(server, first.storage);
    expect(second.queue.waiting().map((p) => p.text)).toEqual(['Cambodia']);
    await second.queue.flush();
    expect(server.units.get(2)?.text).toBe('Cambodia');
  });

  it('stops at a conflict and resends over the server revision when the user keeps theirs', async () => {
    const server = new FakeUnitServer();
    server.units.set(3, { sentenceId: 3, text: 'theirs', revision: 4 });
    const { queue } = queueOf(server);
    queue.enqueue({ sentenceId: 3, baseRevision: 2, text: 'mine', status: 'translated' });
    await settle();
    const status = queue.status();
    expect(status.state).toBe('conflict');
    if (status.state === 'conflict') expect(status.current.text).toBe('theirs');
    queue.resolveConflict('mine');
    await settle();
    expect(server.units.get(3)).toEqual({ sentenceId: 3, text: 'mine', revision: 5 });
  });

  it('drops the waiting text when the user takes the server one', async () => {
    const server = new FakeUnitServer();
    server.units.set(4, { sentenceId: 4, text: 'theirs', revision: 1 });
    const { queue } = queueOf(server);
    queue.enqueue({ sentenceId: 4, baseRevision: 0, text: 'mine', status: 'draft' });
    await settle();
    expect(queue.resolveConflict('theirs')?.text).toBe('theirs');
    expect(queue.waiting()).toEqual([]);
    expect(server.units.get(4)?.text).toBe('theirs');
  });

  it('chains a text typed while the previous one was in flight onto the stored revision', async () => {
    const server = new FakeUnitServer();
    const { queue } = queueOf(server);
    queue.enqueue({ sentenceId: 5, baseRevision: 0, text: 'a', status: 'draft' });
    queue.enqueue({ sentenceId: 5, baseRevision: 0, text: 'ab', status: 'draft' });
    await settle();
    expect(server.units.get(5)).toEqual({ sentenceId: 5, text: 'ab', revision: 2 });
    expect(queue.status().state).toBe('saved');
  });
});
