// Restores an earlier revision of an annotation as a new revision; a stale one answers 409 with `current`.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { restoreAnnotationRevision } from '@/lib/annotation-store/annotation-revisions';
import { documentRevisionOf } from '@/lib/annotation-store/update-annotation';
import { handleUserWrite, parseJsonBody } from '../../../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

const restoreSchema = z.object({ revision: z.number().int().min(1), restoreRevision: z.number().int().min(1) });

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { id } = await params;
    const restore = await parseJsonBody(request, restoreSchema);
    const annotation = restoreAnnotationRevision(db, id, user.id, restore);
    return NextResponse.json({ annotation, documentRevision: documentRevisionOf(db, annotation) });
  });
}
