// Who is asking: the session cookie's user, and the guard every page uses.
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { isSetupOpen, userForSessionToken } from '@/lib/auth/accounts';
import { hasPermission, type Permission } from '@/lib/auth/roles';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import { getDatabase } from '@/lib/db/connection';
import type { UserRow } from '@/lib/db/queries/users';

export async function currentUser(): Promise<UserRow | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return userForSessionToken(getDatabase(), token);
}

/** For pages: the logged-in user holding `permission`; sends others to setup or login. */
export async function requirePageUser(permission: Permission): Promise<UserRow> {
  const user = await currentUser();
  if (!user) redirect(isSetupOpen(getDatabase()) ? '/setup' : '/login');
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
