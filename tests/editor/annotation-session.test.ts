import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, LabelDefinition } from '../../lib/annotations/types';
import { AnnotationSession } from '../../lib/editor/annotation-session';
import { FakeEditor, FakeServer, FakeStorage, settle } from './fakes';

const text = 'Menurut data UNICEF, sekitar 1,2 juta anak diperdagangkan setiap tahun.';
const labels: LabelDefinition[] = [
  { name: 'actor', color: '#1971c2', shortcut: '2', attributes: [] },
  { name: 'statistic', color: '#2f9e44', shortcut: '3', attributes: [] },
];

function range(quote: string) {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
}

function open(server: FakeServer, storage: FakeStorage, initial: Annotation[] = []) {
  let n = 0;
  const session = new AnnotationSession(initial, {
    documentId: 1,
    documentRevision: 1,
    layerUserId: 1,
    text,
    labels,
    storage,
    send: server.send,
    reload: async () => ({ documentRevision: 1, annotations: [...server.records.values()].filter((a) => !a.deletedAt) }),
    prefill: (label): Record<string, number> => (label === 'statistic' ? { value: 1_200_000 } : {}),
    newId: () => `id-${++n}-${Math.random().toString(36).slice(2, 6)}`,
    now: () => '2026-11-23T00:00:00Z',
  });
  const editor = new FakeEditor();
  session.attach(editor);
  return { session, editor };
}

describe('AnnotationSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws a new span at once and says saved only after the server confirmed it', async () => {
    const server = new FakeServer();
    const { session, editor } = open(server, new FakeStorage());
    const id = session.create('statistic', range('sekitar 1,2 juta anak'));
    expect(editor.drawn.has(id)).toBe(true);
    expect(session.getSnapshot().status.state).not.toBe('saved');
    await settle();
    expect(server.records.get(id)?.quote).toBe('sekitar 1,2 juta anak');
    expect(server.records.get(id)?.attributes).toEqual({ value: 1_200_000 });
    expect(session.getSnapshot().status.state).toBe('saved');
  });

  it('keeps changes made offline in storage and sends them after a reload', async () => {
    const server = new FakeServer();
    const storage = new FakeStorage();
    server.online = false;
    const first = open(server, storage);
    const id = first.session.create('actor', range('UNICEF'));
    await settle();
    expect(first.session.getSnapshot().status.state).toBe('offline');
    first.session.dispose();
    // The page is reloaded: the server knows nothing, the queue in storage still has the change.
    const second = open(server, storage);
    expect(second.session.getSnapshot().annotations.map((a) => a.id)).toEqual([id]);
    server.online = true;
    second.session.retryNow();
    await settle();
    expect(server.records.has(id)).toBe(true);
    expect(second.session.getSnapshot().status.state).toBe('saved');
    expect(storage.load()).toEqual([]);
  });

  it('undoes and redoes a creation as a delete and a restore on the server', async () => {
    const server = new FakeServer();
    const { session, editor } = open(server, new FakeStorage());
    const id = session.create('actor', range('UNICEF'));
    await settle();
    session.undo();
    await settle();
    expect(editor.drawn.has(id)).toBe(false);
    expect(server.records.get(id)?.deletedAt).not.toBeNull();
    session.redo();
    await settle();
    expect(editor.drawn.has(id)).toBe(true);
    expect(server.records.get(id)?.deletedAt).toBeNull();
    expect(server.records.get(id)?.revision).toBe(3);
  });

  it('chains the revisions of several changes made before the first was confirmed', async () => {
    const server = new FakeServer();
    const { session } = open(server, new FakeStorage());
    const id = session.create('actor', range('UNICEF'));
    session.update([id], { attributes: { entity: 1 } });
    session.update([id], { attributes: { entity: 2 } });
    await settle();
    expect(server.records.get(id)?.attributes).toEqual({ entity: 2 });
    expect(session.getSnapshot().status.state).toBe('saved');
  });

  it('stops at a conflict and lets the user keep their change or take the server one', async () => {
    const server = new FakeServer();
    const { session } = open(server, new FakeStorage());
    const id = session.create('actor', range('UNICEF'));
    await settle();
    server.changeElsewhere(id, { entity: 7 });
    session.update([id], { attributes: { entity: 3 } });
    await settle();
    const status = session.getSnapshot().status;
    expect(status.state).toBe('conflict');
    if (status.state === 'conflict') expect(status.current.attributes).toEqual({ entity: 7 });
    session.resolveConflict('mine');
    await settle();
    expect(server.records.get(id)?.attributes).toEqual({ entity: 3 });

    server.changeElsewhere(id, { entity: 9 });
    session.update([id], { attributes: { entity: 4 } });
    await settle();
    session.resolveConflict('theirs');
    await settle();
    expect(session.get(id)?.attributes).toEqual({ entity: 9 });
    expect(server.records.get(id)?.attributes).toEqual({ entity: 9 });
    expect(session.getSnapshot().status.state).toBe('saved');
  });

  it('accepts several suggestions as one undoable step', async () => {
    const server = new FakeServer();
    const { session } = open(server, new FakeStorage());
    const a = session.create('actor', range('UNICEF'));
    const b = session.create('statistic', range('1,2 juta anak'));
    session.update([a, b], { status: 'suggested' });
    await settle();
    session.update([a, b], { status: 'accepted' });
    session.undo();
    await settle();
    expect([server.records.get(a)?.status, server.records.get(b)?.status]).toEqual(['suggested', 'suggested']);
  });

  it('moves between annotations in text order with j and k', () => {
    const server = new FakeServer();
    const { session, editor } = open(server, new FakeStorage());
    const late = session.create('statistic', range('1,2 juta anak'));
    const early = session.create('actor', range('UNICEF'));
    session.select(null);
    session.move(1);
    expect(editor.selected).toBe(early);
    session.move(1);
    expect(editor.selected).toBe(late);
    session.move(-1);
    expect(editor.selected).toBe(early);
  });
});

describe('AnnotationSession.place', () => {
  it('puts an orphan back on selected words and saves the new place', async () => {
    const server = new FakeServer();
    const orphan: Annotation = {
      id: 'orphan-1', documentId: 1, layerUserId: 1, label: 'actor', start: null, end: null,
      quote: 'organisasi', prefix: 'ECPAT sebagai ', suffix: ' yang', attributes: {}, status: 'accepted',
      anchor: 'orphaned', origin: 'manual', revision: 2, createdAt: 'x', updatedAt: 'x', deletedAt: null,
    };
    server.records.set(orphan.id, orphan);
    const { session, editor } = open(server, new FakeStorage(), [orphan]);
    expect(editor.drawn.has(orphan.id)).toBe(false);
    session.place(orphan.id, range('UNICEF'));
    await settle();
    expect(editor.drawn.get(orphan.id)).toMatchObject(range('UNICEF'));
    expect(server.records.get(orphan.id)).toMatchObject({ ...range('UNICEF'), quote: 'UNICEF', revision: 3 });
    expect(session.get(orphan.id)?.anchor).toBe('anchored');
  });

  it('keeps the snapshot in text order through creates, deletes and undo, and reuses it when no record changed', () => {
    const server = new FakeServer();
    const { session } = open(server, new FakeStorage());
    const words = ['tahun', 'UNICEF', 'anak', 'Menurut', 'juta', 'data'];
    const ids = words.map((word) => session.create('actor', range(word)));
    const order = () => session.getSnapshot().annotations.map((a) => a.quote);
    const inText = (list: string[]) => [...list].sort((a, b) => text.indexOf(a) - text.indexOf(b));
    expect(order()).toEqual(inText(words));
    session.remove(ids[1] as string);
    expect(order()).toEqual(inText(words.filter((w) => w !== 'UNICEF')));
    session.undo();
    expect(order()).toEqual(inText(words));
    const before = session.getSnapshot().annotations;
    session.select(ids[2] as string);
    expect(session.getSnapshot().annotations).toBe(before);
  });

  it('sends a new change when the page says (after the keypress is painted), having saved it at once', async () => {
    const server = new FakeServer();
    const storage = new FakeStorage();
    const waiting: Array<() => void> = [];
    const session = new AnnotationSession([], {
      documentId: 1,
      documentRevision: 1,
      layerUserId: 1,
      text,
      labels,
      storage,
      send: server.send,
      reload: async () => null,
      prefill: () => ({}),
      newId: () => crypto.randomUUID(),
      now: () => '2026-11-23T00:00:00Z',
      sendLater: (run) => waiting.push(run),
    });
    const id = session.create('actor', range('UNICEF'));
    expect(storage.load().map((op) => op.annotationId)).toEqual([id]);
    await settle();
    expect(server.records.has(id)).toBe(false);
    waiting.forEach((run) => run());
    await settle();
    expect(server.records.has(id)).toBe(true);
    expect(session.getSnapshot().status.state).toBe('saved');
  });
});
