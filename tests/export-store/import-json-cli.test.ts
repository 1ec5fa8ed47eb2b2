import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/connection';
import { runSelarasCli } from '../helpers/run-selaras-cli';
import { exportAll, restoreBench } from './restore-fixtures';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-import-json-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const bench = restoreBench();
const exported = exportAll(bench.db);
const file = path.join(work, 'corpus.json');
fs.writeFileSync(file, exported);

function countDocuments(db: string): number {
  const conn = openDatabase(db);
  try {
    return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe('selaras import-json', () => {
  it('restores an export into a new database, prints the report, and exporting again gives the same file', () => {
    const db = path.join(work, 'restored.db');
    const result = runSelarasCli(['import-json', file], { db });
    expect(result.stderrLines.filter((line) => line.startsWith('selaras:'))).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Documents: 3 restored, 0 added, 0 merged, 0 not taken');
    const conn = openDatabase(db);
    try {
      expect(exportAll(conn)).toBe(exported);
    } finally {
      conn.close();
    }
  });

  it('merges into a database that has documents, listing what it skipped', () => {
    const db = path.join(work, 'merged.db');
    expect(runSelarasCli(['import-json', file], { db }).status).toBe(0);
    const result = runSelarasCli(['import-json', file], { db });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Merged into');
    expect(result.stdout).toContain('Documents: 0 restored, 0 added, 3 merged');
  });

  it('refuses a restore into a database that has documents, with one line on stderr', () => {
    const db = path.join(work, 'full.db');
    expect(runSelarasCli(['import-json', file], { db }).status).toBe(0);
    const result = runSelarasCli(['import-json', file, '--mode', 'restore'], { db });
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toMatch(/^selaras: /);
  });

  it('refuses a corrupt file with exit 1, one line on stderr, and nothing written', () => {
    const db = path.join(work, 'corrupt.db');
    const corrupt = path.join(work, 'corrupt.json');
    fs.writeFileSync(corrupt, exported.replace('"rawSha256":"', '"rawSha256":"zz'));
    const result = runSelarasCli(['import-json', corrupt], { db });
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toContain('rawSha256');
    expect(countDocuments(db)).toBe(0);
  });

  it('refuses an unknown mode with exit 2', () => {
    const result = runSelarasCli(['import-json', file, '--mode', 'overwrite'], { db: path.join(work, 'mode.db') });
    expect(result.status).toBe(2);
    expect(result.stderrLines).toHaveLength(1);
  });
});
