// The research views on a real database: seed 004 annotated and translated through the stores
// (tests/export-store/fixtures), compared with what the aligned-JSON export of the same database says.
import { beforeAll, describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/annotation-store/update-annotation';
import { exportChunks } from '../../lib/export-store/write-export';
import { loadActorNetwork } from '../../lib/research-store/load-actor-network';
import { loadDashboard } from '../../lib/research-store/load-dashboard';
import { loadStatisticsTable } from '../../lib/research-store/load-statistics-table';
import { writeStatisticsCsv } from '../../lib/research/statistics/statistics-csv';
import { parseStatisticsQuery } from '../../lib/research/statistics/statistics-query';
import { UNIT_STATUSES } from '../../lib/translation/unit-status';
import { exportBench, type ExportBench } from '../export-store/fixtures';
import { annotate } from '../translation-store/fixtures';

const IOM_SENTENCE_START = 'Data dari International Organization for Migration (IOM)';

interface AlignedJson {
  documents: Array<{
    slug: string;
    sentences: Array<{ english: null | { status: string } }>;
    annotations: Array<{ label: string; status: string }>;
  }>;
}

function alignedJson(bench: ExportBench, documents?: string[]): AlignedJson {
  const text = [...exportChunks(bench.db, { format: 'aligned-json', filters: documents ? { documents } : {} }, { baseUrl: 'http://localhost' })].join('');
  return JSON.parse(text) as AlignedJson;
}

/** Label → status → count, as the export file says. */
function exportedLabelCounts(json: AlignedJson): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const doc of json.documents) {
    for (const a of doc.annotations) {
      const byStatus = (counts[a.label] ??= {});
      byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    }
  }
  return counts;
}

function exportedUnitCounts(json: AlignedJson): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0]));
  for (const doc of json.documents) for (const s of doc.sentences) counts[s.english?.status ?? 'new'] = (counts[s.english?.status ?? 'new'] ?? 0) + 1;
  return counts;
}

let bench: ExportBench;
let claimId: string;

beforeAll(() => {
  bench = exportBench();
  const sentenceStart = bench.text.indexOf(IOM_SENTENCE_START);
  const sentenceEnd = bench.text.indexOf('.', bench.text.indexOf('195 korban')) + 1;
  const claim = annotate(bench, bench.text.slice(sentenceStart, sentenceEnd), { label: 'claim', attributes: { kind: 'factual', attributed_to: bench.iomEntityId } });
  claimId = claim.id;
  // The suggested Laos is accepted by the annotator: a review in the history.
  patchAnnotation(bench.db, bench.annotations.suggested.id, bench.annotator, { revision: bench.annotations.suggested.revision, status: 'accepted' });
});

describe('loadStatisticsTable', () => {
  it('lists the accepted statistic with its claim, the claim source and actors, and its English', () => {
    const table = loadStatisticsTable(bench.db, parseStatisticsQuery(new URLSearchParams()));
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      annotationId: bench.annotations.statistic.id,
      documentSlug: bench.slug,
      quote: '195 korban',
      value: 195,
      kind: 'count',
      claim: { id: claimId },
      english: '195 victims',
      rendering: '195 victims',
    });
    expect(table.rows[0]?.actors.map((a) => [a.role, a.name])).toEqual([
      ['source', 'IOM'],
      ['mention', 'Laos'],
    ]);
    expect(table.kinds).toEqual(['count', 'percent', 'rate', 'money', 'rank', 'index']);
  });

  it('takes other statuses only when asked, and filters by actor and document', () => {
    annotate(bench, 'peringkat kedua', { label: 'statistic', status: 'suggested', attributes: { value: 2, kind: 'rank' } });
    const suggested = loadStatisticsTable(bench.db, parseStatisticsQuery(new URLSearchParams('status=suggested')));
    expect(suggested.rows.map((r) => r.quote)).toEqual(['peringkat kedua']);
    expect(loadStatisticsTable(bench.db, parseStatisticsQuery(new URLSearchParams('actor=iom'))).rows).toHaveLength(1);
    expect(loadStatisticsTable(bench.db, parseStatisticsQuery(new URLSearchParams('actor=UNODC'))).rows).toHaveLength(0);
    expect(loadStatisticsTable(bench.db, parseStatisticsQuery(new URLSearchParams(`document=${bench.otherSlug}`))).rows).toHaveLength(0);
  });

  it('gives the CSV the same rows in the same order as the table', () => {
    const query = parseStatisticsQuery(new URLSearchParams('status=accepted&status=suggested&sort=value&dir=desc'));
    const table = loadStatisticsTable(bench.db, query);
    const ids = writeStatisticsCsv({ rows: table.rows })
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[3]);
    expect(ids).toEqual(table.rows.map((r) => r.annotationId));
    expect(table.rows.map((r) => r.value)).toEqual([195, 2]);
  });
});

describe('loadDashboard', () => {
  it('counts annotations per label and status as the aligned-JSON export of the corpus holds them', () => {
    const dashboard = loadDashboard(bench.db);
    const exported = exportedLabelCounts(alignedJson(bench));
    for (const row of dashboard?.labels ?? []) {
      for (const status of ['suggested', 'accepted', 'rejected'] as const) expect([row.label, status, row[status]]).toEqual([row.label, status, exported[row.label]?.[status] ?? 0]);
    }
    expect(dashboard?.labels.map((r) => r.label)).toEqual(['claim', 'actor', 'statistic']);
    expect(dashboard?.labels.reduce((sum, r) => sum + r.total, 0)).toBeGreaterThan(0);
  });

  it('counts units per status as the export of one document holds them', () => {
    const dashboard = loadDashboard(bench.db, bench.slug);
    const exported = exportedUnitCounts(alignedJson(bench, [bench.slug]));
    expect(dashboard?.document?.slug).toBe(bench.slug);
    const { total, ...byStatus } = dashboard?.units ?? { total: 0 };
    expect(byStatus).toEqual(exported);
    expect(byStatus).toMatchObject({ approved: 1, draft: 1 });
    expect(total).toBe(Object.values(exported).reduce((a, b) => a + b, 0));
  });

  it("shows each person's work of today from the history", () => {
    const dashboard = loadDashboard(bench.db, bench.slug);
    const today = new Date().toISOString().slice(0, 10);
    const ani = dashboard?.annotators.rows.find((r) => r.name === 'ani');
    // ani made IOM, 195 korban, Laos (as a suggestion, but by hand), the claim and the suggested
    // rank; and accepted the Laos suggestion.
    expect(ani).toMatchObject({ day: today, made: 5, reviewed: 1, cumulative: 6 });
    expect(dashboard?.translators.people).toEqual([
      { userId: bench.users.translator, name: 'tari', made: 1, reviewed: 0 },
      { userId: bench.users.reviewer, name: 'rudi', made: 0, reviewed: 1 },
    ].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('is undefined for an unknown document', () => {
    expect(loadDashboard(bench.db, 'no-such-document')).toBeUndefined();
  });
});

describe('loadActorNetwork', () => {
  it('joins IOM and Laos in the claim, and finds them in the same sentence', () => {
    const byClaim = loadActorNetwork(bench.db, { scope: 'claim' }).network;
    expect(byClaim.edges.map((e) => [e.source, e.target, e.weight])).toEqual([[`entity:${bench.iomEntityId}`, expect.stringMatching(/^(entity:\d+|name:laos)$/), 1]]);
    const bySentence = loadActorNetwork(bench.db, { scope: 'sentence', document: bench.slug }).network;
    expect(bySentence.nodes.map((n) => n.name).sort()).toEqual(['IOM', 'Laos']);
    expect(bySentence.edges).toHaveLength(1);
    expect(bySentence.passages[0]?.text).toContain('195 korban');
  });
});
