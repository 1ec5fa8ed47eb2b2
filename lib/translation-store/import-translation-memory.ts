// Imports a translation-memory file: tab-separated lines (`source⇥target`) or a JSON array of
// `{ source, target }`. Every pair is checked before anything is stored (a bad file is one AppError
// naming the file and the line or entry); then all pairs are stored in one transaction, origin
// 'import', a pair already imported skipped, so importing the same file twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { insertAuditEntry } from '../db/queries/audit';
import { insertImportedTmPair } from '../db/queries/translation-memory';
import { AppError } from '../errors';
import { decodeCorpusFile } from '../import/decode-corpus-file';
import { actorOf, now, type Writer } from './record-translation-write';

/** Largest memory file read (a memory of 100 000 pairs of long sentences fits). */
export const MAX_TM_FILE_BYTES = 64 * 1024 * 1024;

export interface TmPair {
  source: string;
  target: string;
}

const pairSchema = z.object({ source: z.string(), target: z.string() });

function clean(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Pairs of a TSV text: blank lines and `#` comments skipped, a `source⇥target` header allowed. */
function parseTsv(file: string, text: string): TmPair[] {
  const pairs: TmPair[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (index === 0 && cells.length === 2 && cells[0]?.trim().toLowerCase() === 'source' && cells[1]?.trim().toLowerCase() === 'target') return;
    const [source, target] = cells.map(clean);
    if (cells.length !== 2 || !source || !target) throw new AppError('tm.invalidLine', { file, line: index + 1 });
    pairs.push({ source, target });
  });
  return pairs;
}

function parseJson(file: string, text: string): TmPair[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('tm.invalidJson', { file, reason: error instanceof Error ? error.message : String(error) });
  }
  if (!Array.isArray(data)) throw new AppError('tm.invalidJson', { file, reason: 'not an array' });
  return data.map((entry: unknown, index) => {
    const parsed = pairSchema.safeParse(entry);
    const source = parsed.success ? clean(parsed.data.source) : '';
    const target = parsed.success ? clean(parsed.data.target) : '';
    if (source === '' || target === '') throw new AppError('tm.invalidEntry', { file, entry: index + 1 });
    return { source, target };
  });
}

/** The pairs in `text` read as the format its file name says (`.tsv`/`.txt` or `.json`). */
export function parseTmPairs(file: string, text: string): TmPair[] {
  const extension = path.extname(file).toLowerCase();
  const body = text.replace(/^\uFEFF/, '');
  let pairs: TmPair[];
  if (extension === '.tsv' || extension === '.txt') pairs = parseTsv(file, body);
  else if (extension === '.json') pairs = parseJson(file, body);
  else throw new AppError('tm.unsupportedFormat', { file });
  if (pairs.length === 0) throw new AppError('tm.empty', { file });
  return pairs;
}

/** Reads and checks a memory file from disk: missing, a folder, too large, not UTF-8, or malformed → AppError. */
export function readTmFile(file: string): TmPair[] {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('tm.unreadable', { file: name });
  }
  if (!stat.isFile()) throw new AppError('tm.unreadable', { file: name });
  if (stat.size > MAX_TM_FILE_BYTES) throw new AppError('import.tooLarge', { file: name, size: stat.size, limit: MAX_TM_FILE_BYTES });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('tm.unreadable', { file: name });
  }
  return parseTmPairs(name, decodeCorpusFile(name, bytes, MAX_TM_FILE_BYTES));
}

export interface TmImportResult {
  pairs: number;
  inserted: number;
  skipped: number;
}

/** Adds `pairs` to the translation memory, all or nothing; returns how many were new. */
export function importTranslationMemory(db: Db, file: string, pairs: readonly TmPair[], by: Writer): TmImportResult {
  return db
    .transaction((): TmImportResult => {
      const at = now();
      let inserted = 0;
      for (const pair of pairs) if (insertImportedTmPair(db, { ...pair, updatedAt: at })) inserted++;
      const result = { pairs: pairs.length, inserted, skipped: pairs.length - inserted };
      insertAuditEntry(db, { userId: by.userId, actor: actorOf(by), action: 'tm.import', entity: 'tm', entityId: null, after: { file, ...result } });
      return result;
    })
    .immediate();
}
