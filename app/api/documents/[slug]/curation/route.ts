// Curation of a document's gold layer by a reviewer: read the grouped layers, accept a span into
// gold (as it is or edited), reject it, accept every agreed span, or edit a gold annotation.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import { annotationAttributesSchema } from '@/lib/annotations/validate-annotation';
import { acceptAgreedSpans, acceptSpanIntoGold, patchGoldAnnotation, rejectSpan } from '@/lib/curation-store/curate-spans';
import { loadCurationWorkspace } from '@/lib/curation-store/load-curation-workspace';
import { handleRead, handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

const choice = { annotationId: z.string().min(1).max(64), revision: z.number().int().min(1) };
const editSchema = z.object({
  label: z.string().min(1).max(40),
  start: z.number(),
  end: z.number(),
  quote: z.string().max(100_000),
  attributes: annotationAttributesSchema.default({}),
});

const actionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), ...choice, edit: editSchema.optional() }),
  z.object({ action: z.literal('reject'), ...choice }),
  z.object({ action: z.literal('acceptAgreed') }),
  z.object({
    action: z.literal('updateGold'),
    id: z.string().min(1).max(64),
    revision: z.number().int().min(1),
    attributes: annotationAttributesSchema.optional(),
    status: z.enum(ANNOTATION_STATUSES).optional(),
    span: z.object({ start: z.number(), end: z.number(), quote: z.string().max(100_000) }).optional(),
    deleted: z.boolean().optional(),
  }),
]);

const FIELD_ERRORS = { 'edit.start': 'annotation.invalidOffsets', 'edit.end': 'annotation.invalidOffsets' } as const;

export function GET(request: Request, { params }: Params) {
  return handleRead(request, { permission: 'curation.write' }, async ({ db }) => {
    const { slug } = await params;
    return NextResponse.json(loadCurationWorkspace(db, slug));
  });
}

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'curation.write' }, async ({ db, user }) => {
    const { slug } = await params;
    const input = await parseJsonBody(request, actionSchema, FIELD_ERRORS);
    switch (input.action) {
      case 'accept': {
        const gold = acceptSpanIntoGold(db, slug, user.id, input, input.edit);
        return NextResponse.json({ gold, workspace: loadCurationWorkspace(db, slug) }, { status: 201 });
      }
      case 'reject':
        rejectSpan(db, slug, user.id, input);
        return NextResponse.json({ workspace: loadCurationWorkspace(db, slug) });
      case 'acceptAgreed': {
        const { accepted } = acceptAgreedSpans(db, slug, user.id);
        return NextResponse.json({ accepted, workspace: loadCurationWorkspace(db, slug) });
      }
      case 'updateGold': {
        const { id, action: _action, ...patch } = input;
        const gold = patchGoldAnnotation(db, slug, user.id, id, patch);
        return NextResponse.json({ gold, workspace: loadCurationWorkspace(db, slug) });
      }
    }
  });
}
