// Inter-annotator agreement over one document or many: for each pair of annotators, Cohen's kappa
// on token labels and span precision/recall/F1 (exact and overlap); for all annotators together,
// Krippendorff's alpha. Each figure per label and overall. Over many documents the figures are
// pooled, not averaged: kappa and alpha over all tokens, span scores over summed counts.
import { undefinedCoefficient, type Coefficient } from './coefficient';
import { cohenKappa } from './cohen-kappa';
import { krippendorffAlphaNominal } from './krippendorff-alpha';
import { labelTokens, tokenCategories, type AnnotatorLayer, type TextRange } from './label-tokens';
import { addSpanCounts, countSpanMatches, NO_SPANS, scoreSpanCounts, type SpanCounts, type SpanScores } from './span-match';

/** One document as agreement needs it: its text, its units, and the layers of the annotators who took part. */
export interface AgreementDocument {
  text: string;
  units: readonly TextRange[];
  layers: readonly AnnotatorLayer[];
}

/** A figure for each label and for all labels together. */
export interface PerLabel<T> {
  overall: T;
  byLabel: Record<string, T>;
}

export interface PairAgreement {
  /** The reference annotator of the span scores. */
  first: number;
  second: number;
  /** Documents both annotated. */
  documents: number;
  kappa: PerLabel<Coefficient>;
  exact: PerLabel<SpanScores>;
  overlap: PerLabel<SpanScores>;
}

export interface AgreementReport {
  labels: string[];
  /** Everyone who annotated at least one of the documents, in the order given. */
  annotators: number[];
  /** Tokens of the documents with at least one annotator. */
  tokens: number;
  alpha: PerLabel<Coefficient>;
  /** Every pair of annotators who share at least one document, first before second in `annotators` order. */
  pairs: PairAgreement[];
}

interface Judgements {
  byLabel: Map<string, number[]>;
  overall: string[];
}

interface PairTally {
  documents: number;
  first: Judgements;
  second: Judgements;
  exact: Map<string, SpanCounts>;
  overlap: Map<string, SpanCounts>;
}

function newJudgements(labels: readonly string[]): Judgements {
  return { byLabel: new Map(labels.map((label) => [label, []])), overall: [] };
}

function appendJudgements(into: Judgements, byLabel: ReadonlyMap<string, Uint8Array>, labels: readonly string[], tokenCount: number): void {
  for (const label of labels) {
    const target = into.byLabel.get(label);
    const flags = byLabel.get(label);
    if (target && flags) for (const flag of flags) target.push(flag);
  }
  for (const category of tokenCategories(byLabel, labels, tokenCount)) into.overall.push(category);
}

function perLabel<T>(labels: readonly string[], of: (label: string) => T, overall: T): PerLabel<T> {
  return { overall, byLabel: Object.fromEntries(labels.map((label) => [label, of(label)])) };
}

function spanScores(labels: readonly string[], counts: ReadonlyMap<string, SpanCounts>): PerLabel<SpanScores> {
  const total = labels.reduce((sum, label) => addSpanCounts(sum, counts.get(label) ?? NO_SPANS), NO_SPANS);
  return perLabel(labels, (label) => scoreSpanCounts(counts.get(label) ?? NO_SPANS), scoreSpanCounts(total));
}

/**
 * Agreement figures for `documents`, per label of `labels` (in display order) and overall.
 * Annotators are listed (and paired, the earlier one as reference) in `order`, then any others in
 * order of appearance.
 */
export function computeAgreement(documents: readonly AgreementDocument[], labels: readonly string[], order: readonly number[] = []): AgreementReport {
  const present = new Set(documents.flatMap((doc) => doc.layers.map((layer) => layer.annotator)));
  const annotators = [...new Set([...order.filter((annotator) => present.has(annotator)), ...present])];
  const position = new Map(annotators.map((annotator, i) => [annotator, i]));
  const tallies = new Map<string, PairTally>();
  // Alpha's units: one per token, one value per annotator (null where they did not annotate the document).
  const alphaByLabel = new Map(labels.map((label) => [label, [] as Array<Array<number | null>>]));
  const alphaOverall: Array<Array<string | null>> = [];
  let tokens = 0;

  for (const doc of documents) {
    if (doc.layers.length === 0) continue;
    const { tokens: docTokens, marks } = labelTokens(doc.text, doc.units, doc.layers, labels);
    tokens += docTokens.length;
    const categories = marks.map((mark) => tokenCategories(mark.byLabel, labels, docTokens.length));
    for (let k = 0; k < docTokens.length; k++) {
      const overall = new Array<string | null>(annotators.length).fill(null);
      marks.forEach((mark, m) => (overall[position.get(mark.annotator) ?? 0] = categories[m]?.[k] ?? ''));
      alphaOverall.push(overall);
      for (const label of labels) {
        const unit = new Array<number | null>(annotators.length).fill(null);
        for (const mark of marks) unit[position.get(mark.annotator) ?? 0] = mark.byLabel.get(label)?.[k] ?? 0;
        alphaByLabel.get(label)?.push(unit);
      }
    }
    const ordered = [...doc.layers].sort((a, b) => (position.get(a.annotator) ?? 0) - (position.get(b.annotator) ?? 0));
    ordered.forEach((first, i) => {
      for (const second of ordered.slice(i + 1)) {
        const key = `${first.annotator}:${second.annotator}`;
        const tally = tallies.get(key) ?? {
          documents: 0,
          first: newJudgements(labels),
          second: newJudgements(labels),
          exact: new Map<string, SpanCounts>(),
          overlap: new Map<string, SpanCounts>(),
        };
        tallies.set(key, tally);
        tally.documents++;
        const firstMarks = marks.find((mark) => mark.annotator === first.annotator);
        const secondMarks = marks.find((mark) => mark.annotator === second.annotator);
        if (firstMarks) appendJudgements(tally.first, firstMarks.byLabel, labels, docTokens.length);
        if (secondMarks) appendJudgements(tally.second, secondMarks.byLabel, labels, docTokens.length);
        for (const label of labels) {
          const reference = first.spans.filter((span) => span.label === label);
          const candidate = second.spans.filter((span) => span.label === label);
          tally.exact.set(label, addSpanCounts(tally.exact.get(label) ?? NO_SPANS, countSpanMatches(reference, candidate, 'exact')));
          tally.overlap.set(label, addSpanCounts(tally.overlap.get(label) ?? NO_SPANS, countSpanMatches(reference, candidate, 'overlap')));
        }
      }
    });
  }

  const pairs: PairAgreement[] = [];
  annotators.forEach((first, i) => {
    for (const second of annotators.slice(i + 1)) {
      const tally = tallies.get(`${first}:${second}`);
      if (!tally) continue;
      pairs.push({
        first,
        second,
        documents: tally.documents,
        kappa: perLabel(
          labels,
          (label) => cohenKappa(tally.first.byLabel.get(label) ?? [], tally.second.byLabel.get(label) ?? []),
          cohenKappa(tally.first.overall, tally.second.overall),
        ),
        exact: spanScores(labels, tally.exact),
        overlap: spanScores(labels, tally.overlap),
      });
    }
  });

  const alpha = (units: Iterable<ReadonlyArray<string | number | null>>): Coefficient =>
    annotators.length < 2 ? undefinedCoefficient('tooFewAnnotators') : krippendorffAlphaNominal(units);
  return {
    labels: [...labels],
    annotators,
    tokens,
    alpha: perLabel(labels, (label) => alpha(alphaByLabel.get(label) ?? []), alpha(alphaOverall)),
    pairs,
  };
}
