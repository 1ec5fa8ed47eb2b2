// The command line: a thin shell over lib/. Bad input ends with one line on stderr and a non-zero
// exit; nothing is written unless every file passed its checks.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { actor, progressBar, t, takeFlag, takeOption, UsageError } from './cli-support';
import { runBackup } from './commands/backup';
import { runImportJson } from './commands/import-json';
import { runImportXliff } from './commands/import-xliff';
import { runRestore } from './commands/restore';
import { storeSuggestions, suggestForDocument } from '../lib/annotation-store/run-suggestions';
import type { Suggestion } from '../lib/annotations/types';
import { databasePath, openDatabase, type Db } from '../lib/db/connection';
import { appliedMigrations } from '../lib/db/migrate';
import { listDocumentSummaries } from '../lib/db/queries/documents';
import { listUsers, type UserRow } from '../lib/db/queries/users';
import { AppError, isAppError } from '../lib/errors';
import { checkExportFilters, parseExportRequest, type ExportRequest } from '../lib/export-store/parse-export-request';
import { recordExport } from '../lib/export-store/record-export';
import { exportChunks, writeExportFile } from '../lib/export-store/write-export';
import { DEFAULT_MAX_IMPORT_BYTES } from '../lib/import/decode-corpus-file';
import { prepareCorpusFiles, storeCorpusFiles } from '../lib/import/import-corpus-files';
import { importResultMessageKey } from '../lib/import/import-result';
import { readCorpusFiles } from '../lib/import/read-corpus-files';
import { importTranslationMemory, readTmFile } from '../lib/translation-store/import-translation-memory';

const SEED_CORPUS = 'corpus';

const importArgs = z.object({
  target: z.string().min(1),
  maxBytes: z.coerce.number().int().positive(),
  root: z.string().min(1),
});

const suggestArgs = z.object({
  target: z.union([z.object({ all: z.literal(true) }), z.object({ slug: z.string().min(1) })]),
  json: z.boolean(),
  apply: z.boolean(),
  user: z.string().min(1).optional(),
});
type SuggestArgs = z.infer<typeof suggestArgs>;

function runImport(target: string, maxBytes: number, root: string): void {
  const prepared = prepareCorpusFiles(readCorpusFiles(target, root, maxBytes), maxBytes);
  const db = openDatabase();
  const bar = progressBar(`${t('cli.importing')} [{bar}] {value}/{total} {file}`);
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

/** The account whose layer receives applied suggestions: `--user`, else the first administrator. */
function layerUser(db: Db, username: string | undefined): UserRow {
  const users = listUsers(db);
  if (username !== undefined) {
    const user = users.find((u) => u.username.toLowerCase() === username.toLowerCase());
    if (!user) throw new AppError('user.notFound', { username });
    return user;
  }
  const admin = users.filter((u) => u.role === 'admin').sort((a, b) => a.id - b.id)[0];
  if (!admin) throw new AppError('user.noAdmin');
  return admin;
}

interface PrintedSuggestion extends Suggestion {
  document: string;
  stored?: boolean;
}

/** Prints what the engine suggests for one or every document; `--apply` stores it as `suggested`. */
function runSuggest(options: SuggestArgs): void {
  const db = openDatabase();
  try {
    const user = options.apply ? layerUser(db, options.user) : undefined;
    const slugs = 'all' in options.target ? listDocumentSummaries(db).map((d) => d.slug) : [options.target.slug];
    const printed: PrintedSuggestion[] = [];
    for (const slug of slugs) {
      let rows: PrintedSuggestion[];
      let summary: string | undefined;
      if (user) {
        const result = storeSuggestions(db, slug, user.id, { userId: user.id, actor: actor() });
        const stored = new Set(result.created.map((a) => `${a.label}:${a.start}:${a.end}`));
        rows = result.suggestions.map((s) => ({ document: slug, ...s, stored: stored.has(`${s.label}:${s.start}:${s.end}`) }));
        summary = t('cli.suggestionsStored', { document: slug, created: result.created.length, skipped: result.skipped.length, user: user.username });
      } else {
        rows = suggestForDocument(db, slug).suggestions.map((s) => ({ document: slug, ...s }));
      }
      if (options.json) {
        printed.push(...rows);
        continue;
      }
      for (const row of rows) {
        console.log(
          t('cli.suggestion', { ...row, quote: JSON.stringify(row.quote), attributes: JSON.stringify(row.attributes) }),
        );
      }
      if (summary) console.log(summary);
    }
    if (options.json) console.log(JSON.stringify(printed, null, 2));
    else if (slugs.length === 0) console.log(t('cli.noDocuments'));
  } finally {
    db.close();
  }
}

function parseSuggestArgs(args: string[]): SuggestArgs {
  const json = takeFlag(args, '--json');
  const apply = takeFlag(args, '--apply');
  const all = takeFlag(args, '--all');
  const user = takeOption(args, '--user');
  const unknown = args.find((arg) => arg.startsWith('--'));
  if (unknown) throw new UsageError(t('cli.unknownOption', { option: unknown }));
  if (user !== undefined && !apply) throw new UsageError(t('cli.userNeedsApply'));
  if (all ? args.length !== 0 : args.length !== 1) throw new UsageError(t('cli.oneDocument'));
  const parsed = suggestArgs.safeParse({ target: all ? { all: true } : { slug: args[0] }, json, apply, user });
  if (!parsed.success) throw new UsageError(t('cli.badOptions', { options: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }));
  return parsed.data;
}

const importTmArgs = z.object({ file: z.string().min(1) });

/** Adds the pairs of a TSV or JSON file to the translation memory; a bad file stores nothing. */
function runImportTm(args: string[]): void {
  const unknown = args.find((arg) => arg.startsWith('--'));
  if (unknown) throw new UsageError(t('cli.unknownOption', { option: unknown }));
  if (args.length !== 1) throw new UsageError(t('cli.oneTmFile'));
  const parsed = importTmArgs.safeParse({ file: args[0] });
  if (!parsed.success) throw new UsageError(t('cli.badOptions', { options: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }));
  const pairs = readTmFile(parsed.data.file);
  const db = openDatabase();
  try {
    const result = importTranslationMemory(db, path.basename(parsed.data.file), pairs, { userId: null, actor: actor() });
    console.log(t('cli.tmImported', { file: parsed.data.file, ...result }));
  } finally {
    db.close();
  }
}

const exportArgs = z.object({ out: z.string().min(1) });

/**
 * `export --format F [--documents a,b] [--labels ..] [--statuses ..] [--layers ..] [--all-layers]
 * [--translation-statuses ..] --out FILE`; without --layers or --all-layers a document with a gold
 * layer exports only that layer.
 */
function parseExportArgs(args: string[]): { request: ExportRequest; out: string } {
  const raw = {
    format: takeOption(args, '--format'),
    documents: takeOption(args, '--documents'),
    labels: takeOption(args, '--labels'),
    statuses: takeOption(args, '--statuses'),
    layers: takeOption(args, '--layers'),
    translationStatuses: takeOption(args, '--translation-statuses'),
    allLayers: takeFlag(args, '--all-layers') ? 'true' : undefined,
  };
  const out = exportArgs.safeParse({ out: takeOption(args, '--out') });
  const unknown = args.find((arg) => arg.startsWith('--'));
  if (unknown) throw new UsageError(t('cli.unknownOption', { option: unknown }));
  if (args.length !== 0 || raw.format === undefined || !out.success) throw new UsageError(t('cli.exportNeedsFormatAndOut'));
  const parsed = parseExportRequest(raw);
  if (!parsed.ok) throw new UsageError(t(`errors.${parsed.code}`, parsed.params));
  return { request: parsed.request, out: out.data.out };
}

/** Writes one export file, with a progress bar per document; a failure leaves no file behind. */
function runExport({ request, out }: { request: ExportRequest; out: string }): void {
  const db = openDatabase();
  const bar = progressBar(`${t('cli.exporting')} [{bar}] {value}/{total} {file}`);
  let documents = 0;
  try {
    try {
      checkExportFilters(db, request.filters);
    } catch (error) {
      // A label or layer the corpus does not have is a mistyped option, like a bad status.
      if (isAppError(error) && error.code === 'export.invalidFilter') throw new UsageError(t(error.messageKey, error.params));
      throw error;
    }
    const chunks = exportChunks(db, request, {
      baseUrl: process.env.SELARAS_BASE_URL ?? 'http://localhost:3000',
      onProgress: (done, total, slug) => {
        documents = total;
        if (done === 0) bar.start(total, 0, { file: '' });
        else bar.update(done, { file: slug });
      },
    });
    const { bytes } = writeExportFile(chunks, out);
    recordExport(db, { request, destination: path.resolve(out), exportedAt: new Date().toISOString() }, { userId: null, actor: actor() });
    bar.stop();
    console.log(t('cli.exported', { file: out, format: request.format, documents, bytes }));
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

/** Every command but `help`, by name; each takes the arguments after its name. */
const COMMANDS: Record<string, (args: string[]) => void> = {
  migrate: () => {
    const db = openDatabase();
    console.log(t('cli.migrated', { file: databasePath(), version: appliedMigrations(db).at(-1) ?? 0 }));
    db.close();
  },
  'setup-db': () => setUpDatabase(),
  import: (args) => {
    const maxBytes = takeOption(args, '--max-bytes') ?? maxBytesFromEnv();
    const root = takeOption(args, '--root') ?? process.env.SELARAS_IMPORT_ROOT ?? process.cwd();
    if (args.length !== 1) throw new UsageError(t('cli.oneTarget'));
    const parsed = importArgs.safeParse({ target: args[0], maxBytes, root });
    if (!parsed.success) throw new UsageError(t('cli.badOptions', { options: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }));
    runImport(parsed.data.target, parsed.data.maxBytes, path.resolve(parsed.data.root));
  },
  suggest: (args) => runSuggest(parseSuggestArgs(args)),
  'import-tm': (args) => runImportTm(args),
  'import-xliff': (args) => runImportXliff(args),
  'import-json': (args) => runImportJson(args),
  export: (args) => runExport(parseExportArgs(args)),
  backup: (args) => runBackup(args),
  restore: (args) => runRestore(args),
};

function main(argv: string[]): void {
  const args = [...argv];
  const command = args.shift();
  if (command === 'help' || command === '--help') {
    console.log(t('cli.usage'));
    return;
  }
  const run = command === undefined ? undefined : COMMANDS[command];
  if (!run) throw new UsageError(command ? t('cli.unknownCommand', { command }) : t('cli.noCommand'));
  run(args);
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
