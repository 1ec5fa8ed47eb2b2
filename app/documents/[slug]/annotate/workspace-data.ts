// The data the annotate page receives from the server: the annotation store's workspace (a type
// import only, so nothing of the server reaches the browser bundle).
export type { AnnotationWorkspace as AnnotationWorkspaceData } from '@/lib/annotation-store/load-annotation-workspace';
