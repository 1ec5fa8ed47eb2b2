import { describe, expect, it } from 'vitest';
import { isLocalHost, isSameOriginWrite } from '../../lib/auth/same-origin';
import { hasPermission } from '../../lib/auth/roles';

describe('isSameOriginWrite', () => {
  it('accepts a write whose Origin is this host', () => {
    expect(isSameOriginWrite({ origin: 'http://localhost:3000', referer: null, host: 'localhost:3000' })).toBe(true);
  });

  it('refuses a foreign Origin, a missing one and the opaque "null"', () => {
    expect(isSameOriginWrite({ origin: 'http://evil.example', referer: null, host: 'localhost:3000' })).toBe(false);
    expect(isSameOriginWrite({ origin: null, referer: null, host: 'localhost:3000' })).toBe(false);
    expect(isSameOriginWrite({ origin: 'null', referer: null, host: 'localhost:3000' })).toBe(false);
  });

  it('falls back to Referer when Origin is absent', () => {
    expect(isSameOriginWrite({ origin: null, referer: 'http://localhost:3000/login', host: 'localhost:3000' })).toBe(true);
    expect(isSameOriginWrite({ origin: null, referer: 'http://localhost:3001/x', host: 'localhost:3000' })).toBe(false);
  });
});

describe('isLocalHost', () => {
  it('knows the loopback names with or without a port', () => {
    for (const host of ['localhost:3000', '127.0.0.1', '[::1]:3000', 'LOCALHOST']) expect(isLocalHost(host)).toBe(true);
    for (const host of ['selaras.example.org', '10.0.0.5:3000', null]) expect(isLocalHost(host)).toBe(false);
  });
});

describe('hasPermission', () => {
  it('lets every role read and only the admin import', () => {
    expect(hasPermission('researcher', 'document.read')).toBe(true);
    expect(hasPermission('annotator', 'document.import')).toBe(false);
    expect(hasPermission('admin', 'document.import')).toBe(true);
  });
});
