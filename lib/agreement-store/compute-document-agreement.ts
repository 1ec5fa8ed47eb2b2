// Inter-annotator agreement on one document, for its agreement page and its JSON route.
import { computeAgreement, type AgreementReport } from '../agreement/compute-agreement';
import type { Db } from '../db/connection';
import { getAgreementDocumentBySlug, listAgreementAnnotatorsByIds, type AgreementAnnotatorRow } from '../db/queries/agreement';
import { AppError } from '../errors';
import { loadAgreementDocument, loadAgreementLabels } from './load-agreement-document';

export interface DocumentAgreement {
  document: { slug: string; title: string };
  /** The annotators who took part, by username; the report names them by id. */
  annotators: AgreementAnnotatorRow[];
  report: AgreementReport;
}

/** Kappa, alpha and span scores between the annotators of `slug`. Throws document.notFound. */
export function computeDocumentAgreement(db: Db, slug: string): DocumentAgreement {
  const doc = getAgreementDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  const input = loadAgreementDocument(db, doc);
  const annotators = listAgreementAnnotatorsByIds(
    db,
    input.layers.map((layer) => layer.annotator),
  );
  const report = computeAgreement([input], loadAgreementLabels(db), annotators.map((annotator) => annotator.id));
  return { document: { slug: doc.slug, title: doc.title }, annotators, report };
}
