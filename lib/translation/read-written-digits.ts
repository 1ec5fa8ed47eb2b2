// Reads one run of digits and separators (`40.000`, `16,8`, `1,200`, `1.5`) as Indonesian or as
// English writes it, keeping the second reading when the writing is ambiguous (`100,000` in an
// Indonesian sentence: 100 by the rules, 100 000 as the author probably meant).

import { parseDigits } from '../annotations/statistics';

/** The language a text is written in, which decides how `.` and `,` read. */
export type TextLanguage = 'id' | 'en';

/** The value of a run of digits, with how it was written. */
export interface DigitsReading {
  value: number;
  /** The other plausible value when the separators are ambiguous. */
  alternative?: number;
  /** Decimals as written (`43,50` → 2), so a rendering keeps them. */
  fractionDigits: number;
  /** Written the other language's way without doubt (`16,8` or `40.000.000` in English). */
  foreignFormat: boolean;
}

const ENGLISH_THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** `1,500`: an Indonesian decimal by the rules, English thousands by the look. */
const ONE_COMMA_GROUP = /^[1-9]\d{0,2},\d{3}$/;
/** `2.000`: an English decimal by the rules, Indonesian thousands by the look. */
const ONE_DOT_GROUP = /^[1-9]\d{0,2}\.\d{3}$/;

function decimalsAfter(written: string, mark: '.' | ','): number {
  const at = written.lastIndexOf(mark);
  return at === -1 ? 0 : written.length - at - 1;
}

/**
 * Reads `written` (digits with `.` and `,` only) in `language`; null when it is not one number
 * either way (`1.2.3`, `4,5,6`): the caller reads its groups one by one.
 */
export function readWrittenDigits(written: string, language: TextLanguage): DigitsReading | null {
  if (!/^\d+([.,]\d+)*$/.test(written)) return null;
  if (language === 'id') return readIndonesian(written);
  return readEnglish(written);
}

function readIndonesian(written: string): DigitsReading | null {
  const value = parseDigits(written);
  if (value !== null) {
    const reading: DigitsReading = { value, fractionDigits: decimalsAfter(written, ','), foreignFormat: false };
    if (ONE_COMMA_GROUP.test(written)) reading.alternative = Number(written.replace(',', ''));
    return reading;
  }
  // `1,234,567` or `1.5`: only the English reading makes sense (`4.1` section numbers, `08.00`
  // clock times, `1.5 juta` with an English decimal point all read so).
  if (ENGLISH_THOUSANDS.test(written) || /^\d+\.\d+$/.test(written)) {
    return { value: Number(written.replaceAll(',', '')), fractionDigits: decimalsAfter(written, '.'), foreignFormat: true };
  }
  return null;
}

function readEnglish(written: string): DigitsReading | null {
  if (ENGLISH_THOUSANDS.test(written)) {
    return { value: Number(written.replaceAll(',', '')), fractionDigits: decimalsAfter(written, '.'), foreignFormat: false };
  }
  if (/^\d+(\.\d+)?$/.test(written)) {
    const reading: DigitsReading = { value: Number(written), fractionDigits: decimalsAfter(written, '.'), foreignFormat: false };
    if (ONE_DOT_GROUP.test(written)) reading.alternative = Number(written.replace('.', ''));
    return reading;
  }
  // `40.000.000`, `1.234,5`, `16,8`: Indonesian writing left in an English sentence.
  const value = parseDigits(written);
  if (value === null) return null;
  return { value, fractionDigits: decimalsAfter(written, ','), foreignFormat: true };
}
