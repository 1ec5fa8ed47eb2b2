// Runs before every page: gives the response a fresh nonce and the Content-Security-Policy that
// allows only scripts carrying it. Next.js reads the nonce from the request's policy header and
// puts it on the scripts it renders; pages are dynamic already, so nothing cached repeats a nonce.
import { NextResponse, type NextRequest } from 'next/server';
import { NONCE_HEADER, newNonce, pageContentSecurityPolicy } from './app/_server/content-security-policy';

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API answers and static files get their headers from next.config.js. Prefetches
  // are skipped, as Next's guide advises, since their HTML is not rendered as a page.
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
