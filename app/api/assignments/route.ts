// Assignments: an admin assigns a document to a user for a task (annotate or translate).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assignDocument } from '@/lib/assignment-store/manage-assignments';
import { ASSIGNMENT_TASKS, listAssignments } from '@/lib/db/queries/assignments';
import { handleRead, handleUserWrite, parseJsonBody } from '../../_server/handle-route';

const assignSchema = z.object({
  slug: z.string().min(1).max(200),
  userId: z.coerce.number().int().min(1),
  task: z.enum(ASSIGNMENT_TASKS),
});

export function GET(request: Request) {
  return handleRead(request, { permission: 'assignment.manage' }, ({ db }) => NextResponse.json({ assignments: listAssignments(db) }));
}

export function POST(request: Request) {
  return handleUserWrite(request, { permission: 'assignment.manage' }, async ({ db, user }) => {
    const input = await parseJsonBody(request, assignSchema);
    return NextResponse.json({ assignment: assignDocument(db, input, user.id) }, { status: 201 });
  });
}
