// Reads one document as the agreement computation needs it: its text, its translation units, and
// one layer per annotator who accepted at least one span there. A layer holding only suggestions
// or rejections is work not started and does not take part.
import type { AgreementDocument } from '../agreement/compute-agreement';
import type { LabelledSpan } from '../agreement/span-match';
import type { Db } from '../db/connection';
import { listAgreementSpansByDocumentId, listAgreementUnitsByDocumentId, type AgreementDocumentRow } from '../db/queries/agreement';
import { listStoredLabels } from '../db/queries/labels';

/** The label names in display order. */
export function loadAgreementLabels(db: Db): string[] {
  return listStoredLabels(db).map((label) => label.name);
}

/** The document's units and its annotators' layers. */
export function loadAgreementDocument(db: Db, doc: AgreementDocumentRow): AgreementDocument {
  const layers = new Map<number, LabelledSpan[]>();
  for (const { annotator, label, start, end } of listAgreementSpansByDocumentId(db, doc.id)) {
    const spans = layers.get(annotator) ?? [];
    spans.push({ label, start, end });
    layers.set(annotator, spans);
  }
  return {
    text: doc.text,
    units: listAgreementUnitsByDocumentId(db, doc.id),
    layers: [...layers].map(([annotator, spans]) => ({ annotator, spans })),
  };
}
