// Admin upload of an aligned JSON export: restore into an empty instance or merge into this one;
// answers with the import's report (conflicts included). A bad file stores nothing.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { importAlignedJson, MAX_ALIGNED_JSON_BYTES } from '@/lib/export-store/import-aligned-json';
import { handleUserWrite, parseFormBody, uploadedFile } from '../../../_server/handle-route';

/** `auto` lets the import choose: restore when there are no documents, else merge. */
const modeSchema = z.enum(['auto', 'restore', 'merge']);

export function POST(request: Request) {
  return handleUserWrite(request, { permission: 'document.import' }, async ({ db, user }) => {
    const form = await parseFormBody(request);
    const upload = uploadedFile(form, 'file');
    if (!upload) throw new AppError('import.noUpload');
    const mode = modeSchema.safeParse(form.get('mode') ?? 'auto');
    if (!mode.success) throw new AppError('request.invalid', { fields: 'mode' });
    if (upload.size > MAX_ALIGNED_JSON_BYTES) throw new AppError('import.tooLarge', { file: upload.name, size: upload.size, limit: MAX_ALIGNED_JSON_BYTES });
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(await upload.arrayBuffer());
    } catch {
      throw new AppError('alignedJson.unreadable', { file: upload.name });
    }
    const report = importAlignedJson(db, source, {
      mode: mode.data === 'auto' ? undefined : mode.data,
      by: { userId: user.id },
    });
    return NextResponse.json({ report }, { status: 200 });
  });
}
