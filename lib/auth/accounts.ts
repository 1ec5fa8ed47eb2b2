// Account operations used by the routes and the CLI: first-run setup, user creation, login with a
// rate limit and session rotation, session lookup and logout.
import { z } from 'zod';
import type { Db } from '../db/connection';
import { insertAuditEntry } from '../db/queries/audit';
import {
  countFailedLoginAttemptsByClientSince,
  countFailedLoginAttemptsSince,
  deleteExpiredSessions,
  deleteLoginAttemptsBefore,
  deleteSession,
  deleteSessionsByUserId,
  getUserBySessionHash,
  insertFailedLoginAttempt,
  insertSession,
  markLoginAttemptSucceeded,
} from '../db/queries/sessions';
import { countUsers, getUserWithHashByUsername, insertFirstAdmin, insertUser, type UserRow } from '../db/queries/users';
import { AppError, type AppErrorCode } from '../errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { MIN_PASSWORD_LENGTH } from './password-rules';
import { ROLES, type Role } from './roles';
import { hashSessionToken, newSessionToken, sessionExpiry } from './session-token';

export const LOGIN_WINDOW_MINUTES = 15;
export const LOGIN_MAX_FAILURES = 5;
/** Failures one client address may make across usernames (a few people may share one address). */
export const LOGIN_MAX_FAILURES_PER_CLIENT = 20;

export const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,40}$/),
  displayName: z.string().trim().min(1).max(80),
  password: z.string().max(200),
  role: z.enum(ROLES),
});
export type NewUserInput = z.infer<typeof newUserSchema>;

/** The precise error to report when a field of a new user fails its schema. */
export const NEW_USER_FIELD_ERRORS = { username: 'user.invalidUsername' } as const satisfies Record<string, AppErrorCode>;

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('user.weakPassword', { min: MIN_PASSWORD_LENGTH });
}

export function isSetupOpen(db: Db): boolean {
  return countUsers(db) === 0;
}

/** Creates the first admin; refused once any user exists. */
export async function createFirstAdmin(db: Db, input: Omit<NewUserInput, 'role'>): Promise<number> {
  checkPassword(input.password);
  if (!isSetupOpen(db)) throw new AppError('auth.setupClosed');
  const passwordHash = await hashPassword(input.password);
  const id = insertFirstAdmin(db, { username: input.username, displayName: input.displayName, passwordHash });
  if (id === null) throw new AppError('auth.setupClosed');
  return id;
}

/** First run: creates the administrator and logs them in, in one step. */
export async function setUpFirstAdmin(
  db: Db,
  input: Omit<NewUserInput, 'role'>,
  previousToken: string | undefined,
): Promise<LoginResult> {
  await createFirstAdmin(db, input);
  return logIn(db, input.username, input.password, previousToken);
}

export async function createUser(db: Db, input: NewUserInput, createdBy: number): Promise<number> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const id = insertUser(
    db,
    { username: input.username, displayName: input.displayName, passwordHash, role: input.role as Role },
    createdBy,
  );
  if (id === null) throw new AppError('user.exists', { username: input.username });
  return id;
}

export interface LoginResult {
  user: UserRow;
  token: string;
  expiresAt: Date;
}

/**
 * Checks the password (rate-limited per username and per client address, when known), ends the
 * session the browser came with, and starts a new one, so a token planted before login is
 * worthless after it.
 */
export async function logIn(
  db: Db,
  username: string,
  password: string,
  previousToken: string | undefined,
  now: Date = new Date(),
  client: string | null = null,
): Promise<LoginResult> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
  // Counted and recorded in one synchronous step before the slow hash check, so parallel
  // guesses cannot all slip past the limit while their hashes are being verified.
  const attemptId = db.transaction(() => {
    if (countFailedLoginAttemptsSince(db, username, since) >= LOGIN_MAX_FAILURES) return null;
    if (client !== null && countFailedLoginAttemptsByClientSince(db, client, since) >= LOGIN_MAX_FAILURES_PER_CLIENT) return null;
    return insertFailedLoginAttempt(db, username, now.toISOString(), client);
  }).immediate();
  if (attemptId === null) throw new AppError('auth.rateLimited', { minutes: LOGIN_WINDOW_MINUTES });
  const user = getUserWithHashByUsername(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || user.disabledAt) throw new AppError('auth.invalidCredentials');
  const token = newSessionToken();
  const expiresAt = sessionExpiry(now);
  db.transaction(() => {
    markLoginAttemptSucceeded(db, attemptId);
    deleteLoginAttemptsBefore(db, new Date(now.getTime() - 24 * 60 * 60_000).toISOString());
    if (previousToken) deleteSession(db, hashSessionToken(previousToken));
    deleteExpiredSessions(db, now.toISOString());
    insertSession(db, hashSessionToken(token), user.id, expiresAt.toISOString());
  })();
  const { passwordHash: _hash, disabledAt: _disabled, ...row } = user;
  return { user: row, token, expiresAt };
}

export function userForSessionToken(db: Db, token: string | undefined, now: Date = new Date()): UserRow | undefined {
  if (!token) return undefined;
  return getUserBySessionHash(db, hashSessionToken(token), now.toISOString());
}

export function logOut(db: Db, token: string | undefined): void {
  if (token) deleteSession(db, hashSessionToken(token));
}

/** Ends every session of the user (a lost laptop, a shared computer); returns how many ended. */
export function logOutEverywhere(db: Db, userId: number): number {
  return db.transaction(() => {
    const ended = deleteSessionsByUserId(db, userId);
    insertAuditEntry(db, { userId, action: 'user.logoutEverywhere', entity: 'user', entityId: userId, after: { sessionsEnded: ended } });
    return ended;
  }).immediate();
}
