// The annotation model shared by the store, the route handlers and the editor. Offsets are
// JavaScript string indices (UTF-16) into the document's normalized text.

export const ANNOTATION_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** How sure we are that the span still sits on the words it was made on. */
export const ANCHOR_STATES = ['anchored', 'fuzzy', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

export const ACTOR_TYPES = ['state', 'government_agency', 'igo', 'ngo', 'person', 'group', 'other'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Attribute values are JSON scalars; an entity link is the entity id, `attributed_to` may be 'author'. */
export type AttributeValue = string | number | boolean | null;
export type AnnotationAttributes = Record<string, AttributeValue>;

export const ATTRIBUTE_TYPES = ['enum', 'text', 'number', 'entity', 'entity_or_author'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  /** For `enum`: the allowed values. */
  options?: string[];
}

/** A label and its attributes, as stored in the `labels` table (data, not code). */
export interface LabelDefinition {
  name: string;
  color: string;
  /** The key that applies the label in the editor (`1`, `2`, `3`), if any. */
  shortcut: string | null;
  attributes: AttributeDefinition[];
}

export interface Annotation {
  id: string;
  documentId: number;
  /** The annotator whose layer holds it. */
  layerUserId: number;
  label: string;
  /** Null only when orphaned: the words could not be found again. */
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  attributes: AnnotationAttributes;
  status: AnnotationStatus;
  anchor: AnchorState;
  origin: 'manual' | 'suggestion';
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** An entry of the actor registry. */
export interface Entity {
  id: number;
  canonicalName: string;
  englishName: string | null;
  type: ActorType;
  aliases: string[];
}

/** A span the suggestion engine proposes; never stored as anything but `suggested`. */
export interface Suggestion {
  label: string;
  start: number;
  end: number;
  quote: string;
  attributes: AnnotationAttributes;
}

/** A new annotation as a client sends it (its id chosen by the client, so a retry is recognised). */
export interface NewAnnotation {
  id: string;
  label: string;
  start: number;
  end: number;
  quote: string;
  attributes: AnnotationAttributes;
  /** Defaults to 'accepted': a person made it. */
  status?: AnnotationStatus;
  /** The text revision the offsets were taken on; older offsets are mapped through later corrections. */
  documentRevision?: number;
}
