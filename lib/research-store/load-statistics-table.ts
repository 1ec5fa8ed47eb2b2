// The statistics table of the corpus (or one document): statistic rows read with the export's
// documents, labels and statuses (loadViewDocuments: the rows filterExportDocument would keep), so
// the table holds what an export with those filters holds; then filtered, sorted and, when asked,
// grouped into disagreements.
import { loadLabels } from '../annotation-store/record-annotation-write';
import type { Db } from '../db/connection';
import { listExportDocumentHeads, type ExportDocumentHead } from '../db/queries/exports';
import { filterStatisticRows } from '../research/statistics/filter-statistic-rows';
import { groupStatisticDisagreements, type StatisticDisagreement } from '../research/statistics/group-statistic-disagreements';
import { sortStatisticRows } from '../research/statistics/sort-statistic-rows';
import { buildStatisticRows, type StatisticRow } from '../research/statistics/statistic-row';
import type { StatisticsQuery } from '../research/statistics/statistics-query';
import { loadViewDocuments } from './load-view-documents';

/** Labels a statistic row is made from: the statistic, the claim around it, the actors in that claim. */
const ROW_LABELS = ['statistic', 'claim', 'actor'];

export interface StatisticsTable {
  /** The filtered, sorted rows (all of them, also when grouping). */
  rows: StatisticRow[];
  /** The disagreement groups among `rows`, when the query asks for them. */
  groups: StatisticDisagreement[] | null;
  /** The documents one may filter by (latest versions). */
  documents: ExportDocumentHead[];
  /** The statistic label's kinds. */
  kinds: string[];
}

/** Every statistic row the query takes, before row filters and sorting. */
export function loadStatisticRows(db: Db, query: Pick<StatisticsQuery, 'statuses' | 'document'>): StatisticRow[] {
  const docs = loadViewDocuments(db, {
    ...(query.document !== undefined && { document: query.document }),
    labels: ROW_LABELS,
    statuses: query.statuses,
    alignmentsOf: 'statistic',
  });
  const rows: StatisticRow[] = [];
  for (const doc of docs) rows.push(...buildStatisticRows(doc));
  return rows;
}

export function loadStatisticsTable(db: Db, query: StatisticsQuery): StatisticsTable {
  const rows = sortStatisticRows(filterStatisticRows(loadStatisticRows(db, query), query.filters), query.sort);
  const kinds = loadLabels(db).find((label) => label.name === 'statistic')?.attributes.find((a) => a.name === 'kind')?.options ?? [];
  return {
    rows,
    groups: query.groupDisagreements ? groupStatisticDisagreements(rows) : null,
    documents: listExportDocumentHeads(db),
    kinds,
  };
}
