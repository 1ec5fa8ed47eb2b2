// The reviewer's curation writes: accept an annotator's span into the gold layer (as it is, or
// edited), reject it, accept every agreed span at once, and edit or delete what gold holds. Each
// call is one transaction; the gold copy gets a new id and its create event names where it came from.
import { randomUUID } from 'node:crypto';
import { describeTextQuote } from '../annotations/anchoring/describe-text-quote';
import type { Annotation, AnnotationAttributes } from '../annotations/types';
import { bulkAcceptableGroups } from '../curation/curation-state';
import type { Db } from '../db/connection';
import { listAlignmentsByAnnotationId, upsertAlignment } from '../db/queries/alignments';
import { getAnnotationById, insertAnnotation } from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import { ensureGoldLayerUser, upsertCurationDecision } from '../db/queries/curation';
import { AppError } from '../errors';
import { patchAnnotation, type AnnotationPatch } from '../annotation-store/update-annotation';
import { assertValidAnnotation, now, recordAnnotationWrite, requireDocument } from '../annotation-store/record-annotation-write';
import { readCurationState, type CurationState } from './load-curation-workspace';

/** A span as the reviewer corrected it before accepting it. */
export interface SpanEdit {
  label: string;
  start: number;
  end: number;
  quote: string;
  attributes: AnnotationAttributes;
}

export interface SpanChoice {
  annotationId: string;
  /** The revision of the annotator's span the reviewer saw. */
  revision: number;
}

/** Where a gold annotation came from, kept in its create event's after-state. */
export interface CuratedFrom {
  annotationId: string;
  layerUserId: number;
  revision: number;
  edited: boolean;
}

/** The annotator span under curation in this document, at the revision the reviewer saw. */
function requireCuratedSpan(state: CurationState, choice: SpanChoice): Annotation {
  const span = state.spans.get(choice.annotationId);
  if (!span) throw new AppError('curation.spanNotFound', { id: choice.annotationId });
  if (span.revision !== choice.revision) {
    throw new AppError('curation.staleRevision', { id: span.id, revision: choice.revision, current: span.revision }, { current: span });
  }
  return span;
}

function sameSpan(a: Pick<Annotation, 'label' | 'start' | 'end'>, b: Pick<Annotation, 'label' | 'start' | 'end'>): boolean {
  return a.label === b.label && a.start === b.start && a.end === b.end;
}

/**
 * Gives a new gold annotation the English counterparts its source span had: the translate page
 * aligns gold once a document has it, and a translator's work on the same words stands.
 */
function carryAlignments(db: Db, fromIds: readonly string[], toId: string, reviewerId: number, at: string): void {
  const taken = new Set<number>();
  for (const { sentenceId, ...source } of fromIds.flatMap((id) => listAlignmentsByAnnotationId(db, id))) {
    // One alignment per annotation and unit: the first source's stands.
    if (taken.has(source.translationId)) continue;
    taken.add(source.translationId);
    const copy = { ...source, id: randomUUID(), annotationId: toId };
    upsertAlignment(db, copy, reviewerId, at);
    insertAuditEntry(db, { userId: reviewerId, action: 'alignment.create', entity: 'alignment', entityId: copy.id, before: null, after: { ...copy, sentenceId } });
  }
}

/**
 * Copies `span` (or its edited form) into the gold layer and records the decision; when gold
 * already holds the same label on the same words, that annotation stands and is linked instead.
 */
function acceptInto(db: Db, state: CurationState, span: Annotation, edit: SpanEdit | undefined, reviewerId: number): Annotation {
  const at = now();
  const goldLayerUserId = state.goldLayerUserId ?? ensureGoldLayerUser(db, at);
  state.goldLayerUserId = goldLayerUserId;
  const draft = edit ?? { label: span.label, start: span.start ?? -1, end: span.end ?? -1, quote: span.quote, attributes: span.attributes };
  if (draft.start < 0) throw new AppError('curation.orphaned', { id: span.id });
  assertValidAnnotation(db, state.doc.text, draft);
  let gold = state.gold.find((g) => sameSpan(g, draft));
  if (!gold) {
    const { prefix, suffix } = describeTextQuote(state.doc.text, draft.start, draft.end);
    gold = {
      id: randomUUID(),
      documentId: state.doc.id,
      layerUserId: goldLayerUserId,
      label: draft.label,
      start: draft.start,
      end: draft.end,
      quote: draft.quote,
      prefix,
      suffix,
      attributes: { ...draft.attributes },
      status: 'accepted',
      anchor: 'anchored',
      origin: 'manual',
      revision: 1,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    insertAnnotation(db, gold, { userId: reviewerId });
    const curatedFrom: CuratedFrom = { annotationId: span.id, layerUserId: span.layerUserId, revision: span.revision, edited: edit !== undefined };
    const after: Annotation = Object.assign({}, gold, { curatedFrom });
    recordAnnotationWrite(db, 'create', null, after, { userId: reviewerId });
    // The translator may have aligned any layer's copy of these words (the translate page shows
    // one of two alike spans): the chosen span's alignments first, then the other layers'.
    const { start, end } = gold;
    const onSameWords = [span, ...[...state.spans.values()].filter((s) => s.id !== span.id)].filter((s) => s.start === start && s.end === end);
    carryAlignments(db, onSameWords.map((s) => s.id), gold.id, reviewerId, at);
    state.gold.push(gold);
    if (gold.start !== null && gold.end !== null) state.goldSpans.push({ id: gold.id, label: gold.label, start: gold.start, end: gold.end });
  }
  upsertCurationDecision(db, {
    annotationId: span.id,
    documentId: state.doc.id,
    sourceRevision: span.revision,
    decision: 'accepted',
    goldAnnotationId: gold.id,
    decidedBy: reviewerId,
    decidedAt: at,
  });
  return gold;
}

/**
 * Accepts an annotator's span into gold, as it is or as `edit` says. Throws document.notFound,
 * curation.spanNotFound (not a span of a finished annotator's layer of this document),
 * curation.staleRevision (409, with the current span), curation.orphaned, and the annotation.*
 * validation errors for an edit that does not fit the text or the label set.
 */
export function acceptSpanIntoGold(db: Db, slug: string, reviewerId: number, choice: SpanChoice, edit?: SpanEdit): Annotation {
  return db
    .transaction((): Annotation => {
      requireDocument(db, slug);
      const state = readCurationState(db, slug);
      return acceptInto(db, state, requireCuratedSpan(state, choice), edit, reviewerId);
    })
    .immediate();
}

/** Rejects an annotator's span: recorded, and off the reviewer's to-do list until the span changes. */
export function rejectSpan(db: Db, slug: string, reviewerId: number, choice: SpanChoice): void {
  db.transaction(() => {
    requireDocument(db, slug);
    const state = readCurationState(db, slug);
    const span = requireCuratedSpan(state, choice);
    const at = now();
    upsertCurationDecision(db, {
      annotationId: span.id,
      documentId: state.doc.id,
      sourceRevision: span.revision,
      decision: 'rejected',
      goldAnnotationId: null,
      decidedBy: reviewerId,
      decidedAt: at,
    });
    insertAuditEntry(db, {
      userId: reviewerId,
      action: 'curation.reject',
      entity: 'annotation',
      entityId: span.id,
      after: { decision: 'rejected', revision: span.revision, layerUserId: span.layerUserId },
    });
  }).immediate();
}

/**
 * Accepts every open group on which all finished annotators agree (label, offsets and attributes),
 * in one transaction; each agreeing span is recorded as accepted. Returns how many gold spans it added.
 */
export function acceptAgreedSpans(db: Db, slug: string, reviewerId: number): { accepted: number } {
  return db
    .transaction(() => {
      requireDocument(db, slug);
      const state = readCurationState(db, slug);
      const groups = bulkAcceptableGroups(state.groups, state.decisions, state.goldSpans);
      for (const group of groups) {
        for (const member of group.members) {
          const span = state.spans.get(member.id);
          if (span) acceptInto(db, state, span, undefined, reviewerId);
        }
      }
      return { accepted: groups.length };
    })
    .immediate();
}

/** Edits (attributes, span, delete/restore) an annotation of the gold layer; see patchAnnotation. */
export function patchGoldAnnotation(db: Db, slug: string, reviewerId: number, id: string, patch: AnnotationPatch): Annotation {
  return db
    .transaction((): Annotation => {
      const doc = requireDocument(db, slug);
      const state = readCurationState(db, slug);
      const current = getAnnotationById(db, id);
      if (state.goldLayerUserId === null || !current || current.documentId !== doc.id || current.layerUserId !== state.goldLayerUserId) {
        throw new AppError('annotation.notFound', { id });
      }
      return patchAnnotation(db, id, state.goldLayerUserId, patch, { userId: reviewerId });
    })
    .immediate();
}
