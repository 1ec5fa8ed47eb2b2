// History counts behind the dashboard's progress charts: annotation and translation events per
// day (UTC, from the ISO timestamp), person, action and the status before and after. What counts
// as progress is decided in lib/research/dashboard, not here.
import type { EventDayCount } from '../../research/dashboard/progress-over-time';
import type { Db } from '../connection';
import { statement } from '../statement';

/** Annotation events by a person, grouped; of one document or, with `documentId` null, of all. */
export function countAnnotationEventsByDay(db: Db, documentId: number | null): EventDayCount[] {
  return statement(
    db,
    `SELECT substr(e.at, 1, 10) AS day, e.user_id AS userId, u.display_name AS name, e.action,
            json_extract(e.before, '$.status') AS beforeStatus, json_extract(e.after, '$.status') AS afterStatus,
            count(*) AS count
     FROM annotation_events e
     JOIN annotations a ON a.id = e.annotation_id
     JOIN users u ON u.id = e.user_id
     WHERE @documentId IS NULL OR a.document_id = @documentId
     GROUP BY day, e.user_id, e.action, beforeStatus, afterStatus
     ORDER BY day, u.display_name`,
  ).all({ documentId }) as EventDayCount[];
}

/** Translation events by a person, grouped; of one document or, with `documentId` null, of all. */
export function countTranslationEventsByDay(db: Db, documentId: number | null): EventDayCount[] {
  return statement(
    db,
    `SELECT substr(e.at, 1, 10) AS day, e.user_id AS userId, u.display_name AS name, e.action,
            json_extract(e.before, '$.status') AS beforeStatus, json_extract(e.after, '$.status') AS afterStatus,
            count(*) AS count
     FROM translation_events e
     JOIN translations t ON t.id = e.translation_id
     JOIN users u ON u.id = e.user_id
     WHERE @documentId IS NULL OR t.document_id = @documentId
     GROUP BY day, e.user_id, e.action, beforeStatus, afterStatus
     ORDER BY day, u.display_name`,
  ).all({ documentId }) as EventDayCount[];
}
