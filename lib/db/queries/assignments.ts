// Assignments: which document a user annotates or translates, who assigned it, and whether the
// assignee has marked it finished; plus the per-layer counts behind an annotator's progress.
import type { Db } from '../connection';
import { statement } from '../statement';

export const ASSIGNMENT_TASKS = ['annotate', 'translate'] as const;
export type AssignmentTask = (typeof ASSIGNMENT_TASKS)[number];

export interface AssignmentRow {
  id: number;
  documentId: number;
  slug: string;
  title: string;
  userId: number;
  username: string;
  displayName: string;
  task: AssignmentTask;
  assignedBy: number | null;
  assignedAt: string;
  finishedAt: string | null;
}

const ASSIGNMENT_SELECT = `SELECT a.id, a.document_id AS documentId, d.slug, d.title, a.user_id AS userId, u.username,
         u.display_name AS displayName, a.task, a.assigned_by AS assignedBy, a.assigned_at AS assignedAt,
         a.finished_at AS finishedAt
  FROM assignments a JOIN documents d ON d.id = a.document_id JOIN users u ON u.id = a.user_id`;

export interface NewAssignment {
  documentId: number;
  userId: number;
  task: AssignmentTask;
  assignedBy: number | null;
  assignedAt: string;
}

/** Inserts an assignment; returns its id, or null when the user already has this task on this document. */
export function insertAssignment(db: Db, assignment: NewAssignment): number | null {
  const result = statement(
    db,
    `INSERT INTO assignments (document_id, user_id, task, assigned_by, assigned_at)
     VALUES (@documentId, @userId, @task, @assignedBy, @assignedAt)
     ON CONFLICT (document_id, user_id, task) DO NOTHING`,
  ).run(assignment);
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

export function getAssignmentById(db: Db, id: number): AssignmentRow | undefined {
  return statement(db, `${ASSIGNMENT_SELECT} WHERE a.id = ?`).get(id) as AssignmentRow | undefined;
}

export function deleteAssignmentById(db: Db, id: number): boolean {
  return statement(db, 'DELETE FROM assignments WHERE id = ?').run(id).changes === 1;
}

/** Sets (a time) or clears (null) when the assignee finished. */
export function updateAssignmentFinishedAt(db: Db, id: number, finishedAt: string | null): boolean {
  return statement(db, 'UPDATE assignments SET finished_at = @finishedAt WHERE id = @id').run({ id, finishedAt }).changes === 1;
}

/** Every assignment, by document title, task and assignee (the admin page). */
export function listAssignments(db: Db): AssignmentRow[] {
  return statement(db, `${ASSIGNMENT_SELECT} ORDER BY d.title, d.id, a.task, u.username`).all() as AssignmentRow[];
}

/** One user's assignments: open ones first, then by document title. */
export function listAssignmentsByUserId(db: Db, userId: number): AssignmentRow[] {
  return statement(db, `${ASSIGNMENT_SELECT} WHERE a.user_id = ? ORDER BY a.finished_at IS NOT NULL, d.title, a.task`).all(
    userId,
  ) as AssignmentRow[];
}

/** Ids of the annotators who marked their annotate assignment of a document finished. */
export function listFinishedAnnotatorIdsByDocumentId(db: Db, documentId: number): number[] {
  return (
    statement(
      db,
      `SELECT user_id AS userId FROM assignments
       WHERE document_id = ? AND task = 'annotate' AND finished_at IS NOT NULL ORDER BY user_id`,
    ).all(documentId) as Array<{ userId: number }>
  ).map((row) => row.userId);
}

export interface LayerProgressRow {
  documentId: number;
  annotations: number;
  coveredSentences: number;
  sentences: number;
}

/**
 * For each document a user is assigned to annotate: the live accepted annotations of their layer
 * (pending and rejected suggestions are not marks they made), and how many of the document's
 * sentences (outside page furniture) hold at least one of them.
 */
export function listLayerProgressByUserId(db: Db, userId: number): LayerProgressRow[] {
  return statement(
    db,
    `SELECT a.document_id AS documentId,
            (SELECT count(*) FROM annotations n
             WHERE n.document_id = a.document_id AND n.layer_user_id = a.user_id AND n.deleted_at IS NULL
               AND n.status = 'accepted') AS annotations,
            (SELECT count(*) FROM sentences s JOIN blocks b ON b.id = s.block_id
             WHERE s.document_id = a.document_id AND b.kind <> 'page_furniture' AND EXISTS (
               SELECT 1 FROM annotations n
               WHERE n.document_id = s.document_id AND n.layer_user_id = a.user_id AND n.deleted_at IS NULL
                 AND n.status = 'accepted' AND n.start_offset < s.end_offset AND n.end_offset > s.start_offset)) AS coveredSentences,
            (SELECT count(*) FROM sentences s JOIN blocks b ON b.id = s.block_id
             WHERE s.document_id = a.document_id AND b.kind <> 'page_furniture') AS sentences
     FROM assignments a WHERE a.user_id = ? AND a.task = 'annotate'`,
  ).all(userId) as LayerProgressRow[];
}

export interface AssignableUser {
  id: number;
  username: string;
  displayName: string;
  role: string;
}

/** Accounts that can log in (not disabled, not reserved), for the assignment form. */
export function listAssignableUsers(db: Db): AssignableUser[] {
  return statement(
    db,
    `SELECT id, username, display_name AS displayName, role FROM users
     WHERE disabled_at IS NULL AND username NOT GLOB '@*' ORDER BY username`,
  ).all() as AssignableUser[];
}

export function getAssignableUserById(db: Db, id: number): AssignableUser | undefined {
  return statement(
    db,
    `SELECT id, username, display_name AS displayName, role FROM users
     WHERE id = ? AND disabled_at IS NULL AND username NOT GLOB '@*'`,
  ).get(id) as AssignableUser | undefined;
}
