import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSelarasCli } from '../helpers/run-selaras-cli';

const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-suggest-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SEED = '004_aa302228cb1b8149';

function selaras(args: string[], db: string) {
  return runSelarasCli(args, { db, env: { SELARAS_IMPORT_ROOT: ROOT } });
}

interface PrintedSuggestion {
  document: string;
  label: string;
  start: number;
  end: number;
  quote: string;
  attributes: Record<string, unknown>;
  stored?: boolean;
}

function suggestedCount(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare("SELECT count(*) AS n FROM annotations WHERE status = 'suggested' AND origin = 'suggestion'").get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe('selaras suggest', () => {
  const db = path.join(work, 'suggest.db');
  beforeAll(() => {
    expect(selaras(['import', path.join(ROOT, 'corpus', `${SEED}.txt`)], db).status).toBe(0);
  });

  it('prints each suggestion as JSON with document, label, offsets, quote and parsed attributes', () => {
    const result = selaras(['suggest', SEED, '--json'], db);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as PrintedSuggestion[];
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((s) => s.document === SEED && s.end > s.start && s.stored === undefined)).toBe(true);
    expect(printed).toContainEqual(expect.objectContaining({ label: 'actor', quote: 'UNODC', attributes: expect.objectContaining({ actor_type: 'igo' }) }));
    expect(printed).toContainEqual(expect.objectContaining({ label: 'statistic', quote: '195 korban', attributes: expect.objectContaining({ value: 195 }) }));
    expect(suggestedCount(db)).toBe(0);
  });

  it('prints one tab-separated line per suggestion', () => {
    const json = JSON.parse(selaras(['suggest', SEED, '--json'], db).stdout) as PrintedSuggestion[];
    const lines = selaras(['suggest', SEED], db).stdout.trim().split('\n');
    expect(lines).toHaveLength(json.length);
    const [first] = json;
    expect(lines[0]?.split('\t')).toEqual([SEED, first?.label, String(first?.start), String(first?.end), JSON.stringify(first?.quote), JSON.stringify(first?.attributes)]);
  });

  it('refuses --apply while no account exists to hold the suggestions', () => {
    const result = selaras(['suggest', SEED, '--apply'], db);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(suggestedCount(db)).toBe(0);
  });

  it('stores the suggestions in a user’s layer with --apply, skipping them on a second run', () => {
    const conn = new Database(db);
    conn.prepare("INSERT INTO users (username, display_name, password_hash, role, created_at) VALUES ('ani', 'Ani', 'x', 'annotator', 'now')").run();
    conn.close();
    const first = selaras(['suggest', '--all', '--apply', '--user', 'ani', '--json'], db);
    expect(first.status).toBe(0);
    const stored = JSON.parse(first.stdout) as PrintedSuggestion[];
    expect(stored.every((s) => s.stored === true)).toBe(true);
    expect(suggestedCount(db)).toBe(stored.length);
    const second = JSON.parse(selaras(['suggest', SEED, '--apply', '--user', 'ani', '--json'], db).stdout) as PrintedSuggestion[];
    expect(second.every((s) => s.stored === false)).toBe(true);
    expect(suggestedCount(db)).toBe(stored.length);
  });

  it('refuses an unknown document with one line on stderr and exit 1', () => {
    const result = selaras(['suggest', 'tidak-ada'], db);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toEqual([expect.stringMatching(/does not exist/)]);
  });

  const usageErrors: Array<[string, string[]]> = [
    ['no document', ['suggest']],
    ['a document and --all', ['suggest', SEED, '--all']],
    ['an unknown option', ['suggest', SEED, '--bogus']],
    ['--user without --apply', ['suggest', SEED, '--user', 'ani']],
    ['--user without a name', ['suggest', SEED, '--apply', '--user']],
  ];
  for (const [what, args] of usageErrors) {
    it(`refuses ${what} with one line on stderr and exit 2`, () => {
      const result = selaras(args, db);
      expect(result.status).toBe(2);
      expect(result.stderrLines).toHaveLength(1);
    });
  }
});
