// A statistic's value in the reader's number format: `1,2 juta` is 1,200,000 in English and
// 1.200.000 in Indonesian; a range joins its ends with an en dash; a percentage keeps its sign.
import type { StatisticRow } from './statistic-row';

const formats = new Map<string, Intl.NumberFormat>();

/** A number in `locale`'s format, up to six decimals (the parser keeps what the text wrote). */
export function formatLocaleNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    formats.set(locale, format);
  }
  return format.format(value);
}

/** The value cell: `1.200.000`, `40.000–70.000`, `43,5%`; empty when the statistic has no value. */
export function formatStatisticValue(row: Pick<StatisticRow, 'value' | 'valueMax' | 'kind'>, locale: string): string {
  if (row.value === null) return '';
  const low = formatLocaleNumber(row.value, locale);
  const text = row.valueMax !== null && row.valueMax !== row.value ? `${low}–${formatLocaleNumber(row.valueMax, locale)}` : low;
  return row.kind === 'percent' ? `${text}%` : text;
}
