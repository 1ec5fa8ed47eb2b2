// Backup while clients write, restore into a new path, and the restored database exports exactly
// what the source held at the backup point; the CLI's backup and restore, and what restore refuses.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../lib/db/backup-database';
import { openDatabase, type Db } from '../../lib/db/connection';
import { exportChunks } from '../../lib/export-store/write-export';
import { caught } from '../helpers/caught-app-error';
import { runSelarasCli } from '../helpers/run-selaras-cli';
import { createReliabilityDb, findMissingWrites, startClient, type RunningClient } from './reliability-fixture';

const bench = createReliabilityDb(2);
afterAll(() => fs.rmSync(bench.dir, { recursive: true, force: true }));

const at = (name: string): string => path.join(bench.dir, name);

function alignedJson(db: Db): string {
  const chunks = exportChunks(db, { format: 'aligned-json', filters: {} }, { baseUrl: 'http://localhost:3000', exportedAt: '2025-01-01T00:00:00.000Z' });
  return [...chunks].join('');
}

function startWriters(round: number): RunningClient[] {
  return bench.users.map((userId, client) =>
    startClient({ db: bench.file, client, round, seed: round * 10 + client, userId, slugs: bench.slugs, sharedUnits: 10, milliseconds: 2_500 }),
  );
}

describe('backupDatabase and restoreDatabase', () => {
  it('restores, from a backup taken during writes, the export of the source at the backup point', async () => {
    const writers = startWriters(1);
    await Promise.all(writers.map((w) => w.ready));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const source = openDatabase(bench.file);
    let expected: string;
    try {
      // One read transaction pins a snapshot: the export and the backup both read exactly it.
      source.exec('BEGIN');
      expected = alignedJson(source);
      await backupDatabase(source, at('during.db'));
      source.exec('COMMIT');
    } finally {
      source.close();
    }
    await Promise.all(writers.map((w) => w.exited));
    expect(writers.flatMap((w) => w.lines).filter((l) => l.t === 'fault')).toEqual([]);

    restoreDatabase(at('during.db'), at('restored/selaras.db'));
    const restored = openDatabase(at('restored/selaras.db'));
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(alignedJson(restored)).toBe(expected);
      expect(expected).toContain('"annotations"');
    } finally {
      restored.close();
    }
  }, 60_000);

  it('backs up from the command line while clients write, and restores from it', async () => {
    const writers = startWriters(2);
    await Promise.all(writers.map((w) => w.ready));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const acknowledgedBefore = writers.flatMap((w) => [...w.lines]);
    const backup = runSelarasCli(['backup', at('cli.db')], { db: bench.file });
    await Promise.all(writers.map((w) => w.exited));
    expect(backup.stderrLines).toEqual([]);
    expect(backup.status).toBe(0);

    const target = at('cli-restored/selaras.db');
    const restore = runSelarasCli(['restore', at('cli.db')], { db: target });
    expect(restore.stderrLines).toEqual([]);
    expect(restore.status).toBe(0);
    const restored = openDatabase(target);
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(findMissingWrites(restored, acknowledgedBefore)).toEqual([]);
    } finally {
      restored.close();
    }
  }, 60_000);

  it('refuses a file that is not a Selaras database, with one line on stderr and nothing written', () => {
    fs.writeFileSync(at('not-a-db.db'), 'SQLite format 3\0 but not really');
    const plain = new Database(at('other-app.db'));
    plain.exec('CREATE TABLE notes (text TEXT)');
    plain.close();
    const target = at('untouched/selaras.db');
    for (const file of [at('not-a-db.db'), at('other-app.db'), at('missing.db')]) {
      const result = runSelarasCli(['restore', file], { db: target });
      expect(result.status).toBe(1);
      expect(result.stderrLines).toHaveLength(1);
    }
    expect(fs.existsSync(target)).toBe(false);
    expect(caught(() => restoreDatabase(at('other-app.db'), target)).code).toBe('backup.notSelarasDatabase');
  });

  it('refuses a backup from a newer schema', async () => {
    const db = openDatabase(bench.file);
    try {
      await backupDatabase(db, at('newer.db'));
    } finally {
      db.close();
    }
    const newer = new Database(at('newer.db'));
    newer.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2099-01-01')").run();
    newer.close();
    expect(caught(() => restoreDatabase(at('newer.db'), at('future/selaras.db'))).code).toBe('backup.newerSchema');
  });

  it('refuses to restore over a database another process has open', async () => {
    const live = openDatabase(bench.file);
    try {
      await backupDatabase(live, at('while-open.db'));
      expect(caught(() => restoreDatabase(at('while-open.db'), bench.file)).code).toBe('backup.databaseInUse');
      expect(live.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      live.close();
    }
  });

  it('refuses a backup without a file name', () => {
    const result = runSelarasCli(['backup'], { db: bench.file });
    expect(result.status).toBe(2);
    expect(result.stderrLines).toHaveLength(1);
  });
});
