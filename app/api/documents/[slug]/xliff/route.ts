// XLIFF back from a CAT tool: the uploaded file's targets go onto this document's units as the
// signed-in user (their role caps the statuses); answers with the report and the new workspace.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { decodeXliffBytes, MAX_XLIFF_BYTES, readXliff } from '@/lib/export/read-xliff';
import { importXliff } from '@/lib/translation-store/import-xliff';
import { loadTranslationWorkspace } from '@/lib/translation-store/load-translation-workspace';
import { handleUserWrite, parseFormBody, uploadedFile } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

const declaredLength = z.coerce.number().int().min(0).catch(0);

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const { slug } = await params;
    // Refused before the body is read; the form's own overhead is small next to the limit.
    const length = declaredLength.parse(request.headers.get('content-length') ?? 0);
    if (length > MAX_XLIFF_BYTES + 64 * 1024) throw new AppError('xliff.tooLarge', { size: length, limit: MAX_XLIFF_BYTES });
    const form = await parseFormBody(request);
    const upload = uploadedFile(form, 'file');
    if (!upload) throw new AppError('xliff.noUpload');
    if (upload.size > MAX_XLIFF_BYTES) throw new AppError('xliff.tooLarge', { size: upload.size, limit: MAX_XLIFF_BYTES });
    const xliff = readXliff(decodeXliffBytes(new Uint8Array(await upload.arrayBuffer())));
    const report = importXliff(db, slug, xliff, { userId: user.id, role: user.role });
    return NextResponse.json({ report, workspace: loadTranslationWorkspace(db, slug) });
  });
}
