// Kills writing processes with SIGKILL at random moments during imports and bursts of annotation and
// translation writes, restarts them, and checks that the database is intact, that every write a
// client was told succeeded survived, and that no document was left half-imported.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/seeded-random';
import { openDatabase } from '../../lib/db/connection';
import { seedFile } from '../annotation-store/fixtures';
import { createReliabilityDb, findMissingWrites, startClient, type ClientLine } from './reliability-fixture';

const ROUNDS = 6;
const CLIENTS = 3;

const bench = createReliabilityDb(CLIENTS);
afterAll(() => fs.rmSync(bench.dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('keeps the database consistent and every acknowledged write through SIGKILLs', async () => {
    const random = seededRandom(7);
    const importText = seedFile('000').bytes.toString('utf8');
    const lines: ClientLine[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const clients = Array.from({ length: CLIENTS }, (_, client) =>
        startClient({
          db: bench.file,
          client,
          round,
          seed: round * 100 + client,
          userId: bench.users[client] ?? 0,
          slugs: bench.slugs,
          sharedUnits: 20,
          milliseconds: 60_000,
          importText,
        }),
      );
      await Promise.all(clients.map((c) => c.ready));
      await new Promise((resolve) => setTimeout(resolve, random.int(150, 900)));
      for (const client of clients) client.child.kill('SIGKILL');
      const codes = await Promise.all(clients.map((c) => c.exited));
      expect(codes, clients.map((c) => c.stderr()).join('\n')).toEqual(Array(CLIENTS).fill(null));
      lines.push(...clients.flatMap((c) => c.lines));
    }

    expect(lines.filter((l) => l.t === 'fault')).toEqual([]);
    const acks = lines.filter((l) => l.t === 'ack');
    expect(acks.filter((l) => l.op === 'import').length).toBeGreaterThan(0);
    expect(acks.filter((l) => l.op === 'create').length).toBeGreaterThan(20);

    const db = openDatabase(bench.file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(findMissingWrites(db, lines)).toEqual([]);
      const halfImported = db
        .prepare(
          `SELECT slug FROM documents d
           WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.document_id = d.id)
              OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)`,
        )
        .all();
      expect(halfImported).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);
});
