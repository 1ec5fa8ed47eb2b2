import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES } from '../../lib/export-store/export-formats';
import { exportChunks, exportReadableStream, previewExport, writeExportFile } from '../../lib/export-store/write-export';
import { caught } from '../translation-store/fixtures';
import { exportBench } from './fixtures';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-write-export-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Chunks that count how many were taken, and fail at `failAt` if given. */
function* counted(parts: string[], taken: { n: number }, failAt?: number): Generator<string> {
  for (const [index, part] of parts.entries()) {
    if (index === failAt) throw new Error('serializer failed');
    taken.n++;
    yield part;
  }
}

describe('writeExportFile', () => {
  it('writes every chunk and leaves no temporary file', () => {
    const out = path.join(work, 'whole.txt');
    expect(writeExportFile(['a', 'ü', '𝔸'], out)).toEqual({ bytes: 1 + 2 + 4 });
    expect(fs.readFileSync(out, 'utf8')).toBe('aü𝔸');
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no file, and an earlier file untouched, when the chunks fail midway', () => {
    const fresh = path.join(work, 'fresh.txt');
    expect(() => writeExportFile(counted(['x'.repeat(70_000), 'y'], { n: 0 }, 1), fresh)).toThrow('serializer failed');
    expect(fs.existsSync(fresh)).toBe(false);
    const earlier = path.join(work, 'earlier.txt');
    fs.writeFileSync(earlier, 'before');
    expect(() => writeExportFile(counted(['a', 'b'], { n: 0 }, 1), earlier)).toThrow('serializer failed');
    expect(fs.readFileSync(earlier, 'utf8')).toBe('before');
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a path in a missing folder or naming a folder, before reading any chunk', () => {
    const taken = { n: 0 };
    for (const out of [path.join(work, 'missing', 'x.json'), work]) {
      expect(caught(() => writeExportFile(counted(['a'], taken), out))).toMatchObject({ code: 'export.unwritable', params: { file: out } });
    }
    expect(taken.n).toBe(0);
  });
});

describe('exportReadableStream', () => {
  it('pulls chunks only as the reader reads, in batches', async () => {
    const taken = { n: 0 };
    const stream = exportReadableStream(counted(Array.from({ length: 100 }, () => 'z'.repeat(10_000)), taken));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBeGreaterThanOrEqual(64 * 1024);
    expect(taken.n).toBeLessThan(30);
    let total = first.value?.byteLength ?? 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) total += next.value.byteLength;
    expect(total).toBe(1_000_000);
  });

  it('errors the stream when the chunks fail', async () => {
    const reader = exportReadableStream(counted(['a', 'b'], { n: 0 }, 1)).getReader();
    await expect(reader.read()).rejects.toThrow('serializer failed');
  });
});

describe('previewExport', () => {
  it('stops reading once the preview is full, and never splits a surrogate pair', () => {
    const taken = { n: 0 };
    expect(previewExport(counted(['abc', '𝔸def', 'g', 'h'], taken), 4)).toEqual({ text: 'abc', truncated: true });
    expect(taken.n).toBe(2);
    expect(previewExport(['ab'], 4)).toEqual({ text: 'ab', truncated: false });
  });
});

describe('exportChunks', () => {
  const bench = exportBench();

  for (const format of EXPORT_FORMAT_NAMES) {
    it(`exports the annotated corpus as ${format}, reading no document before the first chunk`, () => {
      const progress: number[] = [];
      const chunks = exportChunks(bench.db, { format, filters: {} }, { baseUrl: 'http://localhost:3000', onProgress: (done) => progress.push(done) });
      expect(progress).toEqual([]);
      const text = [...chunks].join('');
      expect(text.length).toBeGreaterThan(100);
      expect(progress).toEqual([0, 1, 2]);
    });
  }

  it('gives TMX only approved and reviewed English by default', () => {
    const tmx = [...exportChunks(bench.db, { format: 'tmx', filters: {} }, { baseUrl: 'http://x' })].join('');
    expect(tmx).toContain('195 victims');
    expect(tmx).not.toContain('The author realises');
    const all = [...exportChunks(bench.db, { format: 'tmx', filters: { translationStatuses: ['draft', 'approved'] } }, { baseUrl: 'http://x' })].join('');
    expect(all).toContain('The author realises');
  });
});
