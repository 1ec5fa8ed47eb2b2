import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy } from '../../app/_server/content-security-policy';
import { config, proxy } from '../../proxy';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require('../../next.config.js') as { headers: () => Promise<Array<{ source: string; headers: Array<{ key: string; value: string }> }>> };

function scriptSrc(policy: string): string {
  return policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
}

describe('proxy', () => {
  it('gives each page response its own nonce and a policy that allows only scripts carrying it', () => {
    const first = proxy(new NextRequest('http://localhost:3000/documents')).headers.get('content-security-policy') ?? '';
    const second = proxy(new NextRequest('http://localhost:3000/documents')).headers.get('content-security-policy') ?? '';
    expect(scriptSrc(first)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
    expect(first).not.toBe(second);
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).toContain("object-src 'none'");
  });

  it('hands the same policy to the render, where Next.js reads the nonce for its scripts', () => {
    const response = proxy(new NextRequest('http://localhost:3000/documents'));
    const policy = response.headers.get('content-security-policy');
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(policy).toContain(`'nonce-${response.headers.get('x-middleware-request-x-nonce')}'`);
  });

  it('runs on pages, not on API routes or static files', () => {
    const source = new RegExp(`^${config.matcher[0]?.source.replace('/(', '/(?:') ?? ''}$`);
    expect(source.test('/documents/abc/annotate')).toBe(true);
    expect(source.test('/api/login')).toBe(false);
    expect(source.test('/_next/static/chunk.js')).toBe(false);
  });
});

describe('pageContentSecurityPolicy', () => {
  it('allows eval only in development', () => {
    expect(scriptSrc(pageContentSecurityPolicy('n'))).not.toContain('unsafe-eval');
    expect(scriptSrc(pageContentSecurityPolicy('n', true))).toContain('unsafe-eval');
    expect(scriptSrc(pageContentSecurityPolicy('n'))).not.toContain('unsafe-inline');
  });
});

describe('next.config.js headers', () => {
  it('sends nosniff and frame denial everywhere, and a nothing-runs policy on API answers', async () => {
    const rules = await nextConfig.headers();
    const all = rules.find((r) => r.source === '/:path*')?.headers ?? [];
    expect(all).toContainEqual({ key: 'X-Content-Type-Options', value: 'nosniff' });
    expect(all).toContainEqual({ key: 'X-Frame-Options', value: 'DENY' });
    const api = rules.find((r) => r.source === '/api/:path*')?.headers ?? [];
    expect(api).toContainEqual({ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY });
  });
});
