// Online backup and offline restore of the Selaras database. A backup is taken with SQLite's
// backup API from a consistent snapshot while the server keeps writing; a restore checks that a
// file really is a Selaras database before it replaces the live one, and refuses while anyone
// has the database open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import type { Db } from './connection';
import { readMigrations } from './migrate';

/** Every page in one backup step: the copy is one snapshot, never restarted by concurrent writes. */
const ALL_PAGES = 0x7fffffff;

/** Tables a Selaras database cannot lack (beside schema_migrations). */
const REQUIRED_TABLES = ['documents', 'blocks', 'sentences', 'annotations', 'translations', 'users'];

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
}

function temporaryBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

/** Backs up the database file `dbFile` (backup.unreadable when there is none) to `outFile`. */
export async function backupDatabaseFile(dbFile: string, outFile: string): Promise<BackupResult> {
  let db: Db;
  try {
    db = new Database(dbFile, { fileMustExist: true });
  } catch {
    throw new AppError('backup.unreadable', { file: dbFile });
  }
  try {
    db.pragma('busy_timeout = 5000');
    return await backupDatabase(db, outFile);
  } finally {
    db.close();
  }
}

/**
 * Copies the open database `db` to `outFile` (through a temporary file renamed at the end, so an
 * interrupted backup never leaves a partial file under the name). Throws backup.unwritable.
 */
export async function backupDatabase(db: Db, outFile: string): Promise<BackupResult> {
  const target = path.resolve(outFile);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new AppError('backup.unwritable', { file: outFile });
  if (!fs.existsSync(path.dirname(target))) throw new AppError('backup.unwritable', { file: outFile });
  const temporary = temporaryBeside(target);
  fs.rmSync(temporary, { force: true });
  try {
    // The first step copies nothing and reports the page count; the next copies every page at once.
    const progress = await db.backup(temporary, { progress: () => ALL_PAGES });
    const copy = new Database(temporary);
    try {
      // A backup that later opens in WAL mode must not need a WAL file that is not beside it.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(temporary, target);
    return { file: target, pages: progress.totalPages, bytes: fs.statSync(target).size };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('backup.unwritable', { file: outFile });
  }
}

export type DatabaseCheck = { ok: true; version: number } | { ok: false; code: 'backup.notSelarasDatabase' | 'backup.corrupt' | 'backup.newerSchema'; detail: string };

/** Whether the open database `db` is an intact Selaras database this version can run on. */
export function checkSelarasDatabase(db: Db, knownVersions: readonly number[] = readMigrations().map((m) => m.version)): DatabaseCheck {
  let integrity: string[];
  try {
    integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  } catch (error) {
    // Not a database at all ("file is not a database") reads as corrupt to SQLite.
    return { ok: false, code: 'backup.notSelarasDatabase', detail: error instanceof Error ? error.message : String(error) };
  }
  if (integrity.length !== 1 || integrity[0] !== 'ok') return { ok: false, code: 'backup.corrupt', detail: integrity.slice(0, 3).join('; ') };
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name),
  );
  const missing = ['schema_migrations', ...REQUIRED_TABLES].filter((table) => !tables.has(table));
  if (missing.length > 0) return { ok: false, code: 'backup.notSelarasDatabase', detail: `missing ${missing.join(', ')}` };
  const applied = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version);
  const known = new Set(knownVersions);
  const unknown = applied.filter((version) => !known.has(version));
  // A backup from a newer Selaras holds tables this code does not know how to keep consistent.
  if (unknown.length > 0) return { ok: false, code: 'backup.newerSchema', detail: `unknown migrations ${unknown.join(', ')}` };
  return { ok: true, version: applied.at(-1) ?? 0 };
}

/** Opens `file` read-only and checks it; a file SQLite cannot open is not a Selaras database. */
export function checkDatabaseFile(file: string): DatabaseCheck {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, code: 'backup.notSelarasDatabase', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    return checkSelarasDatabase(db);
  } finally {
    db.close();
  }
}

/**
 * Takes the database at `dbFile` for this process alone, or throws backup.databaseInUse: in WAL
 * mode every open connection keeps a lock that an exclusive lock cannot pass, so this sees a
 * running server or CLI even while it is idle. Folds the WAL into the file before letting go.
 */
function closeUnusedDatabase(dbFile: string): void {
  if (!fs.existsSync(dbFile)) return;
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new AppError('backup.databaseInUse', { file: dbFile });
    throw error;
  } finally {
    db.close();
  }
  // Nobody has the database open and its WAL is folded in: stale side files would be read as the
  // restored database's own.
  fs.rmSync(`${dbFile}-wal`, { force: true });
  fs.rmSync(`${dbFile}-shm`, { force: true });
}

export interface RestoreResult {
  file: string;
  version: number;
  bytes: number;
}

/**
 * Replaces the database at `dbFile` with the backup `backupFile`: checks the backup (integrity,
 * Selaras schema no newer than this code), copies it beside the target, checks the copy, and
 * renames it into place. Refuses (backup.databaseInUse) while the database is open elsewhere.
 */
export function restoreDatabase(backupFile: string, dbFile: string): RestoreResult {
  if (!fs.existsSync(backupFile) || !fs.statSync(backupFile).isFile()) throw new AppError('backup.unreadable', { file: backupFile });
  const check = checkDatabaseFile(backupFile);
  if (!check.ok) throw new AppError(check.code, { file: backupFile, detail: check.detail });
  const target = path.resolve(dbFile);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = temporaryBeside(target);
  fs.rmSync(temporary, { force: true });
  try {
    const source = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(temporary);
    } finally {
      source.close();
    }
    const copied = checkDatabaseFile(temporary);
    if (!copied.ok) throw new AppError(copied.code, { file: backupFile, detail: copied.detail });
    closeUnusedDatabase(target);
    fs.renameSync(temporary, target);
    return { file: target, version: check.version, bytes: fs.statSync(target).size };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
