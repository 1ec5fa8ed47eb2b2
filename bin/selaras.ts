// The command line: a thin shell over lib/. Bad input ends with one line on stderr and a non-zero
// exit; nothing is written unless every file passed its checks.
import fs from 'node:fs';
import os from 'node:os';
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
const SEED_CORPUS = 'corpus';

class UsageError extends Error {}

const importArgs = z.object({
  target: z.string().min(1),
  maxBytes: z.coerce.number().int().positive(),
  root: z.string().min(1),
});

/** Removes `--name value` from args and returns the value. */
function takeOption(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(t('cli.needsValue', { option: name }));
  args.splice(at, 2);
  return value;
}

function actor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function runImport(target: string, maxBytes: number, root: string): void {
  const prepared = prepareCorpusFiles(readCorpusFiles(target, root, maxBytes), maxBytes);
  const db = openDatabase();
  const bar = new SingleBar({
    format: `${t('cli.importing')} [{bar}] {value}/{total} {file}`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 1000,
    hideCursor: true,
  });
  bar.start(prepared.length, 0, { file: '' });
  try {
    const results = storeCorpusFiles(db, prepared, {
      importedBy: null,
      actor: actor(),
      onProgress: (done, _total, file) => bar.update(done, { file }),
    });
    bar.stop();
    for (const result of results) console.log(t(importResultMessageKey(result), result));
  } finally {
    bar.stop();
    db.close();
  }
}

function maxBytesFromEnv(): string {
  return process.env.SELARAS_IMPORT_MAX_BYTES ?? String(DEFAULT_MAX_IMPORT_BYTES);
}

/** What `npm start` runs: the schema first, then the seed corpus, which never stops the server. */
function setUpDatabase(): void {
  openDatabase().close();
  if (!fs.existsSync(SEED_CORPUS)) {
    console.log(t('cli.noSeedCorpus', { folder: SEED_CORPUS }));
    return;
  }
  try {
    runImport(SEED_CORPUS, importArgs.shape.maxBytes.parse(maxBytesFromEnv()), process.cwd());
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(`selaras: ${t(error.messageKey, error.params)} ${t('cli.seedCorpusSkipped')}\n`);
  }
}

function main(argv: string[]): void {
  const args = [...argv];
  const command = args.shift();
  if (command === 'help' || command === '--help') {
    console.log(t('cli.usage'));
  } else if (command === 'migrate') {
    const db = openDatabase();
    console.log(t('cli.migrated', { file: databasePath(), version: appliedMigrations(db).at(-1) ?? 0 }));
    db.close();
  } else if (command === 'setup-db') {
    setUpDatabase();
  } else if (command === 'import') {
    const maxBytes = takeOption(args, '--max-bytes') ?? maxBytesFromEnv();
    const root = takeOption(args, '--root') ?? process.env.SELARAS_IMPORT_ROOT ?? process.cwd();
    if (args.length !== 1) throw new UsageError(t('cli.oneTarget'));
    const parsed = importArgs.safeParse({ target: args[0], maxBytes, root });
    if (!parsed.success) throw new UsageError(t('cli.badOptions', { options: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }));
    runImport(parsed.data.target, parsed.data.maxBytes, path.resolve(parsed.data.root));
  } else {
    throw new UsageError(command ? t('cli.unknownCommand', { command }) : t('cli.noCommand'));
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`selaras: ${error.message} ${t('cli.seeHelp')}\n`);
    process.exit(2);
  }
  const message = isAppError(error) ? t(error.messageKey, error.params) : error instanceof Error ? error.message : String(error);
  process.stderr.write(`selaras: ${message}\n`);
  process.exit(1);
}
