// Paths from outside cannot reach beyond the import folder: `..`, absolute paths and symbolic
// links out of the root are refused, and an uploaded file's name never becomes a path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { readCorpusFiles } from '../../lib/import/read-corpus-files';
import { caught } from '../helpers/caught-app-error';
import { openTestDatabase } from '../helpers/test-db';

const TEXT = 'Judul\n\nKalimat pertama dokumen ini cukup panjang untuk diimpor.\n';
const made: string[] = [];

function folders(): { root: string; outside: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-paths-'));
  made.push(base);
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(root);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, 'inside.txt'), TEXT);
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'rahasia');
  return { root, outside };
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('readCorpusFiles', () => {
  it('refuses a relative path climbing out of the root', () => {
    const { root } = folders();
    expect(caught(() => readCorpusFiles(path.join(root, '../outside/secret.txt'), root)).code).toBe('import.outsideRoot');
    expect(caught(() => readCorpusFiles(path.join(root, '../../../../../../etc/passwd'), root)).code).toBe('import.outsideRoot');
  });

  it('refuses an absolute path outside the root', () => {
    const { root, outside } = folders();
    expect(caught(() => readCorpusFiles(path.join(outside, 'secret.txt'), root)).code).toBe('import.outsideRoot');
  });

  it('refuses a symbolic link that points out of the root, given alone or found in a folder', () => {
    const { root, outside } = folders();
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    expect(caught(() => readCorpusFiles(path.join(root, 'link.txt'), root)).code).toBe('import.outsideRoot');
    expect(caught(() => readCorpusFiles(root, root)).code).toBe('import.outsideRoot');
  });

  it('refuses a linked folder that leads out of the root', () => {
    const { root, outside } = folders();
    fs.symlinkSync(outside, path.join(root, 'elsewhere'));
    expect(caught(() => readCorpusFiles(path.join(root, 'elsewhere'), root)).code).toBe('import.outsideRoot');
  });

  it('reads files inside the root', () => {
    const { root } = folders();
    expect(readCorpusFiles(root, root).map((f) => f.name)).toEqual(['inside.txt']);
  });
});

describe('importCorpusFiles with a hostile upload name', () => {
  it('keeps only the base name, and the slug is plain', () => {
    const db = openTestDatabase();
    const [result] = importCorpusFiles(db, [{ name: '../../etc/passwd.txt', bytes: Buffer.from(TEXT) }], { importedBy: null });
    expect(result?.slug).toBe('passwd');
    expect(getDocumentBySlug(db, 'passwd')?.sourcePath).toBe('passwd.txt');
    const [absolute] = importCorpusFiles(db, [{ name: '/etc/shadow.txt', bytes: Buffer.from(`${TEXT}Lagi.\n`) }], { importedBy: null });
    expect(absolute?.slug).toMatch(/^shadow(-\d+)?$/);
  });
});
