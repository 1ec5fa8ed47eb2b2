import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/connection';
import { insertUser } from '../../lib/db/queries/users';
import { readXliff } from '../../lib/export/read-xliff';
import { runSelarasCli } from '../helpers/run-selaras-cli';
import { fillXliff21 } from './fill-xliff';

const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-import-xliff-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SEED = '004_aa302228cb1b8149';
const OTHER = '001';
const db = path.join(work, 'xliff.db');

function selaras(args: string[]) {
  return runSelarasCli(args, { db, env: { SELARAS_IMPORT_ROOT: ROOT } });
}

function translations(): Array<{ sentenceId: number; text: string; status: string }> {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT sentence_id AS sentenceId, text, status FROM translations ORDER BY sentence_id').all() as Array<{ sentenceId: number; text: string; status: string }>;
  } finally {
    conn.close();
  }
}

function write(name: string, content: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('selaras import-xliff', () => {
  let exported = '';
  let otherSlug = '';
  beforeAll(() => {
    expect(selaras(['import', path.join(ROOT, 'corpus', `${SEED}.txt`)]).status).toBe(0);
    const other = fs.readdirSync(path.join(ROOT, 'corpus')).find((f) => f.startsWith(OTHER) && f.endsWith('.txt')) ?? '';
    expect(selaras(['import', path.join(ROOT, 'corpus', other)]).status).toBe(0);
    otherSlug = other.replace(/\.txt$/, '');
    const conn = openDatabase(db);
    insertUser(conn, { username: 'tari', displayName: 'Tari', passwordHash: 'x', role: 'translator' }, null);
    insertUser(conn, { username: 'riset', displayName: 'Riset', passwordHash: 'x', role: 'researcher' }, null);
    conn.close();
    const out = path.join(work, 'export.xlf');
    expect(selaras(['export', '--format', 'xliff21', '--documents', SEED, '--out', out]).status).toBe(0);
    exported = fs.readFileSync(out, 'utf8');
  });

  it('puts the translated targets on their units as the given user and prints the report', () => {
    const [first, second] = readXliff(exported).files[0]?.units ?? [];
    if (!first || !second) throw new Error('no units exported');
    const filled = fillXliff21(
      exported,
      new Map([
        [first.sentenceId, { text: 'Chapter one.', state: 'translated' }],
        [second.sentenceId, { text: 'Approved by the client.', state: 'final' }],
      ]),
    );
    const result = selaras(['import-xliff', write('translated.xlf', filled), '--document', SEED, '--user', 'tari']);
    expect(result.status).toBe(0);
    expect(result.stderrLines).toEqual([]);
    // The summary and one line for the capped status.
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(translations()).toEqual([
      { sentenceId: first.sentenceId, text: 'Chapter one.', status: 'translated' },
      { sentenceId: second.sentenceId, text: 'Approved by the client.', status: 'translated' },
    ]);
  });

  const refusals: Array<[string, () => string[], number]> = [
    ['a missing --document', () => ['import-xliff', write('a.xlf', exported)], 2],
    ['no file', () => ['import-xliff', '--document', SEED], 2],
    ['an unknown option', () => ['import-xliff', write('b.xlf', exported), '--document', SEED, '--force'], 2],
    ['a file that is not XLIFF', () => ['import-xliff', write('c.xlf', '<tmx version="1.4"/>'), '--document', SEED], 1],
    ['a file with a DTD', () => ['import-xliff', write('d.xlf', `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${exported.replace(/^<\?xml[^>]*>/, '')}`), '--document', SEED], 1],
    ['a missing file', () => ['import-xliff', path.join(work, 'missing.xlf'), '--document', SEED], 1],
    ['another document', () => ['import-xliff', write('e.xlf', exported), '--document', otherSlug, '--user', 'tari'], 1],
    ['an unknown user', () => ['import-xliff', write('f.xlf', exported), '--document', SEED, '--user', 'nobody'], 1],
    ['a user who may not translate', () => ['import-xliff', write('g.xlf', exported), '--document', SEED, '--user', 'riset'], 1],
  ];
  for (const [what, args, status] of refusals) {
    it(`refuses ${what} with one line on stderr and exit ${status}, writing nothing`, () => {
      const before = translations();
      const result = selaras(args());
      expect(result.status).toBe(status);
      expect(result.stderrLines).toHaveLength(1);
      expect(result.stderrLines[0]).toMatch(/^selaras: /);
      if (what === 'another document') expect(result.stderrLines[0]).toMatch(/otherDocument|another document/);
      expect(translations()).toEqual(before);
    });
  }
});
