// The data the translate page works with, as the server sends it (see the translation store's loader).
import type { Annotation, Entity, LabelDefinition } from '@/lib/annotations/types';
import type { BlockKind } from '@/lib/corpus/types';

export const UNIT_STATUSES = ['new', 'draft', 'translated', 'reviewed', 'approved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export interface UnitAlignment {
  id: string;
  annotationId: string;
  start: number;
  end: number;
  quote: string;
  state: 'aligned' | 'moved' | 'broken';
}

export interface UnitTranslation {
  id: number;
  text: string;
  status: UnitStatus;
  revision: number;
  comment: string | null;
  updatedBy: string | null;
  updatedAt: string;
  statusChangedBy: string | null;
  statusChangedAt: string;
}

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
  annotationIds: string[];
}

export interface TranslationWorkspaceData {
  document: { id: number; slug: string; title: string; revision: number };
  units: TranslationUnit[];
  annotations: Annotation[];
  labels: LabelDefinition[];
  entities: Entity[];
}

export interface TmMatch {
  id: number;
  source: string;
  target: string;
  score: number;
  exact: boolean;
  context: boolean;
  diff: Array<{ type: 'same' | 'added' | 'removed'; text: string }>;
}

export interface UnitSuggestions {
  tm: TmMatch[];
  glossary: Array<{ source: string; target: string; note: string | null; origin: 'registry' | 'termbase' }>;
  statistics: Array<{ annotationId: string | null; source: string; english: string }>;
}

export interface UnitHistoryEvent {
  id: number;
  revision: number;
  action: string;
  text: string | null;
  status: UnitStatus | null;
  comment: string | null;
  user: string | null;
  at: string;
}
