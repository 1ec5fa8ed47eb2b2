// The attributes of a statistic as the parser reads them. The keys are the attribute names of the
// `statistic` label (see migrations), so a parsed statistic can pre-fill an annotation directly.

import type { AnnotationAttributes } from '../types';

export const STATISTIC_KINDS = ['count', 'percent', 'rate', 'money', 'rank', 'index'] as const;
export type StatisticKind = (typeof STATISTIC_KINDS)[number];

export const STATISTIC_QUALIFIERS = ['approximately', 'more_than', 'less_than', 'almost', 'at_least', 'at_most'] as const;
export type StatisticQualifier = (typeof STATISTIC_QUALIFIERS)[number];

/** What a statistic says, as far as the words tell. Absent keys were not in the text. */
export interface ParsedStatistic {
  kind: StatisticKind;
  value: number;
  /** Upper end of a range (`40.000 hingga 70.000`). */
  value_max?: number;
  /** What is counted, as written: `anak`, `korban`, `tanda tangan`. */
  unit?: string;
  /** Rate base: 1000 in `16,8 korban per 1000 populasi`. */
  per?: number;
  /** ISO 4217 code: `USD` for `$`, `IDR` for `Rp`. */
  currency?: string;
  qualifier?: StatisticQualifier;
  /** Rank base: 180 in `peringkat 144 dari 180 negara`. */
  out_of?: number;
  reference_year?: number;
}

/** A statistic found in a text: offsets are string indices into that text. */
export interface StatisticCandidate {
  start: number;
  end: number;
  quote: string;
  attributes: ParsedStatistic;
}

/** The parsed statistic as annotation attributes (absent keys left out, numbers kept as numbers). */
export function toStatisticAttributes(parsed: ParsedStatistic): AnnotationAttributes {
  const attributes: AnnotationAttributes = {};
  for (const key of Object.keys(parsed) as Array<keyof ParsedStatistic>) {
    const value = parsed[key];
    if (value !== undefined) attributes[key] = value;
  }
  return attributes;
}
