// An export the server makes never names a path: the download's file name comes from the format
// and the date only (no document slug or title), and the CLI's temporary file stays beside --out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES, exportFileName } from '../../lib/export-store/export-formats';
import { writeExportFile } from '../../lib/export-store/write-export';

describe('exportFileName', () => {
  // Its inputs are the checked format name and the server's clock, never text from the request.
  it('is a bare file name for every format', () => {
    for (const format of EXPORT_FORMAT_NAMES) {
      for (const exportedAt of [new Date().toISOString(), '1999-12-31T23:59:59.999Z']) {
        const name = exportFileName(format, exportedAt);
        expect(name).toBe(path.basename(name));
        expect(name).not.toMatch(/[\\/"]|\.\./);
      }
    }
  });
});

describe('writeExportFile', () => {
  it('writes only the asked file, its temporary file beside it and gone afterwards', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-export-paths-'));
    try {
      const out = path.join(dir, 'sub', '..', 'out.jsonl');
      writeExportFile(['{"a":1}\n'], out);
      expect(fs.readdirSync(dir)).toEqual(['out.jsonl']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
