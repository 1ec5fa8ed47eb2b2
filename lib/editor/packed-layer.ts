// A layer of annotations in the compact form the annotate page is sent on first load: one array per
// field instead of one object per annotation (no key repeated 10 000 times), what the whole layer
// shares said once, and no quote, prefix or suffix where the text itself holds them. Lossless:
// unpacking gives back the records the layer's rows hold. Sent as objects, a 10 000-span layer
// was ~5 MB of the page's payload, parsed before anything is drawn.
import { describeTextQuote } from '../annotations/anchoring/describe-text-quote';
import type { AnchorState, Annotation, AnnotationAttributes, AnnotationStatus } from '../annotations/types';
import type { LayerRowValues } from '../db/queries/annotations';

/** One user's live layer of one document. */
export interface PackedLayer {
  documentId: number;
  layerUserId: number;
  ids: string[];
  labels: string[];
  starts: Array<number | null>;
  ends: Array<number | null>;
  /** `null`: the text's own words at [start, end) (and its context for prefix and suffix). */
  quotes: Array<string | null>;
  prefixes: Array<string | null>;
  suffixes: Array<string | null>;
  attributes: AnnotationAttributes[];
  statuses: AnnotationStatus[];
  anchors: AnchorState[];
  origins: Array<Annotation['origin']>;
  revisions: number[];
  createdAts: string[];
  /** `null`: the same as `createdAt` (never changed). */
  updatedAts: Array<string | null>;
}

/** The quote, prefix and suffix `text` holds for a span, or null when the offsets are not in it. */
function contextOf(text: string, start: number | null, end: number | null): { quote: string; prefix: string; suffix: string } | null {
  if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  return describeTextQuote(text, start, end);
}

/**
 * The live layer `rows` (lib/db: listLayerRowValues) of `layer` over `text` (the text their offsets
 * refer to), packed.
 */
export function packLayer(layer: { documentId: number; layerUserId: number }, rows: readonly LayerRowValues[], text: string): PackedLayer {
  const packed: PackedLayer = {
    documentId: layer.documentId,
    layerUserId: layer.layerUserId,
    ids: [],
    labels: [],
    starts: [],
    ends: [],
    quotes: [],
    prefixes: [],
    suffixes: [],
    attributes: [],
    statuses: [],
    anchors: [],
    origins: [],
    revisions: [],
    createdAts: [],
    updatedAts: [],
  };
  for (const [id, label, start, end, quote, prefix, suffix, attributes, status, anchor, origin, revision, createdAt, updatedAt] of rows) {
    const context = contextOf(text, start, end);
    packed.ids.push(id);
    packed.labels.push(label);
    packed.starts.push(start);
    packed.ends.push(end);
    packed.quotes.push(context?.quote === quote ? null : quote);
    packed.prefixes.push(context?.prefix === prefix ? null : prefix);
    packed.suffixes.push(context?.suffix === suffix ? null : suffix);
    packed.attributes.push(JSON.parse(attributes) as AnnotationAttributes);
    packed.statuses.push(status);
    packed.anchors.push(anchor);
    packed.origins.push(origin);
    packed.revisions.push(revision);
    packed.createdAts.push(createdAt);
    packed.updatedAts.push(updatedAt === createdAt ? null : updatedAt);
  }
  return packed;
}

/** The records of the rows `packLayer` was given, from the same `text`. */
export function unpackLayer(packed: PackedLayer, text: string): Annotation[] {
  return packed.ids.map((id, i) => {
    const start = packed.starts[i] ?? null;
    const end = packed.ends[i] ?? null;
    const quote = packed.quotes[i] ?? null;
    const prefix = packed.prefixes[i] ?? null;
    const suffix = packed.suffixes[i] ?? null;
    const context = quote === null || prefix === null || suffix === null ? contextOf(text, start, end) : null;
    const createdAt = packed.createdAts[i] as string;
    return {
      id,
      documentId: packed.documentId,
      layerUserId: packed.layerUserId,
      label: packed.labels[i] as string,
      start,
      end,
      quote: quote ?? context?.quote ?? '',
      prefix: prefix ?? context?.prefix ?? '',
      suffix: suffix ?? context?.suffix ?? '',
      attributes: packed.attributes[i] as AnnotationAttributes,
      status: packed.statuses[i] as AnnotationStatus,
      anchor: packed.anchors[i] as AnchorState,
      origin: packed.origins[i] as Annotation['origin'],
      revision: packed.revisions[i] as number,
      createdAt,
      updatedAt: packed.updatedAts[i] ?? createdAt,
      deletedAt: null,
    };
  });
}
