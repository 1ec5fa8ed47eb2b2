// Splits a unit at a space of its source (and its English text at `targetOffset`); answers with
// the document's whole translation workspace, whose units changed.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { splitUnit } from '@/lib/translation-store/split-unit';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';
import { readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

const splitSchema = z.object({
  // Any number: the store answers unit.splitOutOfRange / unit.splitTargetOutOfRange precisely.
  sourceOffset: z.number(),
  targetOffset: z.number().optional(),
});

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const sentenceId = await readUnitId(params);
    const split = await parseJsonBody(request, splitSchema);
    return NextResponse.json({ workspace: splitUnit(db, sentenceId, split, { userId: user.id, role: user.role }) });
  });
}
