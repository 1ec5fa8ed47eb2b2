// The `at` parameter of an editor link (`?at=120-125`): a range of UTF-16 offsets in the
// document text. A link is only a hint where to look, so an unreadable one is ignored (null).

export interface TextRangeParam {
  start: number;
  end: number;
}

/** The range `<start>-<end>` with start < end, or null. */
export function parseTextRangeParam(value: string | null | undefined): TextRangeParam | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end ? { start, end } : null;
}
