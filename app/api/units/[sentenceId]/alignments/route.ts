// Aligns an annotation of the unit with the English words that render it (replacing the
// alignment it had in this unit); the span is checked against the unit's English text.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { alignAnnotation } from '@/lib/translation-store/manage-alignments';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';
import { MAX_TRANSLATION_LENGTH, readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

const alignmentSchema = z.object({
  annotationId: z.string().min(1).max(64),
  // Any number: the store answers a precise alignment.outOfRange for a non-integer.
  start: z.number(),
  end: z.number(),
  quote: z.string().max(MAX_TRANSLATION_LENGTH),
});

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const sentenceId = await readUnitId(params);
    const input = await parseJsonBody(request, alignmentSchema);
    return NextResponse.json({ unit: alignAnnotation(db, sentenceId, input, { userId: user.id, role: user.role }) });
  });
}
