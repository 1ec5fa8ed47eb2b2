// A unit's status: confirm, review, approve, or send back with a comment. Who may make which move
// is decided by canChangeStatus (403 translation.statusNotAllowed otherwise).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { changeTranslationStatus } from '@/lib/translation-store/change-translation-status';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';
import { readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

const statusSchema = z.object({
  revision: z.number().int().min(1),
  status: z.enum(['draft', 'translated', 'reviewed', 'approved']),
  comment: z.string().max(2_000).optional(),
});

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const sentenceId = await readUnitId(params);
    const change = await parseJsonBody(request, statusSchema);
    return NextResponse.json({ unit: changeTranslationStatus(db, sentenceId, change, { userId: user.id, role: user.role }) });
  });
}
