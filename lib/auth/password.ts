// Password hashing with argon2id (OWASP's recommended parameters) and the minimum we accept.
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the const enum is not importable under isolatedModules.
const ARGON2ID = 2;


export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** True when the password matches; a malformed stored hash counts as no match. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps a login for an unknown user as slow as one for a known user.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('selaras-timing-equaliser');
  return dummyHash;
}
