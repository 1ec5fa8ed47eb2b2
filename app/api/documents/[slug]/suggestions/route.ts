// Run the suggestion engine on a document: candidate statistics and known actors are stored as
// `suggested` annotations in the user's layer (never twice the same span), for review.
import { NextResponse } from 'next/server';
import { storeSuggestions } from '@/lib/annotation-store/run-suggestions';
import { handleUserWrite } from '../../../../_server/handle-route';

type Params = { params: Promise<{ slug: string }> };

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'annotation.write' }, async ({ db, user }) => {
    const { slug } = await params;
    // The body carries nothing (`{}`); it is not read, so an empty one is fine too.
    const { created } = storeSuggestions(db, slug, user.id);
    return NextResponse.json({ created }, { status: created.length > 0 ? 201 : 200 });
  });
}
