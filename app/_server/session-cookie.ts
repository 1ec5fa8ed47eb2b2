// Setting and clearing the session cookie on a response.
import type { NextResponse } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/session-token';

export function setSessionCookie(response: NextResponse, token: string, expiresAt: Date, request: Request): void {
  response.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy the request looks like http: SELARAS_SECURE_COOKIE says otherwise.
    secure: process.env.SELARAS_SECURE_COOKIE === '1' || new URL(request.url).protocol === 'https:',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(response: NextResponse): void {
  response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });
}
