// One annotation of the user's layer: edit (attributes, status, span, delete/restore) or delete.
// Each write names the revision it saw; a stale one answers 409 with `current`.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { deleteAnnotation, documentRevisionOf, patchAnnotation } from '@/lib/annotation-store/update-annotation';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import { annotationAttributesSchema } from '@/lib/annotations/validate-annotation';
import { handleUserWrite, parseJsonBody } from '../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

const revisionSchema = z.number().int().min(1);

const patchSchema = z
  .object({
    revision: revisionSchema,
    attributes: annotationAttributesSchema.optional(),
    status: z.enum(ANNOTATION_STATUSES).optional(),
    start: z.number().optional(),
    end: z.number().optional(),
    quote: z.string().max(100_000).optional(),
    deleted: z.boolean().optional(),
  })
  .refine((p) => [p.start, p.end, p.quote].every((v) => v === undefined) || [p.start, p.end, p.quote].every((v) => v !== undefined), {
    message: 'start, end and quote come together',
    path: ['start'],
  });

const FIELD_ERRORS = { start: 'annotation.invalidOffsets', end: 'annotation.invalidOffsets' } as const;

export function PATCH(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { id } = await params;
    const { start, end, quote, ...patch } = await parseJsonBody(request, patchSchema, FIELD_ERRORS);
    const span = start !== undefined && end !== undefined && quote !== undefined ? { start, end, quote } : undefined;
    const annotation = patchAnnotation(db, id, user.id, { ...patch, span });
    return NextResponse.json({ annotation, documentRevision: documentRevisionOf(db, annotation) });
  });
}

export function DELETE(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { id } = await params;
    const { revision } = await parseJsonBody(request, z.object({ revision: revisionSchema }));
    const annotation = deleteAnnotation(db, id, user.id, revision);
    return NextResponse.json({ annotation, documentRevision: documentRevisionOf(db, annotation) });
  });
}
