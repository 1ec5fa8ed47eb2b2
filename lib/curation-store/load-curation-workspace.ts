// What the curate page needs for one document: the finished annotators' layers grouped into
// candidate spans (agreed or not, decided or not), the gold layer as it stands, labels and registry.
import type { Annotation, Entity, LabelDefinition } from '../annotations/types';
import { bulkAcceptableGroups, curationStateOf, currentDecision, type DecisionRecord, type GoldSpan, type GroupState } from '../curation/curation-state';
import { groupLayerSpans, type LayerSpan, type SpanGroup, type SpanGroupKind } from '../curation/group-layer-spans';
import type { Db } from '../db/connection';
import { getAnnotatableDocumentBySlug, listAnnotationsByDocumentAndLayer, type AnnotatableDocument } from '../db/queries/annotations';
import { listFinishedAnnotatorIdsByDocumentId } from '../db/queries/assignments';
import { getGoldLayerUserId, getLayerOwnersByIds, listCurationDecisionsByDocumentId, type LayerOwner } from '../db/queries/curation';
import { getDocumentTitleBySlug } from '../db/queries/documents';
import { listEntities } from '../db/queries/entities';
import { loadLabels } from '../annotation-store/record-annotation-write';
import { AppError } from '../errors';

export interface CurationMember {
  annotation: Annotation;
  decision: DecisionRecord['decision'] | null;
}

export interface CurationGroup {
  key: string;
  start: number;
  end: number;
  kind: SpanGroupKind;
  attributesAgree: boolean;
  state: GroupState;
  /** Whether "accept all agreed" takes this group. */
  bulk: boolean;
  members: CurationMember[];
}

export interface CurationWorkspace {
  document: { id: number; slug: string; title: string; text: string; revision: number };
  labels: LabelDefinition[];
  entities: Entity[];
  /** The finished annotators' layers, compared side by side. */
  layers: LayerOwner[];
  goldLayerUserId: number | null;
  /** The gold layer's live annotations. */
  gold: Annotation[];
  groups: CurationGroup[];
  /** Accepted annotator spans that lost their words (no offsets): not grouped, shown for the record. */
  orphans: Annotation[];
}

function toLayerSpan(annotation: Annotation): LayerSpan[] {
  const { id, layerUserId, label, start, end, attributes, revision } = annotation;
  return start === null || end === null ? [] : [{ id, layerUserId, label, start, end, attributes, revision }];
}

/** Ids of the layers under curation: annotators who finished the document (gold is never one of them). */
export function listCuratedLayerIds(db: Db, documentId: number): number[] {
  const gold = getGoldLayerUserId(db);
  return listFinishedAnnotatorIdsByDocumentId(db, documentId).filter((id) => id !== gold);
}

export interface CurationState {
  doc: AnnotatableDocument;
  layerIds: number[];
  spans: Map<string, Annotation>;
  groups: SpanGroup[];
  decisions: Map<string, DecisionRecord>;
  goldLayerUserId: number | null;
  gold: Annotation[];
  goldSpans: GoldSpan[];
}

/** The grouping and decisions of a document, as the store's writes and the page both read them. */
export function readCurationState(db: Db, slug: string): CurationState {
  const doc = getAnnotatableDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  const layerIds = listCuratedLayerIds(db, doc.id);
  // Only what an annotator accepted is a candidate: their pending and rejected suggestions are not
  // claims they made (agreement counts the same spans).
  const annotations = layerIds.flatMap((id) => listAnnotationsByDocumentAndLayer(db, doc.id, id)).filter((a) => a.status === 'accepted');
  const groups = groupLayerSpans(annotations.flatMap(toLayerSpan), layerIds);
  const decisions = new Map(listCurationDecisionsByDocumentId(db, doc.id).map((d) => [d.annotationId, d]));
  const goldLayerUserId = getGoldLayerUserId(db) ?? null;
  const gold = goldLayerUserId === null ? [] : listAnnotationsByDocumentAndLayer(db, doc.id, goldLayerUserId);
  const goldSpans = gold.flatMap((a) => (a.start === null || a.end === null ? [] : [{ id: a.id, label: a.label, start: a.start, end: a.end }]));
  return { doc, layerIds, spans: new Map(annotations.map((a) => [a.id, a])), groups, decisions, goldLayerUserId, gold, goldSpans };
}

/** The curate page's data for `slug`. */
export function loadCurationWorkspace(db: Db, slug: string): CurationWorkspace {
  const state = readCurationState(db, slug);
  const { doc, decisions, goldSpans } = state;
  const bulk = new Set(bulkAcceptableGroups(state.groups, decisions, goldSpans).map((g) => g.key));
  const groups = state.groups.map(
    (group): CurationGroup => ({
      key: group.key,
      start: group.start,
      end: group.end,
      kind: group.kind,
      attributesAgree: group.attributesAgree,
      state: curationStateOf(group, decisions, goldSpans),
      bulk: bulk.has(group.key),
      members: group.members.flatMap((member) => {
        const annotation = state.spans.get(member.id);
        return annotation ? [{ annotation, decision: currentDecision(member, decisions) }] : [];
      }),
    }),
  );
  return {
    document: { id: doc.id, slug: doc.slug, title: getDocumentTitleBySlug(db, slug) ?? slug, text: doc.text, revision: doc.revision },
    labels: loadLabels(db),
    entities: listEntities(db),
    layers: getLayerOwnersByIds(db, state.layerIds),
    goldLayerUserId: state.goldLayerUserId,
    gold: state.gold,
    groups,
    orphans: [...state.spans.values()].filter((a) => a.start === null),
  };
}
