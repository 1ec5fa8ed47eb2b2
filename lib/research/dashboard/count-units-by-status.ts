// Translation units per status, counted from the documents an export would write: a unit without
// English is `new`.
import type { ExportDocument } from '../../export/export-document';
import { UNIT_STATUSES, type UnitStatus } from '../../translation/unit-status';

export type UnitStatusCounts = Record<UnitStatus, number> & { total: number };

export function countUnitsByStatus(docs: Iterable<Pick<ExportDocument, 'units'>>): UnitStatusCounts {
  const counts = Object.fromEntries([...UNIT_STATUSES, 'total'].map((key) => [key, 0])) as UnitStatusCounts;
  for (const doc of docs) {
    for (const unit of doc.units) {
      counts[unit.translation?.status ?? 'new']++;
      counts.total++;
    }
  }
  return counts;
}

/** The same counts as countUnitsByStatus from counts already grouped by status. */
export function unitCountsFromGroups(groups: Iterable<{ status: UnitStatus; count: number }>): UnitStatusCounts {
  const counts = Object.fromEntries([...UNIT_STATUSES, 'total'].map((key) => [key, 0])) as UnitStatusCounts;
  for (const group of groups) {
    counts[group.status] += group.count;
    counts.total += group.count;
  }
  return counts;
}
