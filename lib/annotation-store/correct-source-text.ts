// A person's fix of a document's source text (`alam setiap` → `Dalam setiap`), in one transaction:
// the text, provenance, blocks, sentences and footnote markers move, the correction is recorded,
// the document's revision goes up, and every annotation of every layer is mapped through it.
import { mapAnnotationsThroughCorrection, type AnchorResult } from '../annotations/anchoring/map-annotations-through-correction';
import type { Annotation } from '../annotations/types';
import { findProvenanceViolation } from '../corpus';
import { applySourceCorrection, type SourceCorrectionFailure } from '../corpus/apply-source-correction';
import type { Db } from '../db/connection';
import { listAllAnnotationsByDocumentId, updateAnnotation } from '../db/queries/annotations';
import { insertAuditEntry } from '../db/queries/audit';
import {
  deleteSentencesByIds,
  insertSourceCorrection,
  listFootnoteRefOffsetsByDocumentId,
  listSentenceSpansByDocumentId,
  updateBlockOffsets,
  updateDocumentText,
  updateFootnoteRefOffsets,
  updateSentenceOffsets,
  type SourceCorrectionRecord,
} from '../db/queries/corrections';
import { getBlocksByDocumentId, getDocumentBySlug } from '../db/queries/documents';
import { getUnitRowBySentenceId } from '../db/queries/translations';
import { syncTranslationMemory } from '../translation-store/record-translation-write';
import { AppError, type AppErrorCode } from '../errors';
import { loadAnnotationWorkspace, type AnnotationWorkspace } from './load-annotation-workspace';
import { actorOf, now, recordAnnotationEvent, refuseSupersededDocument, type Writer } from './record-annotation-write';

export interface SourceCorrectionInput {
  /** The document revision the person corrected. */
  baseRevision: number;
  start: number;
  end: number;
  /** The text being replaced, as the person saw it. */
  before: string;
  after: string;
}

export interface SourceCorrectionOutcome {
  documentRevision: number;
  correction: SourceCorrectionRecord;
  /** The annotate page's data after the correction, for the writer's layer. */
  workspace: AnnotationWorkspace;
}

const FAILURE_CODES: Record<SourceCorrectionFailure, AppErrorCode> = {
  out_of_range: 'correction.outOfRange',
  crosses_blocks: 'correction.crossesBlocks',
  empty_result: 'correction.emptyResult',
  no_change: 'correction.noChange',
};

function workspaceOf(db: Db, slug: string, userId: number): AnnotationWorkspace {
  const workspace = loadAnnotationWorkspace(db, slug, userId);
  if (!workspace) throw new AppError('document.notFound', { slug });
  return workspace;
}

/** The mapped annotation, or undefined when the mapping left it exactly as it was. */
function mappedAnnotation(current: Annotation, result: AnchorResult, at: string): Annotation | undefined {
  const { start, end, quote, prefix, suffix, anchor } = result;
  const same =
    start === current.start && end === current.end && quote === current.quote &&
    prefix === current.prefix && suffix === current.suffix && anchor === current.anchor;
  if (same) return undefined;
  return { ...current, start, end, quote, prefix, suffix, anchor, revision: current.revision + 1, updatedAt: at };
}

/**
 * Applies a correction to `slug` made by `layerUserId`. Throws document.notFound,
 * correction.staleRevision (409, carrying the current workspace), correction.beforeMismatch and the
 * refusals of applySourceCorrection (out of range, crossing blocks, emptying a block, no change).
 */
export function correctSourceText(
  db: Db,
  slug: string,
  layerUserId: number,
  input: SourceCorrectionInput,
  by: Writer = { userId: layerUserId },
): SourceCorrectionOutcome {
  return db
    .transaction((): SourceCorrectionOutcome => {
      const doc = getDocumentBySlug(db, slug);
      if (!doc) throw new AppError('document.notFound', { slug });
      refuseSupersededDocument(db, doc.id);
      if (doc.revision !== input.baseRevision) {
        const params = { baseRevision: input.baseRevision, revision: doc.revision };
        throw new AppError('correction.staleRevision', params, { current: workspaceOf(db, slug, layerUserId) });
      }
      const { start, end, before, after } = input;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end > doc.text.length) {
        throw new AppError('correction.outOfRange', { start, end, length: doc.text.length });
      }
      const found = doc.text.slice(start, end);
      if (found !== before) throw new AppError('correction.beforeMismatch', { before, found });

      const correction = { start, end, before, replacement: after };
      const result = applySourceCorrection(
        {
          rawText: doc.rawText,
          text: doc.text,
          provenance: doc.provenance,
          blocks: getBlocksByDocumentId(db, doc.id),
          sentences: listSentenceSpansByDocumentId(db, doc.id),
          footnoteRefs: listFootnoteRefOffsetsByDocumentId(db, doc.id),
          flags: doc.flags,
        },
        correction,
      );
      if (!result.ok) throw new AppError(FAILURE_CODES[result.reason], { start, end });
      // The map is what lets every span be found in the original file: never store a broken one.
      const violation = findProvenanceViolation(doc.rawText, result.text, result.provenance);
      if (violation) throw new Error(`Correction of ${slug} would break provenance: ${violation}`);

      // A sentence the correction empties would take its English, alignments and history with it.
      const translated = result.droppedSentences.filter((sentence) => getUnitRowBySentenceId(db, sentence.id)?.translation);
      if (translated.length > 0) throw new AppError('correction.dropsTranslation', { count: translated.length });

      const revision = doc.revision + 1;
      const at = now();
      if (!updateDocumentText(db, { id: doc.id, text: result.text, provenance: result.provenance, flags: result.flags, revision })) {
        throw new Error(`document ${slug} changed inside its transaction`);
      }
      updateBlockOffsets(db, result.blocks);
      deleteSentencesByIds(db, result.droppedSentences.map((s) => s.id));
      updateSentenceOffsets(db, result.sentences);
      // The translation memory holds sources as they read: the corrected sentences read anew.
      const changedEnd = result.applied.start + result.applied.replacement.length;
      for (const sentence of result.sentences) {
        if (sentence.start <= changedEnd && sentence.end >= result.applied.start) syncTranslationMemory(db, sentence.id);
      }
      updateFootnoteRefOffsets(db, result.footnoteRefs);
      const record = insertSourceCorrection(db, {
        documentId: doc.id, start, end, before, after, userId: by.userId, actor: actorOf(by), createdAt: at, documentRevision: revision,
      });

      const annotations = listAllAnnotationsByDocumentId(db, doc.id);
      const results = mapAnnotationsThroughCorrection(result.text, annotations, correction);
      const counts = { moved: 0, fuzzy: 0, orphaned: 0 };
      annotations.forEach((current, i) => {
        const mapped = results[i] && mappedAnnotation(current, results[i], at);
        if (!mapped) return;
        if (!updateAnnotation(db, mapped, current.revision, by.userId)) throw new Error(`annotation ${current.id} changed inside its transaction`);
        recordAnnotationEvent(db, 'map', current, mapped, by);
        counts.moved++;
        if (mapped.anchor === 'fuzzy') counts.fuzzy++;
        if (mapped.anchor === 'orphaned') counts.orphaned++;
      });
      insertAuditEntry(db, {
        userId: by.userId,
        actor: actorOf(by),
        action: 'document.correct',
        entity: 'document',
        entityId: doc.id,
        before: { revision: doc.revision, start, end, text: before },
        after: { revision, text: after, correctionId: record.id, annotations: counts },
      });
      return { documentRevision: revision, correction: record, workspace: workspaceOf(db, slug, layerUserId) };
    })
    .immediate();
}
