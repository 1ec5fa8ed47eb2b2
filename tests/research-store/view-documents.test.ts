// The views read their documents lighter than the export does (loadViewDocuments, grouped counts),
// for speed on a large corpus; what they show must stay what the export's own loader would give.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLabels } from '../../lib/annotation-store/record-annotation-write';
import { listEntities } from '../../lib/db/queries/entities';
import { loadExportDocuments } from '../../lib/export-store/load-export-documents';
import type { AnnotationStatus } from '../../lib/annotations/types';
import { loadActorNetwork } from '../../lib/research-store/load-actor-network';
import { loadDashboard } from '../../lib/research-store/load-dashboard';
import { loadStatisticRows } from '../../lib/research-store/load-statistics-table';
import { countAnnotationsByLabel } from '../../lib/research/dashboard/count-annotations-by-label';
import { countUnitsByStatus } from '../../lib/research/dashboard/count-units-by-status';
import { indexActorRegistry } from '../../lib/research/network/actor-node-key';
import { buildActorNetwork } from '../../lib/research/network/build-actor-network';
import { buildStatisticRows } from '../../lib/research/statistics/statistic-row';
import { exportBench, type ExportBench } from '../export-store/fixtures';
import { annotate } from '../translation-store/fixtures';

let bench: ExportBench;

beforeAll(() => {
  bench = exportBench();
  const start = bench.text.indexOf('Data dari International Organization for Migration (IOM)');
  const end = bench.text.indexOf('.', bench.text.indexOf('195 korban')) + 1;
  annotate(bench, bench.text.slice(start, end), { label: 'claim', attributes: { kind: 'factual', attributed_to: bench.iomEntityId } });
  // An actor named inside the claim without a registry link: a mention, and an edge with IOM.
  annotate(bench, 'International Organization for Migration', { label: 'actor' });
});

/** Every document choice a view offers: the corpus, one document, an older version. */
const documentChoices = (): Array<string | undefined> => [undefined, bench.slug, bench.oldOtherSlug];

describe('the research views read what the export reads', () => {
  it('gives the statistics table the rows the export documents give', () => {
    const statusChoices: AnnotationStatus[][] = [['accepted'], ['accepted', 'suggested'], ['suggested', 'rejected']];
    for (const statuses of statusChoices) {
      for (const document of documentChoices()) {
        const exported = [
          ...loadExportDocuments(bench.db, { ...(document !== undefined && { documents: [document] }), labels: ['statistic', 'claim', 'actor'], annotationStatuses: statuses }),
        ].flatMap(buildStatisticRows);
        expect(loadStatisticRows(bench.db, { statuses, ...(document !== undefined && { document }) })).toEqual(exported);
      }
    }
    expect(loadStatisticRows(bench.db, { statuses: ['accepted'] }).some((row) => row.claim !== null && row.english === '195 victims')).toBe(true);
  });

  it('gives the actor network the network of the export documents, by claim and by sentence', () => {
    for (const scope of ['claim', 'sentence'] as const) {
      for (const document of documentChoices()) {
        const exported = buildActorNetwork(
          loadExportDocuments(bench.db, { ...(document !== undefined && { documents: [document] }), labels: ['actor', 'claim'], annotationStatuses: ['accepted'] }),
          scope,
          indexActorRegistry(listEntities(bench.db)),
        );
        expect(loadActorNetwork(bench.db, { scope, ...(document !== undefined && { document }) }).network).toEqual(exported);
      }
    }
    expect(loadActorNetwork(bench.db, { scope: 'sentence' }).network.passages.length).toBeGreaterThan(0);
  });

  it('counts on the dashboard what the export documents hold', () => {
    const labels = loadLabels(bench.db).map((label) => label.name);
    for (const document of documentChoices()) {
      const docs = [...loadExportDocuments(bench.db, document === undefined ? {} : { documents: [document] })];
      const dashboard = loadDashboard(bench.db, document);
      expect(dashboard?.labels).toEqual(countAnnotationsByLabel(docs, labels));
      expect(dashboard?.units).toEqual(countUnitsByStatus(docs));
    }
  });
});
