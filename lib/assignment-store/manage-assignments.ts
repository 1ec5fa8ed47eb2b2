// Assigning documents: an admin gives a user a document to annotate or translate (or takes it
// back); the assignee marks it finished or reopens it. Each write is one transaction with its
// audit entry.
import { hasPermission, type Role } from '../auth/roles';
import type { Db } from '../db/connection';
import {
  deleteAssignmentById,
  getAssignableUserById,
  getAssignmentById,
  insertAssignment,
  updateAssignmentFinishedAt,
  type AssignmentRow,
  type AssignmentTask,
} from '../db/queries/assignments';
import { insertAuditEntry } from '../db/queries/audit';
import { getAnnotatableDocumentBySlug } from '../db/queries/annotations';
import { AppError } from '../errors';

export interface AssignmentInput {
  slug: string;
  userId: number;
  task: AssignmentTask;
}

/** What the assignee's role must allow for a task. */
const TASK_PERMISSION = { annotate: 'annotation.write', translate: 'translation.write' } as const;

/** The tasks a role can be assigned, for the form to offer only those people. */
export function tasksForRole(role: Role): AssignmentInput['task'][] {
  return (Object.keys(TASK_PERMISSION) as AssignmentInput['task'][]).filter((task) => hasPermission(role, TASK_PERMISSION[task]));
}

function auditOf(row: AssignmentRow) {
  return { document: row.slug, userId: row.userId, task: row.task, finishedAt: row.finishedAt };
}

/**
 * Assigns a document to a user for a task. Throws document.notFound, user.notFound (an unknown,
 * disabled or reserved account), assignment.roleCannotDoTask, assignment.exists.
 */
export function assignDocument(db: Db, input: AssignmentInput, assignedBy: number): AssignmentRow {
  return db
    .transaction((): AssignmentRow => {
      const doc = getAnnotatableDocumentBySlug(db, input.slug);
      if (!doc) throw new AppError('document.notFound', { slug: input.slug });
      const user = getAssignableUserById(db, input.userId);
      if (!user) throw new AppError('user.notFound', { username: String(input.userId) });
      if (!hasPermission(user.role as Role, TASK_PERMISSION[input.task])) {
        throw new AppError('assignment.roleCannotDoTask', { username: user.username, task: input.task });
      }
      const id = insertAssignment(db, { documentId: doc.id, userId: user.id, task: input.task, assignedBy, assignedAt: new Date().toISOString() });
      if (id === null) throw new AppError('assignment.exists', { username: user.username, slug: doc.slug, task: input.task });
      const row = getAssignmentById(db, id);
      if (!row) throw new Error(`assignment ${id} vanished inside its transaction`);
      insertAuditEntry(db, { userId: assignedBy, action: 'assignment.create', entity: 'assignment', entityId: id, after: auditOf(row) });
      return row;
    })
    .immediate();
}

/** Takes an assignment back; the assignee's annotations and translations stay. */
export function removeAssignment(db: Db, id: number, removedBy: number): void {
  db.transaction(() => {
    const row = getAssignmentById(db, id);
    if (!row || !deleteAssignmentById(db, id)) throw new AppError('assignment.notFound', { id });
    insertAuditEntry(db, { userId: removedBy, action: 'assignment.delete', entity: 'assignment', entityId: id, before: auditOf(row) });
  }).immediate();
}

/**
 * The assignee marks their assignment finished (`true`) or reopens it (`false`). Someone else's
 * assignment answers 404, as if it did not exist. Marking it as it already is changes nothing.
 */
export function setAssignmentFinished(db: Db, id: number, userId: number, finished: boolean): AssignmentRow {
  return db
    .transaction((): AssignmentRow => {
      const row = getAssignmentById(db, id);
      if (!row || row.userId !== userId) throw new AppError('assignment.notFound', { id });
      if ((row.finishedAt !== null) === finished) return row;
      const finishedAt = finished ? new Date().toISOString() : null;
      updateAssignmentFinishedAt(db, id, finishedAt);
      const next = { ...row, finishedAt };
      insertAuditEntry(db, {
        userId,
        action: finished ? 'assignment.finish' : 'assignment.reopen',
        entity: 'assignment',
        entityId: id,
        before: auditOf(row),
        after: auditOf(next),
      });
      return next;
    })
    .immediate();
}
