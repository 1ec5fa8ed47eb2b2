// Spells whole numbers in English words (`2000000` → `two million`, `25` → `twenty-five`), so a
// statistic an author wrote in words (`dua juta orang`) is rendered in words too.

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];
/** Above this the words stop being useful (and doubles stop being exact). */
const LARGEST = 1e15 - 1;

function belowThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds] ?? ''} hundred`);
  if (rest > 0 || hundreds === 0) {
    if (rest < 20) parts.push(ONES[rest] ?? '');
    else {
      const tens = TENS[Math.floor(rest / 10)] ?? '';
      const ones = rest % 10;
      parts.push(ones === 0 ? tens : `${tens}-${ONES[ones] ?? ''}`);
    }
  }
  return parts.join(' ');
}

/**
 * A whole number from 0 to 999 999 999 999 999 in English words, American style without "and"
 * (`105` → `one hundred five`, `2500` → `two thousand five hundred`). Throws a RangeError for a
 * fraction, a negative number or a larger one.
 */
export function spellEnglishNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > LARGEST) throw new RangeError(`${value} cannot be spelled`);
  if (value < 1000) return belowThousand(value);
  const parts: string[] = [];
  let rest = value;
  for (const [scale, name] of SCALES) {
    const count = Math.floor(rest / scale);
    if (count > 0) parts.push(`${belowThousand(count)} ${name}`);
    rest %= scale;
  }
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}
