// A unit's full history: every write of its English text and status, who made it and when.
import { NextResponse } from 'next/server';
import { getTranslationHistory } from '@/lib/translation-store/translation-history';
import { handleRead } from '../../../../_server/handle-route';
import { readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'document.read' }, async ({ db }) => {
    const sentenceId = await readUnitId(params);
    return NextResponse.json({ events: getTranslationHistory(db, sentenceId) });
  });
}
