import { describe, expect, it } from 'vitest';
import { filterStatisticRows } from '../../../lib/research/statistics/filter-statistic-rows';
import { groupStatisticDisagreements, normalizeWhat } from '../../../lib/research/statistics/group-statistic-disagreements';
import { sortStatisticRows } from '../../../lib/research/statistics/sort-statistic-rows';
import type { StatisticRow } from '../../../lib/research/statistics/statistic-row';

function row(id: string, fields: Partial<StatisticRow>): StatisticRow {
  return {
    annotationId: id,
    documentSlug: 'doc-a',
    documentTitle: 'A',
    start: 0,
    end: 1,
    quote: id,
    status: 'accepted',
    annotator: 'ani',
    value: null,
    valueMax: null,
    kind: 'count',
    what: null,
    per: null,
    currency: null,
    outOf: null,
    qualifier: null,
    year: null,
    claim: null,
    actors: [],
    english: null,
    rendering: null,
    ...fields,
  };
}

// Figures about children trafficked, as seeds 001 and 003 give them.
const indonesia = row('indonesia', { documentSlug: 'doc-001', documentTitle: 'Indonesia', start: 40, value: 100_000, what: 'anak-anak', year: 2004, actors: [{ role: 'source', entityId: 7, name: 'UNICEF' }] });
const range = row('range', { documentSlug: 'doc-001', documentTitle: 'Indonesia', start: 200, value: 40_000, valueMax: 70_000, what: 'anak' });
const cambodia = row('cambodia', { documentSlug: 'doc-003', documentTitle: 'Kamboja', start: 10, value: 1_200_000, what: 'Anak', year: 2019, actors: [{ role: 'mention', entityId: 9, name: 'ECPAT' }] });
const percent = row('percent', { documentSlug: 'doc-003', documentTitle: 'Kamboja', start: 80, value: 22, kind: 'percent', what: 'korban' });
const orphan = row('orphan', { documentSlug: 'doc-003', documentTitle: 'Kamboja', start: null, end: null, value: null, what: 'korban' });
const all = [cambodia, percent, orphan, range, indonesia];

describe('filterStatisticRows', () => {
  it('matches what is counted in part, ignoring case', () => {
    expect(filterStatisticRows(all, { what: 'ANAK' }).map((r) => r.annotationId)).toEqual(['cambodia', 'range', 'indonesia']);
  });

  it('matches an actor by part of its name, and kind and year exactly', () => {
    expect(filterStatisticRows(all, { actor: 'ecp' }).map((r) => r.annotationId)).toEqual(['cambodia']);
    expect(filterStatisticRows(all, { kind: 'percent' }).map((r) => r.annotationId)).toEqual(['percent']);
    expect(filterStatisticRows(all, { year: 2004, what: 'anak' }).map((r) => r.annotationId)).toEqual(['indonesia']);
  });
});

describe('sortStatisticRows', () => {
  it('keeps text order without a sort: document title, then position, orphans last', () => {
    expect(sortStatisticRows(all).map((r) => r.annotationId)).toEqual(['indonesia', 'range', 'cambodia', 'percent', 'orphan']);
  });

  it('sorts numbers as numbers and puts empty values last in both directions', () => {
    expect(sortStatisticRows(all, { key: 'value', direction: 'asc' }).map((r) => r.annotationId)).toEqual(['percent', 'range', 'indonesia', 'cambodia', 'orphan']);
    expect(sortStatisticRows(all, { key: 'value', direction: 'desc' }).map((r) => r.annotationId)).toEqual(['cambodia', 'indonesia', 'range', 'percent', 'orphan']);
    expect(sortStatisticRows(all, { key: 'year', direction: 'desc' }).map((r) => r.annotationId)).toEqual(['cambodia', 'indonesia', 'range', 'percent', 'orphan']);
  });

  it('sorts text columns and breaks ties by text order', () => {
    expect(sortStatisticRows(all, { key: 'what', direction: 'asc' }).map((r) => r.annotationId)).toEqual(['range', 'cambodia', 'indonesia', 'percent', 'orphan']);
  });
});

describe('normalizeWhat', () => {
  it('reads a reduplicated plural as its singular and ignores case and spaces', () => {
    expect(normalizeWhat(' Anak-anak ')).toBe('anak');
    expect(normalizeWhat('anak  perempuan')).toBe('anak perempuan');
    expect(normalizeWhat('laki-laki')).toBe('laki');
  });
});

describe('groupStatisticDisagreements', () => {
  it('groups the same thing counted in two documents with different values', () => {
    const groups = groupStatisticDisagreements(sortStatisticRows(all));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ what: 'anak-anak', kind: 'count', documents: 2, values: 3 });
    expect(groups[0]?.rows.map((r) => r.annotationId)).toEqual(['indonesia', 'range', 'cambodia']);
  });

  it('leaves out agreement, a single document, and rows without a thing counted or a value', () => {
    const same = row('same', { documentSlug: 'doc-003', value: 100_000, what: 'anak' });
    const copy = row('copy', { documentSlug: 'doc-001', value: 100_000, what: 'anak' });
    expect(groupStatisticDisagreements([same, copy])).toEqual([]);
    expect(groupStatisticDisagreements([indonesia, range])).toEqual([]);
    expect(groupStatisticDisagreements([percent, orphan])).toEqual([]);
  });

  it('keeps different rate bases apart', () => {
    const perThousand = row('k', { documentSlug: 'doc-001', kind: 'rate', value: 16.8, per: 1000, what: 'korban' });
    const perHundred = row('h', { documentSlug: 'doc-003', kind: 'rate', value: 2, per: 100, what: 'korban' });
    expect(groupStatisticDisagreements([perThousand, perHundred])).toEqual([]);
  });
});
