// What every export format is made from: one document with its text, provenance, translation
// units, annotations (with their layer), alignments and the registry entries they name. Offsets
// are JavaScript string indices (UTF-16) here; each format converts them (code points) itself.
import type { Annotation, Entity } from '../annotations/types';
import type { BlockKind, DocumentFlag, ProvenanceRun } from '../corpus/types';
import type { UnitStatus } from '../translation/unit-status';

// The optional fields below are what a restore needs besides what researchers read (see
// lib/export-store/import-aligned-json.ts). The store always fills them; documents built by hand
// (test fixtures) may leave them out, and the aligned JSON then leaves them out too.

/** An account named in the export: its username (how an import finds it) and display name. */
export interface ExportPerson {
  username: string;
  name: string;
}

export interface ExportTranslation {
  text: string;
  status: UnitStatus;
  /** Display name of who last wrote the English, and when. */
  translator: string | null;
  updatedAt: string;
  revision?: number;
  /** The reviewer's note when the unit was sent back. */
  comment?: string | null;
  createdBy?: ExportPerson | null;
  createdAt?: string;
  updatedBy?: ExportPerson | null;
  statusChangedBy?: ExportPerson | null;
  statusChangedAt?: string;
}

export interface ExportUnit {
  sentenceId: number;
  ord: number;
  start: number;
  end: number;
  source: string;
  /** The block holding the sentence (stored); when absent, the block containing `start`. */
  blockId?: number;
  translation: null | ExportTranslation;
}

export interface ExportAnnotation extends Annotation {
  /** The layer's username (the annotator), so per-user annotations survive the export. */
  layer: string;
  /** Display name of the annotator. */
  creator: string;
  createdBy?: ExportPerson | null;
  updatedBy?: ExportPerson | null;
  /** The annotation of the previous document version this one was re-anchored from. */
  previousId?: string | null;
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

export interface ExportBlock {
  id: number;
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading depth (1 = chapter); null for other blocks. */
  level?: number | null;
  /** A footnote's number as printed. */
  footnoteLabel?: string | null;
  /** The raw range the block was built from, as stored at import (UTF-16 offsets of rawText). */
  rawStart?: number;
  rawEnd?: number;
}

/** A footnote marker removed from the running text. */
export interface ExportFootnoteRef {
  label: string;
  /** Offset in the text right after the word the marker followed. */
  offset: number;
  footnoteBlockId: number | null;
  rawStart: number;
  rawEnd: number;
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
  blocks: ExportBlock[];
  units: ExportUnit[];
  annotations: ExportAnnotation[];
  alignments: ExportAlignment[];
  /** Registry entries the annotations link to (actors, attributed_to). */
  entities: Entity[];
  importedAt?: string;
  /** Hints for readers (a suspected lost drop cap), with offsets into the text. */
  flags?: DocumentFlag[];
  footnoteRefs?: ExportFootnoteRef[];
}

/**
 * Without a `layers` filter: `goldWherePresent` takes only the gold layer of a document that has
 * one (the default), `allLayers` every layer.
 */
export type ExportLayerChoice = 'goldWherePresent' | 'allLayers';

/** Which parts of the corpus an export takes; an omitted filter takes everything. */
export interface ExportFilters {
  documents?: string[];
  labels?: string[];
  annotationStatuses?: Annotation['status'][];
  /** Layer usernames. */
  layers?: string[];
  translationStatuses?: UnitStatus[];
}
