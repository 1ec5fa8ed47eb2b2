// Login sessions (stored by the hash of their token) and login attempts for rate limiting.
import type { Db } from '../connection';
import { statement } from '../statement';
import type { UserRow } from './users';

export function insertSession(db: Db, tokenHash: string, userId: number, expiresAt: string): void {
  const now = new Date().toISOString();
  statement(
    db,
    `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(tokenHash, userId, now, expiresAt, now);
}

/** The user behind a live session, or undefined when it is unknown, expired or disabled. */
export function getUserBySessionHash(db: Db, tokenHash: string, now: string): UserRow | undefined {
  return statement(
      db,
      `SELECT u.id, u.username, u.display_name AS displayName, u.role, u.created_at AS createdAt
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
    )
    .get(tokenHash, now) as UserRow | undefined;
}

export function deleteSession(db: Db, tokenHash: string): void {
  statement(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function deleteExpiredSessions(db: Db, now: string): void {
  statement(db, 'DELETE FROM sessions WHERE expires_at <= ?').run(now);
}

/** Ends every session of a user (log out everywhere); returns how many there were. */
export function deleteSessionsByUserId(db: Db, userId: number): number {
  return statement(db, 'DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
}

/** Records an attempt as failed until proven otherwise; returns its id. */
export function insertFailedLoginAttempt(db: Db, username: string, at: string, client: string | null = null): number {
  return Number(
    statement(
      db,
      'INSERT INTO login_attempts (username, attempted_at, succeeded, client) VALUES (@username, @at, 0, @client)',
    ).run({ username, at, client }).lastInsertRowid,
  );
}

/** Failed attempts from one client address, for any username, since a moment (ISO time). */
export function countFailedLoginAttemptsByClientSince(db: Db, client: string, since: string): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM login_attempts WHERE client = ? AND succeeded = 0 AND attempted_at > ?').get(
      client,
      since,
    ) as { n: number }
  ).n;
}

export function markLoginAttemptSucceeded(db: Db, attemptId: number): void {
  statement(db, 'UPDATE login_attempts SET succeeded = 1 WHERE id = ?').run(attemptId);
}

export function deleteLoginAttemptsBefore(db: Db, before: string): void {
  statement(db, 'DELETE FROM login_attempts WHERE attempted_at <= ?').run(before);
}

/** Failed attempts for a username since a moment (ISO time). */
export function countFailedLoginAttemptsSince(db: Db, username: string, since: string): number {
  return (
    statement(
        db,
        'SELECT count(*) AS n FROM login_attempts WHERE username = ? AND succeeded = 0 AND attempted_at > ?',
      )
      .get(username, since) as { n: number }
  ).n;
}
