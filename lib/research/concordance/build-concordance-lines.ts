// Turns hit spans into concordance lines: left context, the hit, right context, and the English
// counterpart beside it, cut from the documents' normalized texts.
import { leftContext, rightContext, CONTEXT_WORDS } from './cut-word-context';
import type { SortableLine } from './concordance-sort';

export interface ConcordanceDocument {
  id: number;
  slug: string;
  title: string;
  text: string;
}

export interface ConcordanceSpan {
  documentId: number;
  /** UTF-16 offsets into the document's normalized text. */
  start: number;
  end: number;
  /** The aligned English span, or the unit's English for a term hit; null when none exists. */
  english: string | null;
  /** The unit the hit lies in (term hits) or the annotation (label hits). */
  sentenceId: number | null;
  annotationId: string | null;
  label: string | null;
  /** The layer (annotator's username, or the gold layer) of a label hit. */
  layer: string | null;
}

export interface ConcordanceLine extends SortableLine, ConcordanceSpan {
  slug: string;
  title: string;
  end: number;
}

/** One line per span whose document is known, in the order given. */
export function buildConcordanceLines(
  documents: readonly ConcordanceDocument[],
  spans: readonly ConcordanceSpan[],
  words = CONTEXT_WORDS,
): ConcordanceLine[] {
  const byId = new Map(documents.map((doc, index) => [doc.id, { doc, index }]));
  const lines: ConcordanceLine[] = [];
  for (const span of spans) {
    const found = byId.get(span.documentId);
    if (!found || span.end > found.doc.text.length || span.start >= span.end) continue;
    const { doc, index } = found;
    lines.push({
      ...span,
      slug: doc.slug,
      title: doc.title,
      documentOrder: index,
      left: leftContext(doc.text, span.start, words),
      hit: doc.text.slice(span.start, span.end).replace(/\s+/gu, ' '),
      right: rightContext(doc.text, span.end, words),
    });
  }
  return lines;
}
