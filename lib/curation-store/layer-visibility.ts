// Who may see which layer of a document. Everyone sees their own. A reviewer (or admin) may
// reveal an annotator's layer once that annotator marked the document finished — never while
// they work, so nobody anchors on another's unfinished spans — and the gold layer. Revealed
// layers are read-only: writes go through the store, which only writes the writer's own layer.
import type { Annotation } from '../annotations/types';
import { hasPermission, type Role } from '../auth/roles';
import type { Db } from '../db/connection';
import { getAnnotatableDocumentBySlug, listAnnotationsByDocumentAndLayer } from '../db/queries/annotations';
import { listFinishedAnnotatorIdsByDocumentId } from '../db/queries/assignments';
import { getGoldLayerUserId, getLayerOwnersByIds } from '../db/queries/curation';
import { AppError } from '../errors';

export interface Viewer {
  id: number;
  role: Role;
}

export interface RevealableLayer {
  userId: number;
  username: string;
  displayName: string;
  kind: 'annotator' | 'gold';
}

/** The layers of a document `viewer` may reveal besides their own: finished annotators, then gold. */
export function listRevealableLayers(db: Db, documentId: number, viewer: Viewer): RevealableLayer[] {
  if (!hasPermission(viewer.role, 'layers.reveal')) return [];
  const finished = listFinishedAnnotatorIdsByDocumentId(db, documentId).filter((id) => id !== viewer.id);
  const annotators = getLayerOwnersByIds(db, finished).map((owner): RevealableLayer => ({ ...owner, userId: owner.id, kind: 'annotator' }));
  const goldId = getGoldLayerUserId(db);
  const gold = goldId === undefined ? [] : getLayerOwnersByIds(db, [goldId]).map((owner): RevealableLayer => ({ ...owner, userId: owner.id, kind: 'gold' }));
  return [...annotators, ...gold].map(({ userId, username, displayName, kind }) => ({ userId, username, displayName, kind }));
}

/** Throws layer.notVisible (403) unless `viewer` may read the layer of `layerUserId` in this document. */
export function assertMayReadLayer(db: Db, documentId: number, viewer: Viewer, layerUserId: number): void {
  if (layerUserId === viewer.id) return;
  if (!listRevealableLayers(db, documentId, viewer).some((layer) => layer.userId === layerUserId)) {
    throw new AppError('layer.notVisible', { layer: layerUserId });
  }
}

/** A layer of a document, read-only for anyone but its owner, after the visibility check. */
export function readVisibleLayer(
  db: Db,
  slug: string,
  viewer: Viewer,
  layerUserId: number,
): { documentRevision: number; layerUserId: number; annotations: Annotation[] } {
  const doc = getAnnotatableDocumentBySlug(db, slug);
  if (!doc) throw new AppError('document.notFound', { slug });
  assertMayReadLayer(db, doc.id, viewer, layerUserId);
  return { documentRevision: doc.revision, layerUserId, annotations: listAnnotationsByDocumentAndLayer(db, doc.id, layerUserId) };
}
