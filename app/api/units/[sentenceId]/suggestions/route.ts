// Suggestions for a unit: translation-memory matches, glossary entries in its source, and the
// English rendering of its statistics.
import { NextResponse } from 'next/server';
import { suggestTranslations } from '@/lib/translation-store/suggest-translations';
import { handleRead } from '../../../../_server/handle-route';
import { readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'document.read' }, async ({ db }) => {
    const sentenceId = await readUnitId(params);
    return NextResponse.json(suggestTranslations(db, sentenceId));
  });
}
