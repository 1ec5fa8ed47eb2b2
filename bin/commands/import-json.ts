// `import-json <file> [--mode restore|merge]`: an aligned JSON export back into the database —
// restore into an instance without documents (the default there), merge into one with its own
// corpus (the default otherwise). A bad file stores nothing.
import fs from 'node:fs';
import { z } from 'zod';
import { openDatabase } from '../../lib/db/connection';
import { AppError } from '../../lib/errors';
import { describeImportConflict, describeImportReport } from '../../lib/export-store/describe-import-report';
import { importAlignedJson, MAX_ALIGNED_JSON_BYTES } from '../../lib/export-store/import-aligned-json';
import { actor, progressBar, refuseUnknownOptions, t, takeOption, UsageError } from '../cli-support';

const argsSchema = z.object({ file: z.string().min(1), mode: z.enum(['restore', 'merge']).optional() });
type ImportJsonArgs = z.infer<typeof argsSchema>;

function parseArgs(args: string[]): ImportJsonArgs {
  const mode = takeOption(args, '--mode');
  refuseUnknownOptions(args);
  const parsed = argsSchema.safeParse({ file: args[0], mode });
  if (args.length !== 1 || !parsed.success) throw new UsageError(t('cli.importJsonUsage'));
  return parsed.data;
}

/** The file as text: refused when missing, too large or not UTF-8. */
function readFile(file: string): string {
  let bytes: Buffer;
  try {
    const { size } = fs.statSync(file);
    if (size > MAX_ALIGNED_JSON_BYTES) throw new AppError('import.tooLarge', { file, size, limit: MAX_ALIGNED_JSON_BYTES });
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('alignedJson.unreadable', { file });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('alignedJson.unreadable', { file });
  }
}

export function runImportJson(argv: string[]): void {
  const { file, mode } = parseArgs([...argv]);
  const source = readFile(file);
  const db = openDatabase();
  const bar = progressBar(`${t('cli.importingJson')} [{bar}] {value}/{total} {file}`);
  try {
    const report = importAlignedJson(db, source, {
      mode,
      by: { userId: null, actor: actor() },
      onProgress: (done, total, slug) => {
        if (done === 0) bar.start(total, 0, { file: '' });
        else bar.update(done, { file: slug });
      },
    });
    bar.stop();
    for (const line of describeImportReport(report)) console.log(t(line.key, line.params));
    for (const conflict of report.conflicts) {
      const { key, params } = describeImportConflict(conflict);
      console.log(t(key, { ...params, kind: t(String(params.kind)), reason: t(String(params.reason)) }));
    }
  } finally {
    bar.stop();
    db.close();
  }
}
