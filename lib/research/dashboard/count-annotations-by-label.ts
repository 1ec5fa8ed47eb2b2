// Annotations per label and status, counted from the documents an export would write: every live
// annotation of every layer, orphaned ones included (the export carries them too).
import type { AnnotationStatus } from '../../annotations/types';
import type { ExportDocument } from '../../export/export-document';

export type LabelCount = { label: string; total: number } & Record<AnnotationStatus, number>;

/** One row per label, `labels` first in their order (zeros included), then any other label met. */
export function countAnnotationsByLabel(docs: Iterable<Pick<ExportDocument, 'annotations'>>, labels: readonly string[]): LabelCount[] {
  return labelCountsFromGroups(eachAnnotationOnce(docs), labels);
}

function* eachAnnotationOnce(docs: Iterable<Pick<ExportDocument, 'annotations'>>): Generator<LabelStatusCount> {
  for (const doc of docs) for (const { label, status } of doc.annotations) yield { label, status, count: 1 };
}

/** A count of annotations with one label and status, as the database groups them. */
export interface LabelStatusCount {
  label: string;
  status: AnnotationStatus;
  count: number;
}

/**
 * The same rows as countAnnotationsByLabel from counts already grouped (in the order the labels are
 * first met): `labels` first in their order, zeros included, then any other label.
 */
export function labelCountsFromGroups(groups: Iterable<LabelStatusCount>, labels: readonly string[]): LabelCount[] {
  const counts = new Map<string, LabelCount>();
  const row = (label: string): LabelCount => {
    let found = counts.get(label);
    if (!found) {
      found = { label, total: 0, suggested: 0, accepted: 0, rejected: 0 };
      counts.set(label, found);
    }
    return found;
  };
  for (const label of labels) row(label);
  for (const group of groups) {
    const entry = row(group.label);
    entry[group.status] += group.count;
    entry.total += group.count;
  }
  return [...counts.values()];
}
