// Opens the embedded SQLite database with the settings every connection needs (WAL, foreign
// keys, a busy timeout) and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate, readMigrations } from './migrate';

export type Db = Database.Database;

export const DEFAULT_DATABASE_PATH = 'data/selaras.db';

/** The database path: `SELARAS_DB` when set, else `data/selaras.db` under the working directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.SELARAS_DB || DEFAULT_DATABASE_PATH);
}

/** Opens (creating if needed) and migrates a database; `:memory:` gives a private test database. */
export function openDatabase(file: string = databasePath(), migrationsDir?: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db, readMigrations(migrationsDir));
  return db;
}

const shared = globalThis as typeof globalThis & { __selarasDb?: { file: string; db: Db } };

/** One connection per server process, reused across requests (and hot reloads in dev). */
export function getDatabase(): Db {
  const file = databasePath();
  if (!shared.__selarasDb || shared.__selarasDb.file !== file) {
    shared.__selarasDb = { file, db: openDatabase(file) };
  }
  return shared.__selarasDb.db;
}
