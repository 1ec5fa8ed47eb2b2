// Applies the numbered SQL files of migrations/ in order, each in its own transaction, and
// records them, so a failed migration leaves the database exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The project's migrations/: beside the working directory (where `npm start` and `next start`
 * run), else found from this file, so the CLI works from any folder.
 */
export function defaultMigrationsDir(): string {
  const candidates = [path.resolve(process.cwd(), 'migrations'), path.resolve(__dirname, '../../migrations')];
  return candidates.find((dir) => fs.existsSync(dir)) ?? candidates[0] ?? 'migrations';
}

/** Reads `NNN_name.sql` files, sorted by number; refuses duplicate numbers. */
export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const migrations = fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version) {
      throw new RangeError(`Two migrations share number ${migrations[i]?.version}`);
    }
  }
  return migrations;
}

/**
 * Applies every migration not yet recorded; returns the versions it applied. Each one is checked
 * and applied inside one IMMEDIATE transaction, so two processes opening a new database at once
 * (the server and the CLI) never apply the same migration twice.
 */
export function migrate(db: Database.Database, migrations: Migration[] = readMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)',
  );
  const done: number[] = [];
  for (const migration of migrations) {
    const applied = db
      .transaction(() => {
        if (isApplied.get(migration.version)) return false;
        db.exec(migration.sql);
        record.run({ version: migration.version, name: migration.name, appliedAt: new Date().toISOString() });
        return true;
      })
      .immediate();
    if (applied) done.push(migration.version);
  }
  return done;
}

/** The versions recorded as applied, ascending. */
export function appliedMigrations(db: Database.Database): number[] {
  return db
    .prepare('SELECT version FROM schema_migrations ORDER BY version')
    .all()
    .map((row) => (row as { version: number }).version);
}
