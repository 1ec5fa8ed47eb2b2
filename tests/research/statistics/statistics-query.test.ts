import { describe, expect, it } from 'vitest';
import { parseStatisticsQuery, statisticsQueryParams } from '../../../lib/research/statistics/statistics-query';

describe('parseStatisticsQuery', () => {
  it('takes accepted statistics of every document, in text order, by default', () => {
    expect(parseStatisticsQuery(new URLSearchParams())).toEqual({ statuses: ['accepted'], filters: {}, groupDisagreements: false });
  });

  it('reads filters, statuses, sort and grouping', () => {
    const query = parseStatisticsQuery(
      new URLSearchParams('status=accepted&status=suggested&document=seed-003&kind=count&what=anak&actor=ECPAT&year=2019&sort=value&dir=desc&group=1'),
    );
    expect(query).toEqual({
      statuses: ['accepted', 'suggested'],
      document: 'seed-003',
      filters: { kind: 'count', what: 'anak', actor: 'ECPAT', year: 2019 },
      sort: { key: 'value', direction: 'desc' },
      groupDisagreements: true,
    });
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    const query = parseStatisticsQuery(new URLSearchParams('status=bogus&year=soon&sort=DROP&dir=sideways&what=%20%20'));
    expect(query).toEqual({ statuses: ['accepted'], filters: {}, groupDisagreements: false });
  });
});

describe('statisticsQueryParams', () => {
  it('writes back what parseStatisticsQuery reads', () => {
    const text = 'status=suggested&document=d&kind=rate&what=korban&actor=IOM&year=2011&sort=year&dir=asc&group=1';
    const query = parseStatisticsQuery(new URLSearchParams(text));
    expect(parseStatisticsQuery(statisticsQueryParams(query))).toEqual(query);
    expect(statisticsQueryParams(parseStatisticsQuery(new URLSearchParams())).toString()).toBe('');
  });
});
