// Removes an alignment; the annotation shows as unaligned beside its unit again.
import { NextResponse } from 'next/server';
import { deleteAlignment } from '@/lib/translation-store/manage-alignments';
import { handleUserWrite } from '../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

export function DELETE(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'translation.write' }, async ({ db, user }) => {
    const { id } = await params;
    return NextResponse.json({ unit: deleteAlignment(db, id, { userId: user.id, role: user.role }) });
  });
}
