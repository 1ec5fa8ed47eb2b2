import { describe, expect, it } from 'vitest';
import { pageOfRows } from '../../../lib/research/statistics/page-of-rows';

const rows = Array.from({ length: 450 }, (_, i) => i + 1);

describe('pageOfRows', () => {
  it('cuts the table into pages of the given size, the last one shorter', () => {
    expect(pageOfRows(rows, '1', 200)).toMatchObject({ page: 1, pages: 3, from: 1, to: 200 });
    const last = pageOfRows(rows, '3', 200);
    expect(last).toMatchObject({ page: 3, pages: 3, from: 401, to: 450 });
    expect(last.rows).toEqual(rows.slice(400));
  });

  it('reads junk, zero, negative or fractional pages as the first, and clamps past the end', () => {
    for (const junk of [undefined, '', 'abc', '0', '-2', '1.5', ['x']]) expect(pageOfRows(rows, junk, 200).page).toBe(1);
    expect(pageOfRows(rows, '99', 200)).toMatchObject({ page: 3, from: 401, to: 450 });
    expect(pageOfRows(rows, ['2', '3'], 200).page).toBe(2);
  });

  it('has one empty page for an empty table', () => {
    expect(pageOfRows([], '4', 200)).toEqual({ rows: [], page: 1, pages: 1, from: 0, to: 0 });
  });
});
