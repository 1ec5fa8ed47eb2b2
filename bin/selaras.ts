// The command line: a thin shell over lib/. Bad input ends with one line on stderr and a non-zero
// exit; nothing is written unless every file passed its checks.
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { databasePath, openDatabase } from '../lib/db/connection';
import { appliedMigrations } from '../lib/db/migrate';
import { isAppError } from '../lib/errors';
import { translator } from '../lib/i18n';
import { DEFAULT_MAX_IMPORT_BYTES } from '../lib/import/decode-corpus-file';
import { prepareCorpusFiles, storeCorpusFiles } from '../lib/import/import-corpus-files';
import { importResultMessageKey } from '../lib/import/import-result';
import { readCorpusFiles } from '../lib/import/read-corpus-files';

const t = translator('en');

const USAGE = `usage: npm run selaras -- <command>
  import <file|folder> [--max-bytes N] [--root DIR]   import UTF-8 text files (a folder: its .txt files)
  migrate                                             apply pending database migrations
  setup-db                                            migrate, then import corpus/ when not yet imported
Database: $SELARAS_DB or data/selaras.db. Import size limit: --max-bytes or $SELARAS_IMPORT_MAX_BYTES.`;

const importArgs = z.object({
  target: z.string().min(1),
  maxBytes: z.coerce.number().int().positive(),
  root: z.string().min(1),
});

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

class UsageError extends Error {}

function runImport(target: string, maxBytes: number, root: string): void {
  const prepared = prepareCorpusFiles(readCorpusFiles(target, root), maxBytes);
  const db = openDatabase();
  const bar = new SingleBar({
    format: 'importing [{bar}] {value}/{total} {file}',
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 1000,
    hideCursor: true,
  });
  bar.start(prepared.length, 0, { file: '' });
  try {
    const results = storeCorpusFiles(db, prepared, {
      importedBy: null,
      onProgress: (done, _total, file) => bar.update(done, { file }),
    });
    bar.stop();
    for (const result of results) {
      console.log(t(importResultMessageKey(result), result));
    }
  } finally {
    bar.stop();
    db.close();
  }
}

function main(argv: string[]): void {
  const args = [...argv];
  const command = args.shift();
  if (command === 'help' || command === '--help') {
    console.log(USAGE);
    return;
  }
  if (command === 'migrate') {
    const db = openDatabase();
    console.log(`${databasePath()}: schema at migration ${appliedMigrations(db).at(-1) ?? 0}`);
    db.close();
    return;
  }
  if (command === 'setup-db') {
    runImport('corpus', DEFAULT_MAX_IMPORT_BYTES, process.cwd());
    return;
  }
  if (command === 'import') {
    const maxBytes = option(args, '--max-bytes') ?? process.env.SELARAS_IMPORT_MAX_BYTES ?? String(DEFAULT_MAX_IMPORT_BYTES);
    const root = option(args, '--root') ?? process.env.SELARAS_IMPORT_ROOT ?? process.cwd();
    if (args.length !== 1) throw new UsageError('import takes exactly one file or folder');
    const parsed = importArgs.safeParse({ target: args[0], maxBytes, root });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    runImport(parsed.data.target, parsed.data.maxBytes, path.resolve(parsed.data.root));
    return;
  }
  throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`selaras: ${error.message} (see: npm run selaras -- help)\n`);
    process.exit(2);
  }
  const appError = isAppError(error) ? error : undefined;
  if (appError) {
    process.stderr.write(`selaras: ${t(appError.messageKey, appError.params)}\n`);
    process.exit(1);
  }
  process.stderr.write(`selaras: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
