// `import-xliff <file> --document <slug> [--user NAME]`: a CAT tool's XLIFF back onto one
// document, as a user (default: the first administrator), whose role caps the statuses it sets.
import fs from 'node:fs';
import { z } from 'zod';
import { hasPermission } from '../../lib/auth/roles';
import { openDatabase, type Db } from '../../lib/db/connection';
import { listUsers, type UserRow } from '../../lib/db/queries/users';
import { AppError } from '../../lib/errors';
import { decodeXliffBytes, MAX_XLIFF_BYTES, readXliff } from '../../lib/export/read-xliff';
import { importXliff } from '../../lib/translation-store/import-xliff';
import { describeXliffReportDetails } from '../../lib/translation/xliff-import-report';
import { actor, refuseUnknownOptions, t, takeOption, UsageError } from '../cli-support';

const argsSchema = z.object({ file: z.string().min(1), document: z.string().min(1), user: z.string().min(1).optional() });
type ImportXliffArgs = z.infer<typeof argsSchema>;

function parseArgs(args: string[]): ImportXliffArgs {
  const document = takeOption(args, '--document');
  const user = takeOption(args, '--user');
  refuseUnknownOptions(args);
  const parsed = argsSchema.safeParse({ file: args[0], document, user });
  if (args.length !== 1 || !parsed.success) throw new UsageError(t('cli.importXliffUsage'));
  return parsed.data;
}

/** The account the import writes as: `--user`, else the first administrator. */
function importingUser(db: Db, username: string | undefined): UserRow {
  const users = listUsers(db);
  const user =
    username === undefined
      ? users.filter((u) => u.role === 'admin').sort((a, b) => a.id - b.id)[0]
      : users.find((u) => u.username.toLowerCase() === username.toLowerCase());
  if (!user) throw username === undefined ? new AppError('user.noAdmin') : new AppError('user.notFound', { username });
  if (!hasPermission(user.role, 'translation.write')) throw new AppError('auth.forbidden');
  return user;
}

function readFile(file: string): string {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_XLIFF_BYTES) throw new AppError('xliff.tooLarge', { size: fs.statSync(file).size, limit: MAX_XLIFF_BYTES });
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('xliff.unreadable', { file });
  }
  return decodeXliffBytes(bytes);
}

export function runImportXliff(argv: string[]): void {
  const args = parseArgs(argv);
  const xliff = readXliff(readFile(args.file));
  const db = openDatabase();
  try {
    const user = importingUser(db, args.user);
    const report = importXliff(db, args.document, xliff, { userId: user.id, role: user.role, actor: actor() });
    console.log(
      t('cli.xliffImported', {
        file: args.file,
        document: report.slug,
        version: report.version,
        user: user.username,
        updated: report.updated.length,
        unchanged: report.unchanged,
        untranslated: report.untranslated,
        sourceChanged: report.sourceChanged.length,
        unknown: report.unknownUnits.length,
        capped: report.statusCapped.length,
        refused: report.refused.length,
        alignments: report.alignmentsSet,
      }),
    );
    for (const line of describeXliffReportDetails(report, t)) console.log(`  ${line.text}`);
  } finally {
    db.close();
  }
}
