// The data the annotate page receives from the server: the annotation store's workspace with the
// user's layer packed (lib/editor/packed-layer: a fraction of the bytes for a layer of thousands).
// Type imports only, so nothing of the server reaches the browser bundle.
import type { AnnotationWorkspace } from '@/lib/annotation-store/load-annotation-workspace';
import type { PackedLayer } from '@/lib/editor/packed-layer';

/** The workspace as the store loads it (a source correction answers with this). */
export type { AnnotationWorkspace };

export type AnnotationWorkspaceData = Omit<AnnotationWorkspace, 'annotations'> & { layer: PackedLayer };
