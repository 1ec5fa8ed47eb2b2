// Log out: ends this browser's session.
import { NextResponse } from 'next/server';
import { logOut } from '@/lib/auth/accounts';
import { handleWrite } from '../../_server/handle-route';
import { clearSessionCookie } from '../../_server/session-cookie';

export function POST(request: Request) {
  return handleWrite(request, {}, ({ db, sessionToken }) => {
    logOut(db, sessionToken);
    const response = NextResponse.json({ ok: true });
    clearSessionCookie(response);
    return response;
  });
}
