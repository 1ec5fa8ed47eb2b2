// Eight clients, each its own process and database connection, write annotations and translations
// to the same two documents for a few seconds: every acknowledged write is stored, every refused
// one was really stale (409), and no SQLITE_BUSY (or any other fault) reaches a client.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/connection';
import { createReliabilityDb, findDoubleAcknowledgements, findMissingWrites, startClient, type ClientLine } from './reliability-fixture';

const CLIENTS = 8;
const MILLISECONDS = 4_000;

const bench = createReliabilityDb(CLIENTS / 2);
afterAll(() => fs.rmSync(bench.dir, { recursive: true, force: true }));

describe('concurrent writers', () => {
  it('keeps every acknowledged write and answers every stale one with 409', async () => {
    // Two clients per account, like one person in two tabs: their annotation edits collide too.
    const clients = Array.from({ length: CLIENTS }, (_, client) =>
      startClient({
        db: bench.file,
        client,
        round: 0,
        seed: 1000 + client,
        userId: bench.users[client % bench.users.length] ?? 0,
        slugs: bench.slugs,
        sharedUnits: 12,
        milliseconds: MILLISECONDS,
      }),
    );
    const codes = await Promise.all(clients.map((c) => c.exited));
    const lines: ClientLine[] = clients.flatMap((c) => c.lines);
    expect(codes, clients.map((c) => c.stderr()).join('\n')).toEqual(Array(CLIENTS).fill(0));

    expect(lines.filter((l) => l.t === 'fault')).toEqual([]);
    expect(lines.filter((l) => l.t === 'refused')).toEqual([]);
    const acks = lines.filter((l) => l.t === 'ack');
    const stale = lines.filter((l) => l.t === 'stale');
    // The run must have produced both outcomes for the check to mean something.
    expect(acks.filter((l) => l.op === 'create').length).toBeGreaterThan(50);
    expect(acks.filter((l) => l.op === 'translate').length).toBeGreaterThan(20);
    expect(stale.filter((l) => l.op === 'translate').length).toBeGreaterThan(0);

    const db = openDatabase(bench.file);
    try {
      expect(findMissingWrites(db, lines)).toEqual([]);
      expect(findDoubleAcknowledgements(lines)).toEqual([]);
      // A 409 is right only if someone else had written the revision after the one the client saw.
      const annotationRevision = db.prepare('SELECT revision FROM annotations WHERE id = ?');
      const translationRevision = db.prepare('SELECT revision FROM translations WHERE sentence_id = ?');
      const wronglyRefused = stale.filter((line) => {
        const row = (line.op === 'patch' ? annotationRevision.get(line.key) : translationRevision.get(Number(line.key))) as
          | { revision: number }
          | undefined;
        return (row?.revision ?? 0) <= line.revision;
      });
      expect(wronglyRefused).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 60_000);
});
