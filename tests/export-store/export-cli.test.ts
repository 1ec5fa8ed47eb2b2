import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { openDatabase } from '../../lib/db/connection';
import { insertUser } from '../../lib/db/queries/users';
import { EXPORT_FORMAT_NAMES } from '../../lib/export-store/export-formats';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { saveTranslation } from '../../lib/translation-store/save-translation';
import { runSelarasCli } from '../helpers/run-selaras-cli';

const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-export-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SEED = '004_aa302228cb1b8149';
const OTHER = '001';
const db = path.join(work, 'export.db');

function selaras(args: string[]) {
  return runSelarasCli(args, { db, env: { SELARAS_IMPORT_ROOT: ROOT } });
}

/** An annotator's actor span and an approved translation in seed 004, written through the store. */
function annotateAndTranslate(): void {
  const conn = openDatabase(db);
  try {
    const ani = insertUser(conn, { username: 'ani', displayName: 'Ani', passwordHash: 'x', role: 'annotator' }, null) ?? 0;
    const rudi = insertUser(conn, { username: 'rudi', displayName: 'Rudi', passwordHash: 'x', role: 'admin' }, null) ?? 0;
    const { id, text } = conn.prepare('SELECT id, text FROM documents WHERE slug = ?').get(SEED) as { id: number; text: string };
    const start = text.indexOf('UNODC');
    createAnnotation(conn, SEED, ani, { id: '00000000-0000-4000-8000-0000000000c1', label: 'actor', start, end: start + 5, quote: 'UNODC', attributes: {} });
    const sentence = conn.prepare('SELECT id FROM sentences WHERE document_id = ? AND start_offset <= ? AND end_offset >= ?').get(id, start, start + 5) as {
      id: number;
    };
    saveTranslation(conn, sentence.id, { revision: 0, text: 'The UNODC & "partners" <report>.', status: 'translated' }, { userId: rudi, role: 'admin' });
    changeTranslationStatus(conn, sentence.id, { revision: 1, status: 'approved' }, { userId: rudi, role: 'admin' });
  } finally {
    conn.close();
  }
}

describe('selaras export', () => {
  beforeAll(() => {
    expect(selaras(['import', path.join(ROOT, 'corpus', `${SEED}.txt`)]).status).toBe(0);
    const other = fs.readdirSync(path.join(ROOT, 'corpus')).find((f) => f.startsWith(OTHER) && f.endsWith('.txt')) ?? '';
    expect(selaras(['import', path.join(ROOT, 'corpus', other)]).status).toBe(0);
    annotateAndTranslate();
  });

  for (const format of EXPORT_FORMAT_NAMES) {
    it(`writes a non-empty ${format} file of the whole corpus and says so on stdout`, () => {
      const out = path.join(work, `corpus.${format}`);
      const result = selaras(['export', '--format', format, '--out', out]);
      expect(result.status).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(1);
      const text = fs.readFileSync(out, 'utf8');
      expect(text.length).toBeGreaterThan(100);
      if (format === 'aligned-json' || format === 'w3c') expect(() => JSON.parse(text)).not.toThrow();
      if (format === 'jsonl') for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      if (format.startsWith('xliff') || format === 'tmx') expect(text.startsWith('<?xml')).toBe(true);
      if (format !== 'conll') expect(text).toContain('UNODC');
    });
  }

  it('takes only the documents, labels and layers asked for', () => {
    const out = path.join(work, 'filtered.jsonl');
    const result = selaras(['export', '--format', 'jsonl', '--documents', SEED, '--labels', 'actor', '--layers', 'ani', '--statuses', 'accepted', '--translation-statuses', 'approved', '--out', out]);
    expect(result.status).toBe(0);
    const records = fs.readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { doc: string; tgt: string | null; src_spans: unknown[] });
    expect(new Set(records.map((r) => r.doc))).toEqual(new Set([SEED]));
    expect(records.flatMap((r) => r.src_spans)).toEqual([expect.arrayContaining(['actor'])]);
  });

  const usageErrors: Array<[string, string[]]> = [
    ['an unknown format', ['export', '--format', 'docx', '--out', 'x.docx']],
    ['a missing --out', ['export', '--format', 'jsonl']],
    ['a missing --format', ['export', '--out', 'x.jsonl']],
    ['an annotation status that does not exist', ['export', '--format', 'jsonl', '--statuses', 'maybe', '--out', 'x.jsonl']],
    ['a translation status that does not exist', ['export', '--format', 'tmx', '--translation-statuses', 'final', '--out', 'x.tmx']],
    ['a label the corpus does not have', ['export', '--format', 'jsonl', '--labels', 'opinion', '--out', 'x.jsonl']],
    ['an unknown option', ['export', '--format', 'jsonl', '--bogus', '--out', 'x.jsonl']],
  ];
  for (const [what, args] of usageErrors) {
    it(`refuses ${what} with one line on stderr, exit 2 and no file`, () => {
      const outAt = args.indexOf('--out');
      const out = outAt === -1 ? undefined : path.join(work, `usage-${args[outAt + 1] ?? ''}`);
      const result = selaras(out && outAt !== -1 ? args.map((a, i) => (i === outAt + 1 ? out : a)) : args);
      expect(result.status).toBe(2);
      expect(result.stderrLines).toHaveLength(1);
      if (out) expect(fs.existsSync(out)).toBe(false);
    });
  }

  it('refuses an unknown document with one line on stderr and exit 1', () => {
    const out = path.join(work, 'unknown-doc.jsonl');
    const result = selaras(['export', '--format', 'jsonl', '--documents', 'tidak-ada', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses an unwritable path with one line on stderr, exit 1 and no file', () => {
    const out = path.join(work, 'missing-folder', 'corpus.json');
    const result = selaras(['export', '--format', 'aligned-json', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(fs.existsSync(path.dirname(out))).toBe(false);
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
