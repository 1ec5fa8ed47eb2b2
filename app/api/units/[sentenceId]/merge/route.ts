// Merges a unit with the next one of its block (the sentence splitter cut a sentence in two);
// answers with the document's whole translation workspace, whose units changed.
import { NextResponse } from 'next/server';
import { mergeUnits } from '@/lib/translation-store/merge-units';
import { handleUserWrite } from '../../../../_server/handle-route';
import { readUnitId } from '../../unit-id';

type Params = { params: Promise<{ sentenceId: string }> };

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const sentenceId = await readUnitId(params);
    // The body carries nothing (`{}`); it is not read, so an empty one is fine too.
    return NextResponse.json({ workspace: mergeUnits(db, sentenceId, { userId: user.id, role: user.role }) });
  });
}
