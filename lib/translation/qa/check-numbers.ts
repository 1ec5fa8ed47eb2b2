// QA: every number of the Indonesian source must reach the English target with the same value —
// whatever the writing (`1,2 juta` = `1.2 million`, `40.000` = `40,000`, `dua` = `two` = `2`) —
// and the target should hold no number the source lacks, written the English way.

import { extractNumbers, type ExtractedNumber } from '../extract-numbers';
import { formatEnglishNumber } from '../format-english-number';
import type { QaIssue } from './qa-issue';

const SCALE_NAMES: ReadonlyMap<number, string> = new Map([
  [1e3, 'thousand'],
  [1e6, 'million'],
  [1e9, 'billion'],
  [1e12, 'trillion'],
]);

/**
 * Numbers of `source` missing or different in `target` (errors), numbers of `target` the source
 * lacks and Indonesian number writing left in the target (warnings). Two kinds of number are not
 * compared: orders of magnitude in words (`ribuan`, `hundreds of`), which are words to translate,
 * and the word for one (`satu`, `one`), which is as often an article (`satu menit` → `a minute`,
 * `salah satu` → `one of`). An ambiguous writing (`100,000` in Indonesian) matches either reading.
 */
export function checkNumbers(source: string, target: string): QaIssue[] {
  const sourceNumbers = extractNumbers(source, 'id').filter(isCompared);
  const targetNumbers = extractNumbers(target, 'en');
  const compared = targetNumbers.filter(isCompared);
  const issues: QaIssue[] = [];
  const matchedBy = new Map<ExtractedNumber, number>(); // target number → the value it matched with
  const unmatched: ExtractedNumber[] = [];

  // Same values first, so an ambiguous reading never takes the place of an exact one.
  const open = new Set(compared);
  const pending: ExtractedNumber[] = [];
  for (const number of sourceNumbers) {
    // A percentage stays a percentage: `22%` rendered as a plain `22` is a different number.
    const partner = [...open].find((candidate) => sameValue(candidate.value, number.value) && candidate.percent === number.percent);
    if (partner) {
      open.delete(partner);
      matchedBy.set(partner, partner.value);
    } else pending.push(number);
  }
  for (const number of pending) {
    let found: { partner: ExtractedNumber; value: number } | undefined;
    for (const candidate of open) {
      const value = commonReading(number, candidate);
      if (value !== undefined) {
        found = { partner: candidate, value };
        break;
      }
    }
    if (found) {
      open.delete(found.partner);
      matchedBy.set(found.partner, found.value);
    } else unmatched.push(number);
  }

  const extra = compared.filter((number) => open.has(number));
  // A wrong number usually stands where the right one should: pair the leftovers in order.
  const pairs = Math.min(unmatched.length, extra.length);
  for (let i = 0; i < unmatched.length; i++) {
    const number = unmatched[i];
    if (!number) continue;
    const wrong = i < pairs ? extra[i] : undefined;
    const params = { value: number.text, expected: renderEnglish(number) };
    // A lone `1` is as often rendered `one`, `a` or `an` (`selama 1 tahun` → `for a year`).
    if (!wrong && isPlainOne(number) && /\b(one|a|an|single)\b/i.test(target)) continue;
    if (wrong) {
      issues.push({
        check: 'numbers',
        severity: 'error',
        messageKey: 'qa.numberDifferent',
        params: { ...params, found: wrong.text },
        start: wrong.start,
        end: wrong.end,
        sourceStart: number.start,
        sourceEnd: number.end,
      });
    } else {
      issues.push({ check: 'numbers', severity: 'error', messageKey: 'qa.numberMissing', params, sourceStart: number.start, sourceEnd: number.end });
    }
  }
  for (const number of extra.slice(pairs)) {
    issues.push({ check: 'numbers', severity: 'warning', messageKey: 'qa.numberExtra', params: { value: number.text }, start: number.start, end: number.end });
  }
  for (const number of targetNumbers) {
    const value = matchedBy.get(number);
    // Indonesian writing, or an ambiguous one (`2.000`) that matched the source only when read the Indonesian way.
    const misread = value !== undefined && !sameValue(value, number.value);
    if (!number.foreignFormat && !misread) continue;
    const shown = { ...number, value: value ?? number.value };
    issues.push({
      check: 'numbers',
      severity: 'warning',
      messageKey: 'qa.numberFormat',
      params: { value: number.text, expected: renderEnglish(shown) },
      start: number.start,
      end: number.end,
    });
  }
  return issues;
}

function isPlainOne(number: ExtractedNumber): boolean {
  return number.value === 1 && number.scale === 1 && !number.percent;
}

function isCompared(number: ExtractedNumber): boolean {
  return !number.approximate && !(number.written === 'words' && number.value === 1);
}

function readings(number: ExtractedNumber): number[] {
  return number.alternative === undefined ? [number.value] : [number.value, number.alternative];
}

/** The value both numbers can be read as (the target's reading), if any. */
function commonReading(source: ExtractedNumber, target: ExtractedNumber): number | undefined {
  if (source.percent !== target.percent) return undefined;
  for (const targetValue of readings(target)) {
    if (readings(source).some((sourceValue) => sameValue(sourceValue, targetValue))) return targetValue;
  }
  return undefined;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** How the number reads in English: `1.2 million`, `40,000`, `43.5%`; plain digits (`2007`) as written. */
function renderEnglish(number: ExtractedNumber): string {
  const scaleName = SCALE_NAMES.get(number.scale);
  let written: string;
  if (/^\d+$/.test(number.text) || /^\d+%$/.test(number.text)) written = number.text.replace('%', '');
  else if (scaleName && number.scale > 1) written = `${formatEnglishNumber(number.value / number.scale)} ${scaleName}`;
  else written = formatEnglishNumber(number.value);
  return number.percent ? `${written}%` : written;
}
