// Writes numbers the English way — `.` before decimals, `,` between thousands — for rendered
// statistics and QA messages (`1200000` → `1,200,000`, `16.8` → `16.8`).

const MAX_FRACTION_DIGITS = 6;

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: true, minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/**
 * `value` in English number format with thousands separators (`40000` → `40,000`, `16.8` →
 * `16.8`, `1.25e9` → `1,250,000,000`), at most six decimals. `fractionDigits` fixes the number
 * of decimals, so a figure keeps the decimals it was written with (`43,50` → `43.50`).
 * Throws a RangeError for NaN or an infinite value.
 */
export function formatEnglishNumber(value: number, options: { fractionDigits?: number } = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  const digits = options.fractionDigits;
  if (digits !== undefined && (!Number.isInteger(digits) || digits < 0 || digits > 20)) {
    throw new RangeError(`${digits} is not a number of decimals`);
  }
  // `-0` is written `0`: a rounding artefact, never a figure anyone wrote.
  const tidy = value === 0 ? 0 : value;
  return digits === undefined ? formatFor(0, MAX_FRACTION_DIGITS).format(tidy) : formatFor(digits, digits).format(tidy);
}
