// One assignment: its assignee marks it finished or reopens it (PATCH); an admin takes it back (DELETE).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { removeAssignment, setAssignmentFinished } from '@/lib/assignment-store/manage-assignments';
import { AppError } from '@/lib/errors';
import { handleUserWrite, parseJsonBody } from '../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

const idSchema = z.coerce.number().int().min(1);

async function assignmentId(params: Params['params']): Promise<number> {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) throw new AppError('assignment.notFound', { id: (await params).id });
  return parsed.data;
}

export function PATCH(request: Request, { params }: Params) {
  // The store answers 404 for someone else's assignment.
  return handleUserWrite(request, { permission: 'assignment.work' }, async ({ db, user }) => {
    const id = await assignmentId(params);
    const { finished } = await parseJsonBody(request, z.object({ finished: z.boolean() }));
    return NextResponse.json({ assignment: setAssignmentFinished(db, id, user.id, finished) });
  });
}

export function DELETE(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'assignment.manage' }, async ({ db, user }) => {
    removeAssignment(db, await assignmentId(params), user.id);
    return NextResponse.json({ ok: true });
  });
}
