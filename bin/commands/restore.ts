// `restore <file>`: replaces the database with a backup after checking it is an intact Selaras
// database; refuses while the server (or any other process) has the database open.
import { t, refuseUnknownOptions, UsageError } from '../cli-support';
import { databasePath } from '../../lib/db/connection';
import { restoreDatabase } from '../../lib/db/backup-database';

export function runRestore(args: string[]): void {
  refuseUnknownOptions(args);
  const [file] = args;
  if (args.length !== 1 || !file) throw new UsageError(t('cli.restoreNeedsFile'));
  const result = restoreDatabase(file, databasePath());
  console.log(t('cli.restored', { file, target: result.file, version: result.version }));
}
