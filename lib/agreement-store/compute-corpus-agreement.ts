// Inter-annotator agreement over the whole corpus (the latest version of every document), pooled
// over all documents, with a line per document for the corpus page. The texts of all documents are
// held while computing: a few megabytes even at ten times the seed corpus.
import { computeAgreement, type AgreementDocument, type AgreementReport } from '../agreement/compute-agreement';
import type { Coefficient } from '../agreement/coefficient';
import type { Db } from '../db/connection';
import {
  getAgreementDocumentById,
  listAgreementAnnotatorsByIds,
  listCurrentAgreementDocuments,
  type AgreementAnnotatorRow,
} from '../db/queries/agreement';
import { loadAgreementDocument, loadAgreementLabels } from './load-agreement-document';

export interface DocumentAgreementLine {
  slug: string;
  title: string;
  /** Ids of the annotators who took part, in the corpus's annotator order. */
  annotators: number[];
  tokens: number;
  /** Alpha over all labels between this document's annotators. */
  alpha: Coefficient;
}

export interface CorpusAgreement {
  annotators: AgreementAnnotatorRow[];
  report: AgreementReport;
  documents: DocumentAgreementLine[];
}

export function computeCorpusAgreement(db: Db): CorpusAgreement {
  const labels = loadAgreementLabels(db);
  const inputs: Array<{ slug: string; title: string; input: AgreementDocument }> = [];
  for (const head of listCurrentAgreementDocuments(db)) {
    const doc = getAgreementDocumentById(db, head.id);
    if (doc) inputs.push({ slug: doc.slug, title: doc.title, input: loadAgreementDocument(db, doc) });
  }
  const annotators = listAgreementAnnotatorsByIds(db, [...new Set(inputs.flatMap(({ input }) => input.layers.map((layer) => layer.annotator)))]);
  const order = annotators.map((annotator) => annotator.id);
  const documents = inputs.map(({ slug, title, input }): DocumentAgreementLine => {
    const report = computeAgreement([input], labels, order);
    return { slug, title, annotators: report.annotators, tokens: report.tokens, alpha: report.alpha.overall };
  });
  return { annotators, report: computeAgreement(inputs.map(({ input }) => input), labels, order), documents };
}
