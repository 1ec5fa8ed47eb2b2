// Admin upload: the same import as the CLI, for files sent from the browser.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { DEFAULT_MAX_IMPORT_BYTES } from '@/lib/import/decode-corpus-file';
import { importCorpusFiles } from '@/lib/import/import-corpus-files';
import { handleWrite, parseFormBody } from '../../_server/handle-route';

const maxBytes = z.coerce.number().int().positive().catch(DEFAULT_MAX_IMPORT_BYTES).parse(process.env.SELARAS_IMPORT_MAX_BYTES ?? DEFAULT_MAX_IMPORT_BYTES);

export function POST(request: Request) {
  return handleWrite(request, { permission: 'document.import' }, async ({ db, user }) => {
    const form = await parseFormBody(request);
    const uploads = form.getAll('files').filter((value): value is File => typeof value !== 'string');
    if (uploads.length === 0) throw new AppError('import.noUpload');
    const oversize = uploads.find((file) => file.size > maxBytes);
    if (oversize) throw new AppError('import.tooLarge', { file: oversize.name, size: oversize.size, limit: maxBytes });
    const files = await Promise.all(
      uploads.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    const results = importCorpusFiles(db, files, { importedBy: user?.id ?? null, maxBytes });
    return NextResponse.json({ results }, { status: results.some((r) => r.status === 'imported') ? 201 : 200 });
  });
}
