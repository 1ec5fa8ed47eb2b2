// The revisions of one annotation of the user's layer, newest first, with what each changed.
import { NextResponse } from 'next/server';
import { listAnnotationRevisions } from '@/lib/annotation-store/annotation-revisions';
import { handleRead } from '../../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { id } = await params;
    return NextResponse.json({ revisions: listAnnotationRevisions(db, id, user.id) });
  });
}
