// The Content-Security-Policy of pages: scripts only with this response's nonce (Next.js puts it
// on its own scripts) and what those scripts load ('strict-dynamic'), so text injected into a
// page cannot run. Styles stay 'unsafe-inline': React writes style attributes, and CSS cannot run code.

export const NONCE_HEADER = 'x-nonce';

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

/** The page policy for `nonce`; `development` allows eval, which Next's dev overlay needs. */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of API answers and other non-page responses: nothing in them may load or run. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
