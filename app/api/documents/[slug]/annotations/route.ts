// The signed-in user's annotation layer of a document: read it (or, read-only, a layer they may
// reveal), or add an annotation (a retried create with the same id and content answers 200 with
// the stored annotation).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { createAnnotation } from '@/lib/annotation-store/create-annotation';
import { listLayerAnnotations, loadPackedLayer } from '@/lib/annotation-store/load-annotation-workspace';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import { readVisibleLayer } from '@/lib/curation-store/layer-visibility';
import { AppError } from '@/lib/errors';
import { annotationAttributesSchema } from '@/lib/annotations/validate-annotation';
import { handleRead, handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

const createSchema = z.object({
  id: z.uuid(),
  label: z.string().min(1).max(40),
  // Any number: the store answers a precise annotation.invalidOffsets for a non-integer.
  start: z.number(),
  end: z.number(),
  quote: z.string().max(100_000),
  attributes: annotationAttributesSchema.default({}),
  status: z.enum(ANNOTATION_STATUSES).optional(),
  documentRevision: z.number().int().min(1).optional(),
});

const FIELD_ERRORS = { start: 'annotation.invalidOffsets', end: 'annotation.invalidOffsets' } as const;

/** `?layer=<user id>` reads another layer: a finished annotator's or gold, for reviewers (else 403). */
const layerSchema = z.coerce.number().int().min(0);

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'document.read' }, async ({ db, user }) => {
    const { slug } = await params;
    const query = new URL(request.url).searchParams;
    const layer = query.get('layer');
    // `?packed=1`: the own layer in the annotate page's compact form.
    if (layer === null && query.get('packed') === '1') return NextResponse.json(loadPackedLayer(db, slug, user.id));
    if (layer === null) return NextResponse.json(listLayerAnnotations(db, slug, user.id));
    const layerUserId = layerSchema.safeParse(layer);
    if (!layerUserId.success) throw new AppError('request.invalid', { fields: 'layer' });
    return NextResponse.json(readVisibleLayer(db, slug, user, layerUserId.data));
  });
}

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { slug } = await params;
    const input = await parseJsonBody(request, createSchema, FIELD_ERRORS);
    const { annotation, created, documentRevision } = createAnnotation(db, slug, user.id, input);
    return NextResponse.json({ annotation, documentRevision }, { status: created ? 201 : 200 });
  });
}
