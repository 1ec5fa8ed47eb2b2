import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../lib/db/migrate';
import { runSelarasCli } from '../helpers/run-selaras-cli';

const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function selaras(args: string[], db: string, cwd = ROOT) {
  return runSelarasCli(args, { db, cwd, env: { SELARAS_IMPORT_ROOT: '/' } });
}

function documentCount(db: string): number {
  if (!fs.existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true });
  try {
    const table = conn.prepare("SELECT 1 FROM sqlite_master WHERE name = 'documents'").get();
    return table ? (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : 0;
  } finally {
    conn.close();
  }
}

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(work, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes);
  return target;
}

describe('selaras import', () => {
  const db = path.join(work, 'cli.db');

  it('imports the corpus folder, then finds nothing new on a second run', () => {
    const first = selaras(['import', path.join(ROOT, 'corpus')], db);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/000_f4d1cfb1bebb442f\.txt: imported/);
    expect(documentCount(db)).toBe(5);
    const second = selaras(['import', path.join(ROOT, 'corpus')], db);
    expect(second.status).toBe(0);
    expect(second.stdout.match(/already imported/g)).toHaveLength(5);
    expect(documentCount(db)).toBe(5);
  });

  it('records who imported from the command line', () => {
    const conn = new Database(db, { readonly: true });
    const actors = conn.prepare("SELECT DISTINCT actor FROM audit_log WHERE action = 'document.import'").all();
    conn.close();
    expect(actors).toEqual([{ actor: expect.stringMatching(/^cli(:.+)?$/) }]);
  });

  const badInputs: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => file('kosong.txt', ''), /kosong\.txt is empty/],
    ['a NUL byte', () => file('nul.txt', 'BAB IV\n\0'), /NUL byte at line 2/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x0a])), /not valid UTF-8: line 2, byte 3 \(0xE9\)/],
    ['an unreadable path', () => path.join(work, 'missing.txt'), /cannot be read/],
    ['a folder with one bad file among good ones', () => {
      file('batch/a.txt', 'Kesimpulan\n\nSatu kalimat.\n');
      return path.dirname(file('batch/b.txt', ''));
    }, /b\.txt is empty/],
  ];

  for (const [what, make, message] of badInputs) {
    it(`refuses ${what} with one line on stderr and writes nothing`, () => {
      const fresh = path.join(work, `${what.replace(/\W+/g, '-')}.db`);
      const result = selaras(['import', make()], fresh);
      expect(result.status).not.toBe(0);
      expect(result.stderrLines).toHaveLength(1);
      expect(result.stderrLines[0]).toMatch(message);
      expect(documentCount(fresh)).toBe(0);
    });
  }

  it('refuses a file over the configured size limit', () => {
    const fresh = path.join(work, 'big.db');
    const result = selaras(['import', file('besar.txt', 'kata '.repeat(100)), '--max-bytes', '100'], fresh);
    expect(result.status).not.toBe(0);
    expect(result.stderrLines).toEqual([expect.stringMatching(/besar\.txt is 500 bytes, over the limit of 100 bytes/)]);
  });

  it('sets up an empty database even where there is no corpus/ folder', () => {
    const elsewhere = fs.mkdtempSync(path.join(work, 'nocorpus-'));
    const fresh = path.join(elsewhere, 'setup.db');
    const result = selaras(['setup-db'], fresh, elsewhere);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No corpus\/ folder/);
    expect(documentCount(fresh)).toBe(0);
    const conn = new Database(fresh, { readonly: true });
    expect(conn.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: readMigrations().length });
    conn.close();
  });

  it('refuses a path outside the import folder', () => {
    const fresh = path.join(work, 'outside.db');
    const inside = path.join(work, 'allowed');
    fs.mkdirSync(inside, { recursive: true });
    const result = selaras(['import', path.join(ROOT, 'corpus'), '--root', inside], fresh);
    expect(result.status).not.toBe(0);
    expect(result.stderrLines).toEqual([expect.stringMatching(/outside the import folder/)]);
    expect(documentCount(fresh)).toBe(0);
  });
});
