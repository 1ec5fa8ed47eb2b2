// The label set: which labels exist, their colours, shortcuts and attribute definitions (JSON,
// parsed and checked by lib/annotations/labels.ts).
import type { StoredLabel } from '../../annotations/labels';
import type { Db } from '../connection';
import { statement } from '../statement';

/** Every label in display order, attributes still as JSON text. */
export function listStoredLabels(db: Db): StoredLabel[] {
  return statement(db, 'SELECT name, color, shortcut, attributes FROM labels ORDER BY ord').all() as StoredLabel[];
}
