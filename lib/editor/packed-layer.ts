// A layer of annotations in the compact form the annotate page is sent on first load: one array per
// field instead of one object per annotation (no key repeated 10 000 times), and no quote, prefix or
// suffix where the text itself holds them. Lossless: unpacking gives back equal records. Sent as
// objects, a 10 000-span layer was ~5 MB of the page's payload, parsed before anything is drawn.
import { describeTextQuote } from '../annotations/anchoring/describe-text-quote';
import type { AnchorState, Annotation, AnnotationAttributes, AnnotationStatus } from '../annotations/types';

export interface PackedLayer {
  ids: string[];
  documentIds: number[];
  layerUserIds: number[];
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
  deletedAts: Array<string | null>;
}

/** The quote, prefix and suffix `text` holds for a span, or null when the offsets are not in it. */
function contextOf(text: string, start: number | null, end: number | null): { quote: string; prefix: string; suffix: string } | null {
  if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  return describeTextQuote(text, start, end);
}

/** `annotations` over `text` (the text their offsets refer to), packed. */
export function packLayer(annotations: readonly Annotation[], text: string): PackedLayer {
  const packed: PackedLayer = {
    ids: [],
    documentIds: [],
    layerUserIds: [],
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
    deletedAts: [],
  };
  for (const a of annotations) {
    const context = contextOf(text, a.start, a.end);
    packed.ids.push(a.id);
    packed.documentIds.push(a.documentId);
    packed.layerUserIds.push(a.layerUserId);
    packed.labels.push(a.label);
    packed.starts.push(a.start);
    packed.ends.push(a.end);
    packed.quotes.push(context?.quote === a.quote ? null : a.quote);
    packed.prefixes.push(context?.prefix === a.prefix ? null : a.prefix);
    packed.suffixes.push(context?.suffix === a.suffix ? null : a.suffix);
    packed.attributes.push(a.attributes);
    packed.statuses.push(a.status);
    packed.anchors.push(a.anchor);
    packed.origins.push(a.origin);
    packed.revisions.push(a.revision);
    packed.createdAts.push(a.createdAt);
    packed.updatedAts.push(a.updatedAt === a.createdAt ? null : a.updatedAt);
    packed.deletedAts.push(a.deletedAt);
  }
  return packed;
}

/** The records `packLayer` was given, from the same `text`. */
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
      documentId: packed.documentIds[i] as number,
      layerUserId: packed.layerUserIds[i] as number,
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
      deletedAt: packed.deletedAts[i] ?? null,
    };
  });
}
