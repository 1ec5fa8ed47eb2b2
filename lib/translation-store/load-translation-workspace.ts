// Loads what the translate page needs in one call: the document's units with their English text,
// status and alignments, the annotations inside the units, the label set and the actor registry.
import { parseLabelDefinitions } from '../annotations/labels';
import type { Annotation, Entity, LabelDefinition } from '../annotations/types';
import type { BlockKind } from '../corpus/types';
import type { Db } from '../db/connection';
import {
  hasAcceptedAnnotationsInLayer,
  listAlignableAnnotationsByDocumentId,
  listAlignableAnnotationsInRange,
  listAlignmentsByDocumentId,
  listAlignmentsByTranslationId,
  type AlignmentState,
  type UnitAlignmentRecord,
} from '../db/queries/alignments';
import { getGoldLayerUserId } from '../db/queries/curation';
import { listEntities } from '../db/queries/entities';
import { listStoredLabels } from '../db/queries/labels';
import { getTranslatableDocumentById, getTranslatableDocumentBySlug, listUnitRowsByDocumentId, type UnitRow } from '../db/queries/translations';
import { annotationsForTranslation } from '../translation/annotations-for-translation';
import type { UnitStatus } from '../translation/unit-status';

export interface UnitAlignment {
  id: string;
  annotationId: string;
  start: number;
  end: number;
  quote: string;
  state: AlignmentState;
}

export interface UnitTranslation {
  id: number;
  text: string;
  status: UnitStatus;
  revision: number;
  comment: string | null;
  /** Display name of who last wrote the English text. */
  updatedBy: string | null;
  updatedAt: string;
  /** Who gave the unit its status, and when. */
  statusChangedBy: string | null;
  statusChangedAt: string;
}

/**
 * An annotation as the translate page uses it: where it is, its label and words. The rest of the
 * record (context, attributes, dates) stays on the server: a long document lists thousands.
 */
export type UnitAnnotation = Pick<Annotation, 'id' | 'label' | 'start' | 'end' | 'quote'>;

/** One translation unit (a sentence) as the translate page shows it. */
export interface TranslationUnit {
  sentenceId: number;
  blockId: number;
  blockKind: BlockKind;
  ord: number;
  start: number;
  end: number;
  source: string;
  translation: UnitTranslation | null;
  alignments: UnitAlignment[];
  /** Annotations overlapping this unit, in text order. */
  annotationIds: string[];
}

export interface TranslationWorkspace {
  document: { id: number; slug: string; title: string; revision: number };
  /** In text order (ord). */
  units: TranslationUnit[];
  /** The annotations any unit lists. */
  annotations: UnitAnnotation[];
  labels: LabelDefinition[];
  entities: Entity[];
}

function toUnitAlignment({ id, annotationId, start, end, quote, state }: UnitAlignmentRecord): UnitAlignment {
  return { id, annotationId, start, end, quote, state };
}

/** A stored unit as the page sees it, given its document text, alignments and the ids of the annotations it shows. */
export function toTranslationUnit(row: UnitRow, text: string, alignments: UnitAlignmentRecord[], annotationIds: string[]): TranslationUnit {
  const t = row.translation;
  return {
    sentenceId: row.sentenceId,
    blockId: row.blockId,
    blockKind: row.blockKind,
    ord: row.ord,
    start: row.start,
    end: row.end,
    source: text.slice(row.start, row.end),
    translation: t && {
      id: t.id,
      text: t.text,
      status: t.status,
      revision: t.revision,
      comment: t.comment,
      updatedBy: t.updatedBy,
      updatedAt: t.updatedAt,
      statusChangedBy: t.statusChangedBy,
      statusChangedAt: t.statusChangedAt,
    },
    // Alignments of annotations the page does not show (another layer once gold exists) stay stored, unshown.
    alignments: alignments.filter((a) => annotationIds.includes(a.annotationId)).map(toUnitAlignment),
    annotationIds,
  };
}

/** The gold layer's id when the document has gold annotations (the translator then aligns those), else null. */
function goldLayerOf(db: Db, documentId: number): number | null {
  const gold = getGoldLayerUserId(db);
  return gold !== undefined && hasAcceptedAnnotationsInLayer(db, documentId, gold) ? gold : null;
}

/** The translate page's data for `slug`; undefined for an unknown document. */
export function loadTranslationWorkspace(db: Db, slug: string): TranslationWorkspace | undefined {
  const doc = getTranslatableDocumentBySlug(db, slug);
  if (!doc) return undefined;
  const rows = listUnitRowsByDocumentId(db, doc.id);
  const annotations = annotationsForTranslation(listAlignableAnnotationsByDocumentId(db, doc.id), goldLayerOf(db, doc.id));
  const idsByUnit = assignAnnotationsToUnits(rows, annotations);
  const alignmentsByUnit = new Map<number, UnitAlignmentRecord[]>();
  for (const alignment of listAlignmentsByDocumentId(db, doc.id)) {
    const list = alignmentsByUnit.get(alignment.sentenceId) ?? [];
    list.push(alignment);
    alignmentsByUnit.set(alignment.sentenceId, list);
  }
  const listed = new Set<string>();
  const units = rows.map((row, index) => {
    const ids = idsByUnit[index] ?? [];
    for (const id of ids) listed.add(id);
    return toTranslationUnit(row, doc.text, alignmentsByUnit.get(row.sentenceId) ?? [], ids);
  });
  return {
    document: { id: doc.id, slug: doc.slug, title: doc.title, revision: doc.revision },
    units,
    annotations: annotations.filter((a) => listed.has(a.id)).map(({ id, label, start, end, quote }) => ({ id, label, start, end, quote })),
    labels: parseLabelDefinitions(listStoredLabels(db)),
    entities: listEntities(db),
  };
}

/** One unit as it is stored now (the answer to a write, and `current` of a 409). */
export function loadTranslationUnit(db: Db, row: UnitRow): TranslationUnit {
  const doc = getTranslatableDocumentById(db, row.documentId);
  if (!doc) throw new Error(`document ${row.documentId} of sentence ${row.sentenceId} is missing`);
  const annotations = annotationsForTranslation(listAlignableAnnotationsInRange(db, row.documentId, row.start, row.end), goldLayerOf(db, row.documentId));
  const alignments = row.translation ? listAlignmentsByTranslationId(db, row.translation.id) : [];
  return toTranslationUnit(row, doc.text, alignments, annotations.map((a) => a.id));
}

// Which annotations lie in which unit: one sweep over units and annotations, both in text order,
// so a long document with thousands of annotations costs one pass, not units × annotations.

interface UnitSpan {
  start: number;
  end: number;
}

interface PlacedAnnotation {
  id: string;
  start: number | null;
  end: number | null;
}

/**
 * For each unit (in text order, not overlapping), the ids of the annotations that overlap it, in
 * text order. An annotation crossing two units is listed in both; an orphaned one in none.
 */
export function assignAnnotationsToUnits(units: readonly UnitSpan[], annotations: readonly PlacedAnnotation[]): string[][] {
  const placed = annotations
    .filter((a): a is PlacedAnnotation & UnitSpan => a.start !== null && a.end !== null)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let next = 0;
  let active: Array<PlacedAnnotation & UnitSpan> = [];
  return units.map((unit) => {
    while (next < placed.length) {
      const annotation = placed[next];
      if (!annotation || annotation.start >= unit.end) break;
      active.push(annotation);
      next++;
    }
    // Units come in text order, so an annotation that ends before this one starts is done for good.
    active = active.filter((a) => a.end > unit.start);
    return active.map((a) => a.id);
  });
}
