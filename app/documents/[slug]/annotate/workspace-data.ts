// The data the annotate page receives from the server: the annotation store's workspace without the
// user's layer, which the page fetches packed beside its HTML (GET …/annotations?packed=1,
// preloaded): thousands of spans parsed as JSON, not as page markup and script.
// Type imports only, so nothing of the server reaches the browser bundle.
import type { AnnotationSource, AnnotationWorkspace } from '@/lib/annotation-store/load-annotation-workspace';
import type { PackedLayer } from '@/lib/editor/packed-layer';

/** The workspace as the store loads it (a source correction answers with this). */
export type { AnnotationWorkspace };

export type AnnotationWorkspaceData = AnnotationSource;

/** The answer of GET /api/documents/<slug>/annotations?packed=1. */
export interface PackedLayerAnswer {
  documentRevision: number;
  layer: PackedLayer;
}

/** Where the page's own layer is read (and preloaded) from. */
export function packedLayerUrl(slug: string): string {
  return `/api/documents/${encodeURIComponent(slug)}/annotations?packed=1`;
}
