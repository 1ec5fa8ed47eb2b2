// A unit's English text: save it (optionally confirming it) with the revision the client saw;
// a stale one answers 409 with the current unit in `current`.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { saveTranslation } from '@/lib/translation-store/save-translation';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';
import { MAX_TRANSLATION_LENGTH, readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

const editSchema = z.object({
  /** 0 while the unit has no translation. */
  revision: z.number().int().min(0),
  text: z.string().max(MAX_TRANSLATION_LENGTH),
  status: z.enum(['draft', 'translated']).optional(),
});

export function PUT(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const sentenceId = await readUnitId(params);
    const edit = await parseJsonBody(request, editSchema);
    return NextResponse.json({ unit: saveTranslation(db, sentenceId, edit, { userId: user.id, role: user.role }) });
  });
}
