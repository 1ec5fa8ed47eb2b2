// Two annotators who marked the same words with the same label made one span for a translator:
// the translate page shows (and aligns) it once. Pure.

export interface PlacedSpan {
  label: string;
  start: number | null;
  end: number | null;
}

/** Keeps the first of each set of spans with the same label and offsets, in the order given. */
export function collapseTwinSpans<T extends PlacedSpan>(spans: readonly T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.label}\u0000${span.start}\u0000${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
