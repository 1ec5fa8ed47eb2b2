// `backup <file>`: copies the live database with SQLite's online backup API, so it runs while the
// server writes; the file appears only when the copy is complete.
import { t, refuseUnknownOptions, UsageError } from '../cli-support';
import { databasePath } from '../../lib/db/connection';
import { backupDatabaseFile } from '../../lib/db/backup-database';
import { isAppError } from '../../lib/errors';

/** Ends the process with one stderr line, as the synchronous commands do through main(). */
export function reportAsyncFailure(error: unknown): void {
  const message = isAppError(error) ? t(error.messageKey, error.params) : error instanceof Error ? error.message : String(error);
  process.stderr.write(`selaras: ${message}\n`);
  process.exitCode = 1;
}

export function runBackup(args: string[]): void {
  refuseUnknownOptions(args);
  const [file] = args;
  if (args.length !== 1 || !file) throw new UsageError(t('cli.backupNeedsFile'));
  backupDatabaseFile(databasePath(), file).then(
    (result) => console.log(t('cli.backedUp', { source: databasePath(), file: result.file, bytes: result.bytes })),
    reportAsyncFailure,
  );
}
