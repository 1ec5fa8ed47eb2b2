import { describe, expect, it } from 'vitest';
import {
  createFirstAdmin,
  createUser,
  isSetupOpen,
  LOGIN_MAX_FAILURES,
  logIn,
  logOut,
  userForSessionToken,
} from '../../lib/auth/accounts';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { AppError } from '../../lib/errors';
import { openTestDatabase } from '../helpers/test-db';

const admin = { username: 'sari', displayName: 'Sari Wulandari', password: 'kata-sandi-rahasia' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('createFirstAdmin', () => {
  it('creates the admin once, then closes setup', async () => {
    const db = openTestDatabase();
    expect(isSetupOpen(db)).toBe(true);
    const id = await createFirstAdmin(db, admin);
    expect(isSetupOpen(db)).toBe(false);
    expect(getAuditEntriesByEntity(db, 'user', id).map((e) => e.action)).toEqual(['user.create']);
    expect(await codeOf(createFirstAdmin(db, { ...admin, username: 'lain' }))).toBe('auth.setupClosed');
  });

  it('stores an argon2id hash, never the password', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, admin);
    const { password_hash: hash } = db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(admin.password);
  });

  it('refuses a short password', async () => {
    const db = openTestDatabase();
    expect(await codeOf(createFirstAdmin(db, { ...admin, password: 'pendek' }))).toBe('user.weakPassword');
    expect(isSetupOpen(db)).toBe(true);
  });
});

describe('logIn', () => {
  it('starts a session and ends the one the browser came with', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, admin);
    const first = await logIn(db, 'sari', admin.password, undefined);
    expect(userForSessionToken(db, first.token)?.username).toBe('sari');
    const second = await logIn(db, 'SARI', admin.password, first.token);
    expect(second.token).not.toBe(first.token);
    expect(userForSessionToken(db, first.token)).toBeUndefined();
    expect(userForSessionToken(db, second.token)?.role).toBe('admin');
    logOut(db, second.token);
    expect(userForSessionToken(db, second.token)).toBeUndefined();
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, admin);
    expect(await codeOf(logIn(db, 'sari', 'salah-sandi-sekali', undefined))).toBe('auth.invalidCredentials');
    expect(await codeOf(logIn(db, 'budi', admin.password, undefined))).toBe('auth.invalidCredentials');
  });

  it('locks a username after repeated failures, even for the right password', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, admin);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await codeOf(logIn(db, 'sari', `salah-${i}-xxxxxx`, undefined));
    expect(await codeOf(logIn(db, 'sari', admin.password, undefined))).toBe('auth.rateLimited');
    const later = new Date(Date.now() + 16 * 60_000);
    expect((await logIn(db, 'sari', admin.password, undefined, later)).user.username).toBe('sari');
  });

  it('holds the limit against parallel guesses', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, admin);
    const codes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => codeOf(logIn(db, 'sari', `tebakan-${i}-xxxxx`, undefined))),
    );
    expect(codes.filter((code) => code === 'auth.invalidCredentials')).toHaveLength(LOGIN_MAX_FAILURES);
    expect(codes.filter((code) => code === 'auth.rateLimited')).toHaveLength(20 - LOGIN_MAX_FAILURES);
  });

  it('expires sessions', async () => {
    const db = openTestDatabase();
    await createFirstAdmin(db, admin);
    const { token } = await logIn(db, 'sari', admin.password, undefined);
    expect(userForSessionToken(db, token, new Date(Date.now() + 15 * 24 * 3600_000))).toBeUndefined();
  });
});

describe('createUser', () => {
  it('creates a user with a role and refuses a taken username', async () => {
    const db = openTestDatabase();
    const adminId = await createFirstAdmin(db, admin);
    const input = { username: 'budi', displayName: 'Budi', password: 'sandi-budi-123', role: 'annotator' as const };
    const id = await createUser(db, input, adminId);
    expect(getAuditEntriesByEntity(db, 'user', id)[0]?.userId).toBe(adminId);
    expect(await codeOf(createUser(db, { ...input, username: 'BUDI' }, adminId))).toBe('user.exists');
  });
});
