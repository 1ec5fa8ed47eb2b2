// Corpus search as JSON: the same query parameters as the search page (q, label, layer, status,
// document); a malformed query is a 400 with its translated message.
import { NextResponse } from 'next/server';
import { runSearchRequest } from '@/lib/research/search/run-search-request';
import { handleRead } from '../../_server/handle-route';

export function GET(request: Request) {
  return handleRead(request, { permission: 'document.read' }, ({ db, user }) =>
    NextResponse.json(runSearchRequest(db, new URL(request.url).searchParams, user), { headers: { 'Cache-Control': 'no-store' } }),
  );
}
