// First-run setup: creates the administrator while no user exists, from this machine only.
import { NextResponse } from 'next/server';
import { NEW_USER_FIELD_ERRORS, newUserSchema, setUpFirstAdmin } from '@/lib/auth/accounts';
import { isLocalHost } from '@/lib/auth/same-origin';
import { AppError } from '@/lib/errors';
import { handleWrite, parseJsonBody } from '../../_server/handle-route';
import { setSessionCookie } from '../../_server/session-cookie';

const setupSchema = newUserSchema.omit({ role: true });

export function POST(request: Request) {
  return handleWrite(request, {}, async ({ db, sessionToken }) => {
    if (!isLocalHost(request.headers.get('host')) && process.env.SELARAS_ALLOW_REMOTE_SETUP !== '1') {
      throw new AppError('auth.setupNotLocal');
    }
    const input = await parseJsonBody(request, setupSchema, NEW_USER_FIELD_ERRORS);
    const login = await setUpFirstAdmin(db, input, sessionToken);
    const response = NextResponse.json({ user: login.user }, { status: 201 });
    setSessionCookie(response, login.token, login.expiresAt, request);
    return response;
  });
}
