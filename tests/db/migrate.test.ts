import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/connection';
import { appliedMigrations, migrate, readMigrations } from '../../lib/db/migrate';

const dirs: string[] = [];
function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-migrations-'));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tableNames(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => (row as { name: string }).name);
}

describe('migrate', () => {
  it('applies the numbered files in order and records each one', () => {
    const dir = migrationsDir({
      '002_add_b.sql': 'CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id)) STRICT;',
      '001_add_a.sql': 'CREATE TABLE a (id INTEGER PRIMARY KEY) STRICT;',
      'notes.txt': 'not a migration',
    });
    const db = new Database(':memory:');
    expect(migrate(db, readMigrations(dir))).toEqual([1, 2]);
    expect(appliedMigrations(db)).toEqual([1, 2]);
    expect(migrate(db, readMigrations(dir))).toEqual([]);
  });

  it('leaves the database as it was when a migration fails', () => {
    const dir = migrationsDir({
      '001_add_a.sql': 'CREATE TABLE a (id INTEGER PRIMARY KEY) STRICT; INSERT INTO a VALUES (1);',
      '002_broken.sql': 'CREATE TABLE c (id INTEGER PRIMARY KEY) STRICT; INSERT INTO a VALUES (2); SELECT * FROM missing_table;',
    });
    const db = new Database(':memory:');
    expect(() => migrate(db, readMigrations(dir))).toThrow(/missing_table/);
    expect(appliedMigrations(db)).toEqual([1]);
    expect(tableNames(db)).toEqual(['a', 'schema_migrations']);
    expect(db.prepare('SELECT id FROM a').all()).toEqual([{ id: 1 }]);
  });

  it('refuses two migrations with the same number', () => {
    const dir = migrationsDir({ '001_a.sql': 'SELECT 1;', '001_b.sql': 'SELECT 1;' });
    expect(() => readMigrations(dir)).toThrow(RangeError);
  });
});

describe('openDatabase', () => {
  it('creates the file in WAL mode with foreign keys on and the core schema', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-db-'));
    dirs.push(dir);
    const db = openDatabase(path.join(dir, 'nested', 'selaras.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['audit_log', 'blocks', 'documents', 'sentences', 'sessions', 'users']),
    );
    const strict = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get() as { sql: string };
    expect(strict.sql).toMatch(/STRICT$/);
    db.close();
  });
});

describe('migrate from several processes', () => {
  it('applies each migration once when processes open a new database together', async () => {
    const { spawn } = await import('node:child_process');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-race-'));
    dirs.push(dir);
    const file = path.join(dir, 'race.db');
    const root = path.resolve(__dirname, '../..');
    const script = path.join(dir, 'open.ts');
    fs.writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(path.join(root, 'lib/db/connection'))};\nopenDatabase(${JSON.stringify(file)}).close();\n`,
    );
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'ignore' });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([run(), run(), run(), run()]);
    expect(codes).toEqual([0, 0, 0, 0]);
    const db = new Database(file);
    expect(appliedMigrations(db)).toEqual(readMigrations().map((m) => m.version));
    db.close();
  });
});
