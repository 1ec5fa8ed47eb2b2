import { describe, expect, it } from 'vitest';
import { createFirstAdmin, LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_CLIENT, logIn } from '../../lib/auth/accounts';
import { clientAddressOf } from '../../lib/auth/client-address';
import { AppError } from '../../lib/errors';
import { openTestDatabase } from '../helpers/test-db';

const PASSWORD = 'kata-sandi-rahasia';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('logIn per client', () => {
  it('refuses a client that guessed too often across many usernames, while others still log in', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, { username: 'sari', displayName: 'Sari', password: PASSWORD });
    // Each username stays under its own limit, so only the client limit can stop this.
    const usernames = Array.from({ length: LOGIN_MAX_FAILURES_PER_CLIENT }, (_, i) => `tamu${i}`);
    for (const username of usernames) expect(await codeOf(logIn(db, username, 'tebakan-salah', undefined, new Date(), '203.0.113.9'))).toBe('auth.invalidCredentials');
    expect(await codeOf(logIn(db, 'sari', PASSWORD, undefined, new Date(), '203.0.113.9'))).toBe('auth.rateLimited');
    expect((await logIn(db, 'sari', PASSWORD, undefined, new Date(), '198.51.100.4')).user.username).toBe('sari');
    const later = new Date(Date.now() + 16 * 60_000);
    expect((await logIn(db, 'sari', PASSWORD, undefined, later, '203.0.113.9')).user.username).toBe('sari');
  });

  it('keeps the per-username limit whatever address the guesses come from', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, { username: 'sari', displayName: 'Sari', password: PASSWORD });
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await codeOf(logIn(db, 'sari', `salah-${i}`, undefined, new Date(), `192.0.2.${i}`));
    expect(await codeOf(logIn(db, 'sari', PASSWORD, undefined, new Date(), '192.0.2.200'))).toBe('auth.rateLimited');
  });
});

describe('clientAddressOf', () => {
  it('takes the entry the nearest proxy appended', () => {
    expect(clientAddressOf('10.0.0.1, 203.0.113.9')).toBe('203.0.113.9');
  });

  it('treats an IPv4-mapped IPv6 address as its IPv4 form', () => {
    expect(clientAddressOf('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('gives null without the header', () => {
    expect(clientAddressOf(null)).toBeNull();
    expect(clientAddressOf(' ')).toBeNull();
  });
});
