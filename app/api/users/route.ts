// Admin: create a user with a role.
import { NextResponse } from 'next/server';
import { createUser, NEW_USER_FIELD_ERRORS, newUserSchema } from '@/lib/auth/accounts';
import { AppError } from '@/lib/errors';
import { handleWrite, parseJsonBody } from '../../_server/handle-route';

export function POST(request: Request) {
  return handleWrite(request, { permission: 'user.manage' }, async ({ db, user }) => {
    const input = await parseJsonBody(request, newUserSchema, NEW_USER_FIELD_ERRORS);
    if (!user) throw new AppError('auth.unauthenticated');
    const id = await createUser(db, input, user.id);
    return NextResponse.json({ id, username: input.username }, { status: 201 });
  });
}
