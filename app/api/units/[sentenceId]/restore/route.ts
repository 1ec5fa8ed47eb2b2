// Brings back the English text of an earlier history event as a new revision (status draft).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { restoreTranslation } from '@/lib/translation-store/translation-history';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';
import { readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

const restoreSchema = z.object({ revision: z.number().int().min(1), eventId: z.number().int().min(1) });

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const sentenceId = await readUnitId(params);
    const restore = await parseJsonBody(request, restoreSchema);
    return NextResponse.json({ unit: restoreTranslation(db, sentenceId, restore, { userId: user.id, role: user.role }) });
  });
}
