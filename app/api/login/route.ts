// Log in: checks the password (rate-limited per username and per client) and starts a fresh session.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { logIn } from '@/lib/auth/accounts';
import { clientAddressOf } from '@/lib/auth/client-address';
import { handleWrite, parseJsonBody } from '../../_server/handle-route';
import { setSessionCookie } from '../../_server/session-cookie';

const loginSchema = z.object({ username: z.string().trim().min(1).max(40), password: z.string().min(1).max(200) });

export function POST(request: Request) {
  return handleWrite(request, {}, async ({ db, sessionToken }) => {
    const { username, password } = await parseJsonBody(request, loginSchema);
    const client = clientAddressOf(request.headers.get('x-forwarded-for'));
    const login = await logIn(db, username, password, sessionToken, new Date(), client);
    const response = NextResponse.json({ user: login.user });
    setSessionCookie(response, login.token, login.expiresAt, request);
    return response;
  });
}
