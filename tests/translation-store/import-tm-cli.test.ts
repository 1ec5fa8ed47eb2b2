import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTmPairs, readTmFile } from '../../lib/translation-store/import-translation-memory';
import { caught } from './fixtures';
import { runSelarasCli } from '../helpers/run-selaras-cli';

const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-import-tm-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function selaras(args: string[], db: string) {
  return runSelarasCli(args, { db });
}

function write(name: string, content: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, content);
  return file;
}

function memory(db: string): Array<{ source: string; target: string; origin: string }> {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT source, target, origin FROM tm_units ORDER BY id').all() as Array<{ source: string; target: string; origin: string }>;
  } finally {
    conn.close();
  }
}

const TSV = [
  'source\ttarget',
  '# pairs from an earlier project',
  'Perdagangan manusia adalah kejahatan transnasional.\tHuman trafficking is a transnational crime.',
  '',
  'UNODC membantu pemerintah Laos.\tUNODC helps the government of Laos.\r',
].join('\n');

describe('selaras import-tm', () => {
  const db = path.join(work, 'tm.db');
  beforeAll(() => {
    expect(selaras(['migrate'], db).status).toBe(0);
  });

  it('adds the pairs of a TSV file to the memory, and none twice', () => {
    const file = write('pairs.tsv', TSV);
    const first = selaras(['import-tm', file], db);
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(memory(db)).toEqual([
      { source: 'Perdagangan manusia adalah kejahatan transnasional.', target: 'Human trafficking is a transnational crime.', origin: 'import' },
      { source: 'UNODC membantu pemerintah Laos.', target: 'UNODC helps the government of Laos.', origin: 'import' },
    ]);
    expect(selaras(['import-tm', file], db).status).toBe(0);
    expect(memory(db)).toHaveLength(2);
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare("SELECT count(*) AS n FROM tm_fts WHERE tm_fts MATCH '\"kejahatan\"'").get()).toEqual({ n: 1 });
    conn.close();
  });

  it('adds the pairs of a JSON file', () => {
    const file = write('pairs.json', JSON.stringify([{ source: 'Laos adalah negara transit.', target: 'Laos is a transit country.' }]));
    expect(selaras(['import-tm', file], db).status).toBe(0);
    expect(memory(db).at(-1)).toEqual({ source: 'Laos adalah negara transit.', target: 'Laos is a transit country.', origin: 'import' });
  });

  const badFiles: Array<[string, string, string]> = [
    ['a line without a tab', 'bad.tsv', 'Satu.\tOne.\nDua tanpa tab\nTiga.\tThree.\n'],
    ['an empty target', 'empty-side.tsv', 'Satu.\t \n'],
    ['malformed JSON', 'bad.json', '[{"source": "Satu."'],
    ['a JSON entry without a target', 'entry.json', '[{"source": "Satu.", "target": "One."}, {"source": "Dua."}]'],
    ['an unknown format', 'pairs.tmx', '<tmx/>'],
    ['a file with no pairs', 'blank.tsv', '\n# nothing\n'],
  ];
  for (const [what, name, content] of badFiles) {
    it(`refuses ${what} with one line on stderr and exit 1, adding nothing`, () => {
      const before = memory(db);
      const result = selaras(['import-tm', write(name, content)], db);
      expect(result.status).toBe(1);
      expect(result.stderrLines).toHaveLength(1);
      expect(result.stderrLines[0]).toMatch(/^selaras: /);
      expect(memory(db)).toEqual(before);
    });
  }

  it('refuses a missing file with exit 1 and no file argument with exit 2', () => {
    expect(selaras(['import-tm', path.join(work, 'missing.tsv')], db)).toMatchObject({ status: 1, stderrLines: [expect.any(String)] });
    expect(selaras(['import-tm'], db)).toMatchObject({ status: 2, stderrLines: [expect.any(String)] });
  });
});

describe('parseTmPairs', () => {
  it('reads TSV with a header, comments, blank lines, CRLF and a byte-order mark, collapsing spaces', () => {
    expect(parseTmPairs('p.tsv', `\uFEFF${TSV.replace('adalah', 'adalah  ')}`)).toEqual([
      { source: 'Perdagangan manusia adalah kejahatan transnasional.', target: 'Human trafficking is a transnational crime.' },
      { source: 'UNODC membantu pemerintah Laos.', target: 'UNODC helps the government of Laos.' },
    ]);
  });

  it('names the file and the line or entry of a bad pair', () => {
    expect(caught(() => parseTmPairs('bad.tsv', 'Satu.\tOne.\nDua\tTwo\tZwei\n'))).toMatchObject({ code: 'tm.invalidLine', params: { file: 'bad.tsv', line: 2 } });
    expect(caught(() => parseTmPairs('e.json', '[{"source": "Satu.", "target": "One."}, 3]'))).toMatchObject({ code: 'tm.invalidEntry', params: { file: 'e.json', entry: 2 } });
    expect(caught(() => parseTmPairs('o.json', '{"source": "Satu."}'))).toMatchObject({ code: 'tm.invalidJson' });
    expect(caught(() => parseTmPairs('x.tmx', ''))).toMatchObject({ code: 'tm.unsupportedFormat' });
  });

  it('refuses a file that is not there or not UTF-8', () => {
    expect(caught(() => readTmFile(path.join(work, 'nowhere.tsv')))).toMatchObject({ code: 'tm.unreadable', params: { file: 'nowhere.tsv' } });
    expect(caught(() => readTmFile(work))).toMatchObject({ code: 'tm.unreadable' });
    const latin1 = path.join(work, 'latin1.tsv');
    fs.writeFileSync(latin1, Buffer.from([0x53, 0x61, 0x74, 0x75, 0xe9, 0x09, 0x4f, 0x6e, 0x65, 0x0a]));
    expect(caught(() => readTmFile(latin1))).toMatchObject({ code: 'import.invalidUtf8' });
  });
});
