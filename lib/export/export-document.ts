// What every export format is made from: one document with its text, provenance, translation
// units, annotations (with their layer), alignments and the registry entries they name. Offsets
// are JavaScript string indices (UTF-16) here; each format converts them (code points) itself.
import type { Annotation, Entity } from '../annotations/types';
import type { BlockKind, ProvenanceRun } from '../corpus/types';
import type { UnitStatus } from '../translation/unit-status';

export interface ExportUnit {
  sentenceId: number;
  ord: number;
  start: number;
  end: number;
  source: string;
  translation: null | {
    text: string;
    status: UnitStatus;
    /** Display name of who last wrote the English, and when. */
    translator: string | null;
    updatedAt: string;
  };
}

export interface ExportAnnotation extends Annotation {
  /** The layer's username (the annotator), so per-user annotations survive the export. */
  layer: string;
  /** Display name of the annotator. */
  creator: string;
}

export interface ExportAlignment {
  id: string;
  annotationId: string;
  sentenceId: number;
  /** Offsets into the unit's English text. */
  start: number;
  end: number;
  quote: string;
  state: 'aligned' | 'moved' | 'broken';
}

export interface ExportDocument {
  id: number;
  slug: string;
  title: string;
  sourcePath: string;
  version: number;
  rawSha256: string;
  revision: number;
  text: string;
  rawText: string;
  provenance: ProvenanceRun[];
  blocks: Array<{ id: number; kind: BlockKind; start: number; end: number }>;
  units: ExportUnit[];
  annotations: ExportAnnotation[];
  alignments: ExportAlignment[];
  /** Registry entries the annotations link to (actors, attributed_to). */
  entities: Entity[];
}

/** Which parts of the corpus an export takes; an omitted filter takes everything. */
export interface ExportFilters {
  documents?: string[];
  labels?: string[];
  annotationStatuses?: Annotation['status'][];
  /** Layer usernames. */
  layers?: string[];
  translationStatuses?: UnitStatus[];
}
