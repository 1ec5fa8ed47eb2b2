// Next.js configuration. Native modules stay outside the server bundle; no telemetry, no
// network at build or run time. Pages get their Content-Security-Policy (with a per-response
// nonce) from proxy.ts; API answers get a policy that lets nothing load or run.
/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

// Kept equal to API_CONTENT_SECURITY_POLICY in app/_server/content-security-policy.ts (a test checks).
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

module.exports = {
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  // forbidden() answers a page a role may not see with 403 and app/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};
