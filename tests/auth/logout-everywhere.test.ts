import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirstAdmin, createUser, logIn, logOutEverywhere, userForSessionToken } from '../../lib/auth/accounts';
import { getDatabase } from '../../lib/db/connection';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { openTestDatabase } from '../helpers/test-db';
import { callRoute } from './call-route';
import { buildMatrixFixture, copyFixtureDatabase, type MatrixFixture } from './route-matrix-fixture';

const PASSWORD = 'kata-sandi-rahasia';

describe('logOutEverywhere', () => {
  it("ends every session of the user and no one else's, and records it", async () => {
    const db = openTestDatabase();
    const sari = await createFirstAdmin(db, { username: 'sari', displayName: 'Sari', password: PASSWORD });
    await createUser(db, { username: 'budi', displayName: 'Budi', password: PASSWORD, role: 'annotator' }, sari);
    const laptop = await logIn(db, 'sari', PASSWORD, undefined);
    const phone = await logIn(db, 'sari', PASSWORD, undefined);
    const other = await logIn(db, 'budi', PASSWORD, undefined);
    expect(logOutEverywhere(db, sari)).toBe(2);
    expect(userForSessionToken(db, laptop.token)).toBeUndefined();
    expect(userForSessionToken(db, phone.token)).toBeUndefined();
    expect(userForSessionToken(db, other.token)?.username).toBe('budi');
    expect(getAuditEntriesByEntity(db, 'user', sari).map((e) => e.action)).toContain('user.logoutEverywhere');
  });
});

describe('POST /api/logout/everywhere', () => {
  let fixture: MatrixFixture;
  const saved = process.env.SELARAS_DB;
  beforeAll(async () => {
    fixture = await buildMatrixFixture();
  }, 60_000);
  afterAll(() => {
    process.env.SELARAS_DB = saved;
    fs.rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('ends the other browsers’ sessions too and clears this one’s cookie', async () => {
    process.env.SELARAS_DB = copyFixtureDatabase(fixture, 'logout-everywhere');
    const db = getDatabase();
    const elsewhere = await logIn(db, fixture.users.translator.username, 'kata-sandi-matriks', undefined);
    const response = await callRoute({ file: 'api/logout/everywhere/route.ts', method: 'POST', body: {}, token: fixture.users.translator.token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sessionsEnded: 2 });
    expect(response.headers.get('set-cookie')).toMatch(/selaras_session=;.*Max-Age=0/i);
    expect(userForSessionToken(db, elsewhere.token)).toBeUndefined();
    expect(userForSessionToken(db, fixture.users.translator.token)).toBeUndefined();
    expect(userForSessionToken(db, fixture.users.admin.token)?.role).toBe('admin');
  });
});
