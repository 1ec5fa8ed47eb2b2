// Removes a termbase entry.
import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { deleteGlossaryTerm } from '@/lib/translation-store/manage-glossary';
import { handleUserWrite } from '../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

export function DELETE(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'glossary.manage' }, async ({ db, user }) => {
    const { id } = await params;
    const termId = Number(id);
    if (!/^\d{1,15}$/.test(id) || !Number.isSafeInteger(termId)) throw new AppError('glossary.notFound', { id });
    return NextResponse.json({ term: deleteGlossaryTerm(db, termId, { userId: user.id }) });
  });
}
