// Accept or reject suggested annotations of the user's layer, one or many at once.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { reviewSuggestions } from '@/lib/annotation-store/review-suggestions';
import { handleUserWrite, parseJsonBody } from '../../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

const reviewSchema = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1).max(10_000),
  status: z.enum(['accepted', 'rejected']),
});

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { slug } = await params;
    const { ids, status } = await parseJsonBody(request, reviewSchema);
    return NextResponse.json({ annotations: reviewSuggestions(db, slug, user.id, ids, status) });
  });
}
