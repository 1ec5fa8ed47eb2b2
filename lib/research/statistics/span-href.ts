// Where a span of a document opens: the editor at the span (`?at=start-end`) for those who may
// annotate, else the reading view of the document.

export function spanHref(slug: string, start: number | null, end: number | null, canAnnotate: boolean): string {
  const document = `/documents/${encodeURIComponent(slug)}`;
  if (!canAnnotate) return document;
  return start === null || end === null ? `${document}/annotate` : `${document}/annotate?at=${start}-${end}`;
}
