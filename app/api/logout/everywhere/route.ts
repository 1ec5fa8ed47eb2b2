// Log out everywhere: ends every session of the signed-in user, this browser's included.
import { NextResponse } from 'next/server';
import { logOutEverywhere } from '@/lib/auth/accounts';
import { handleUserWrite } from '../../../_server/handle-route';
import { clearSessionCookie } from '../../../_server/session-cookie';

export function POST(request: Request) {
  return handleUserWrite(request, { permission: 'account.sessions' }, ({ db, user }) => {
    const sessionsEnded = logOutEverywhere(db, user.id);
    const response = NextResponse.json({ sessionsEnded });
    clearSessionCookie(response);
    return response;
  });
}
