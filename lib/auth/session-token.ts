// Session tokens: random, given to the browser in an httpOnly cookie, stored only as a hash.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'selaras_session';
export const SESSION_DAYS = 14;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
}
