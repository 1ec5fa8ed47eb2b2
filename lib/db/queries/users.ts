// Accounts: lookup, creation and the first-run check.
import type { Role } from '../../auth/roles';
import type { Db } from '../connection';
import { statement } from '../statement';
import { insertAuditEntry } from './audit';

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  createdAt: string;
}

export interface UserWithHash extends UserRow {
  passwordHash: string;
  disabledAt: string | null;
}

const USER_COLUMNS = 'id, username, display_name AS displayName, role, created_at AS createdAt';

export function countUsers(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function getUserWithHashByUsername(db: Db, username: string): UserWithHash | undefined {
  return statement(
      db,
      `SELECT ${USER_COLUMNS}, password_hash AS passwordHash, disabled_at AS disabledAt
       FROM users WHERE username = ?`,
    )
    .get(username) as UserWithHash | undefined;
}

export function listUsers(db: Db): UserRow[] {
  return statement(db, `SELECT ${USER_COLUMNS} FROM users ORDER BY username`).all() as UserRow[];
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
}

/** Inserts a user and its audit entry; returns the new id, or null if the username is taken. */
export function insertUser(db: Db, user: NewUser, createdBy: number | null): number | null {
  // IMMEDIATE: the check and the insert see the same state, whoever else writes meanwhile.
  return db.transaction(() => {
    const existing = statement(db, 'SELECT id FROM users WHERE username = ?').get(user.username);
    if (existing) return null;
    const id = Number(
      statement(
          db,
          `INSERT INTO users (username, display_name, password_hash, role, created_at, created_by)
           VALUES (@username, @displayName, @passwordHash, @role, @createdAt, @createdBy)`,
        )
        .run({ ...user, createdAt: new Date().toISOString(), createdBy }).lastInsertRowid,
    );
    insertAuditEntry(db, {
      userId: createdBy ?? id,
      action: 'user.create',
      entity: 'user',
      entityId: id,
      after: { username: user.username, displayName: user.displayName, role: user.role },
    });
    return id;
  }).immediate();
}

/** Inserts the first admin only while no user exists (checked inside the write transaction). */
export function insertFirstAdmin(db: Db, user: Omit<NewUser, 'role'>): number | null {
  return db.transaction(() => {
    if (countUsers(db) > 0) return null;
    return insertUser(db, { ...user, role: 'admin' }, null);
  }).immediate();
}
