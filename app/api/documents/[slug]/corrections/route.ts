// A source correction (correction mode): fixes the document's text, maps every annotation through
// the change and answers with the new workspace. A stale baseRevision answers 409 with the current one.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { correctSourceText } from '@/lib/annotation-store/correct-source-text';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

const correctionSchema = z.object({
  baseRevision: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  before: z.string().max(10_000),
  // A correction fixes words: line breaks would break blocks and sentences, control characters the text.
  after: z.string().max(10_000).regex(/^[^\u0000-\u001f\u007f]*$/),
});

const FIELD_ERRORS = { start: 'correction.outOfRange', end: 'correction.outOfRange', after: 'correction.invalidText' } as const;

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { slug } = await params;
    const input = await parseJsonBody(request, correctionSchema, FIELD_ERRORS);
    return NextResponse.json(correctSourceText(db, slug, user.id, input));
  });
}
