// The data the annotate page receives from the server (the workspace loader's result, as JSON).
import type { DocumentFlag } from '@/lib/corpus/types';
import type { Annotation, Entity, LabelDefinition } from '@/lib/annotations/types';
import type { EditorBlock, EditorSentenceRow } from '@/lib/editor/build-editor-doc';

export interface AnnotationWorkspaceData {
  document: { id: number; slug: string; title: string; text: string; revision: number; flags: DocumentFlag[] };
  blocks: EditorBlock[];
  sentences: EditorSentenceRow[];
  footnoteRefs: Array<{ label: string; offset: number; footnoteBlockId: number | null }>;
  labels: LabelDefinition[];
  entities: Entity[];
  annotations: Annotation[];
}
