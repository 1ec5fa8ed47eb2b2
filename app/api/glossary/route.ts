// The termbase: search it, or add an Indonesian term with its English rendering.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { addGlossaryTerm, findGlossaryTerms } from '@/lib/translation-store/manage-glossary';
import { handleRead, handleUserWrite, parseJsonBody } from '../../_server/handle-route';

const term = z.string().trim().min(1).max(200);

const termSchema = z.object({
  sourceTerm: term,
  targetTerm: term,
  note: z.string().max(1_000).nullable().optional(),
});

export function GET(request: Request) {
  return handleRead(request, { permission: 'document.read' }, ({ db }) => {
    const query = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200);
    return NextResponse.json({ terms: findGlossaryTerms(db, query) });
  });
}

export function POST(request: Request) {
  return handleUserWrite(request, { permission: 'glossary.manage' }, async ({ db, user }) => {
    const input = await parseJsonBody(request, termSchema);
    return NextResponse.json({ term: addGlossaryTerm(db, input, { userId: user.id }) }, { status: 201 });
  });
}
