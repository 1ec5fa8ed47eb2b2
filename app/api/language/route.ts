// Remembers the UI language the user picked.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { LANGUAGE_COOKIE, LANGUAGES } from '@/lib/i18n';
import { handleWrite, parseJsonBody } from '../../_server/handle-route';

const languageSchema = z.object({ language: z.enum(LANGUAGES) });

export function POST(request: Request) {
  return handleWrite(request, {}, async () => {
    const { language } = await parseJsonBody(request, languageSchema);
    const response = NextResponse.json({ language });
    response.cookies.set(LANGUAGE_COOKIE, language, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
    return response;
  });
}
