// Reads an XLIFF file back after a translator worked on it in a CAT tool (OmegaT, MateCat,
// Trados): XLIFF 2.x or 1.2, our unit ids (`u<sentenceId>`), the text of sources and targets with
// other tools' inline markup reduced to its text, the target markers of our annotations
// (`a<annotationId>`, for alignments), and each unit's state mapped back to our status.
import { DOMParser } from '@xmldom/xmldom';
import { AppError } from '../errors';
import { isUnitStatus, type UnitStatus } from '../translation/unit-status';
import { XLIFF_12_NAMESPACE } from './xliff-12';
import { XLIFF_21_STATE, XLIFF_2_METADATA_NAMESPACE, XLIFF_2_NAMESPACE } from './xliff-21';

/** Largest XLIFF file read: a whole corpus exported as XLIFF fits many times over. */
export const MAX_XLIFF_BYTES = 32 * 1024 * 1024;

/** An annotation marker in a unit's target: the annotation and its offsets (UTF-16) in the target text. */
export interface XliffTargetMarker {
  annotationId: string;
  start: number;
  end: number;
}

export interface XliffUnit {
  unitId: string;
  sentenceId: number;
  source: string;
  /** Null when the unit (or one of its segments) has no target. */
  target: string | null;
  state: string | null;
  subState: string | null;
  /** Our status, mapped back from state (and subState, or `approved`). */
  status: UnitStatus;
  targetMarkers: XliffTargetMarker[];
}

export interface XliffFile {
  /** XLIFF 2 file id (`d<documentId>` when we wrote it). */
  fileId: string | null;
  documentId: number | null;
  /** Our document slug: XLIFF 2 metadata, XLIFF 1.2 `product-name`. */
  slug: string | null;
  original: string | null;
  units: XliffUnit[];
}

export interface XliffDocument {
  version: string;
  files: XliffFile[];
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** XLIFF 2 states in workflow order, for a unit whose segments disagree (the least finished wins). */
const XLIFF_2_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
const FROM_XLIFF_2: Readonly<Record<string, UnitStatus>> = { initial: 'draft', translated: 'translated', reviewed: 'reviewed', final: 'approved' };

/**
 * XLIFF 1.2 target states. `needs-review-*` means the text awaits review: translated, not reviewed.
 * A state we do not know (or none, which 1.2 allows) with a target counts as translated.
 */
const FROM_XLIFF_12: Readonly<Record<string, UnitStatus>> = {
  'needs-translation': 'draft',
  new: 'draft',
  'needs-adaptation': 'draft',
  'needs-l10n': 'draft',
  translated: 'translated',
  'needs-review-translation': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated',
  'signed-off': 'reviewed',
  final: 'approved',
};

/**
 * Our status for an XLIFF 2 segment. `subState="selaras:<status>"` restores our status exactly
 * (new and draft share `initial`), but only while it agrees with `state`: a tool that moved the
 * state on and left our subState behind has the newer word. No state is `initial` (the default).
 */
export function statusFromXliff21(state: string | null, subState: string | null): UnitStatus {
  const effective = state ?? 'initial';
  const ours = subState?.startsWith('selaras:') ? subState.slice('selaras:'.length) : undefined;
  if (ours !== undefined && isUnitStatus(ours) && XLIFF_21_STATE[ours] === effective) return ours;
  return FROM_XLIFF_2[effective] ?? 'draft';
}

/** Our status for an XLIFF 1.2 target: `approved="yes"` is approved whatever the state says. */
export function statusFromXliff12(state: string | null, approved: boolean): UnitStatus {
  if (approved) return 'approved';
  return (state !== null ? FROM_XLIFF_12[state] : undefined) ?? 'translated';
}

/**
 * The text of an uploaded file: UTF-8 (with or without a byte-order mark) or UTF-16 with one
 * (some Windows tools write that). Refuses a file over `MAX_XLIFF_BYTES` and bytes that are not text.
 */
export function decodeXliffBytes(bytes: Uint8Array, limit = MAX_XLIFF_BYTES): string {
  if (bytes.length > limit) throw new AppError('xliff.tooLarge', { size: bytes.length, limit });
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('xliff.notXml', { reason: `not ${encoding.toUpperCase()}` });
  }
}

function attribute(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

function childElements(node: Node, namespace: string | null, name: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT && (child as Element).localName === name && (child as Element).namespaceURI === namespace) found.push(child as Element);
  }
  return found;
}

function firstChild(node: Node, namespace: string | null, name: string): Element | undefined {
  return childElements(node, namespace, name)[0];
}

/** Text with the spans of annotation markers, built while walking inline content. */
class InlineText {
  text = '';
  private readonly spans = new Map<string, { start: number; end: number }>();
  private readonly started = new Map<string, number>();

  constructor(private readonly unitId: string) {}

  mark(markerId: string | null, start: number, end: number): void {
    const annotationId = markerId !== null && /^a./.test(markerId) ? markerId.slice(1) : undefined;
    if (annotationId === undefined || end <= start) return;
    // A span XLIFF 1.2 split into consecutive pieces comes back as one.
    const known = this.spans.get(annotationId);
    this.spans.set(annotationId, known ? { start: Math.min(known.start, start), end: Math.max(known.end, end) } : { start, end });
  }

  startMarker(markerId: string | null): void {
    if (markerId !== null) this.started.set(markerId, this.text.length);
  }

  endMarker(startRef: string | null): void {
    const start = startRef === null ? undefined : this.started.get(startRef);
    if (start !== undefined) this.mark(startRef, start, this.text.length);
  }

  codePoint(hex: string | null): void {
    const value = hex !== null && /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
    if (!(value <= 0x10ffff)) throw new AppError('xliff.invalidContent', { unit: this.unitId, reason: `<cp hex="${hex ?? ''}">` });
    this.text += String.fromCodePoint(value);
  }

  markers(): XliffTargetMarker[] {
    return [...this.spans].map(([annotationId, { start, end }]) => ({ annotationId, start, end }));
  }
}

/** Inline elements whose content is native code or nothing: no text of the sentence. */
const CODE_ONLY = new Set(['ph', 'sc', 'ec', 'x', 'bx', 'ex', 'bpt', 'ept', 'it']);

/**
 * Appends the text of `node`'s inline content. `<mrk>`, `<pc>`, `<g>` and unknown elements keep
 * their text; placeholders and native codes add none; XLIFF 2 `<cp hex>` is its character.
 */
function readInline(node: Node, into: InlineText, markerAttribute: 'id' | 'mid'): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) {
      into.text += (child as CharacterData).data;
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const element = child as Element;
    const name = element.localName;
    if (name === 'cp') into.codePoint(attribute(element, 'hex'));
    else if (name === 'sm') into.startMarker(attribute(element, 'id'));
    else if (name === 'em') into.endMarker(attribute(element, 'startRef'));
    else if (CODE_ONLY.has(name ?? '')) continue;
    else {
      const start = into.text.length;
      readInline(element, into, markerAttribute);
      if (name === 'mrk') into.mark(attribute(element, markerAttribute), start, into.text.length);
    }
  }
}

function inline(node: Node, unitId: string, markerAttribute: 'id' | 'mid'): InlineText {
  const into = new InlineText(unitId);
  readInline(node, into, markerAttribute);
  return into;
}

/** `u<sentenceId>` → the sentence id; any other id was not written by us. */
function sentenceIdOf(unitId: string | null): number {
  const match = unitId === null ? null : /^u([1-9][0-9]{0,14})$/.exec(unitId);
  if (!match?.[1]) throw new AppError('xliff.foreignUnit', { unit: unitId ?? '' });
  return Number(match[1]);
}

function parseXml(xml: string): Document {
  // No DTD, so no entity of any kind (internal, external, parameter) can be declared or expanded.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new AppError('xliff.doctypeRefused');
  try {
    const doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message.split('\n')[0]);
      },
    }).parseFromString(xml, 'text/xml');
    if (doc.doctype) throw new AppError('xliff.doctypeRefused');
    return doc as unknown as Document;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message.replace(/^.*?"(.*)".*$/s, '$1') : String(error);
    throw new AppError('xliff.notXml', { reason });
  }
}

// XLIFF 2.x

function segmentState(segments: Element[]): { state: string | null; subState: string | null } {
  const states = segments.map((segment) => attribute(segment, 'state') ?? 'initial');
  const rank = (state: string) => Math.max(0, (XLIFF_2_STATES as readonly string[]).indexOf(state));
  const lowest = states.reduce<string | null>((low, state) => (low === null || rank(state) < rank(low) ? state : low), null);
  const subStates = new Set(segments.map((segment) => attribute(segment, 'subState')));
  const explicit = segments.some((segment) => segment.hasAttribute('state'));
  return { state: explicit ? lowest : null, subState: subStates.size === 1 ? ([...subStates][0] ?? null) : null };
}

/**
 * One XLIFF 2 unit: its segments and ignorables in order, joined. A tool may split our one
 * segment in several; an ignorable without a target stands for itself (its source), a segment
 * without one leaves the unit untranslated.
 */
function readUnit2(unit: Element, ns: string): XliffUnit | undefined {
  const unitId = attribute(unit, 'id');
  const parts: Element[] = [];
  for (let child = unit.firstChild; child; child = child.nextSibling) {
    const element = child as Element;
    if (child.nodeType === ELEMENT && element.namespaceURI === ns && (element.localName === 'segment' || element.localName === 'ignorable')) parts.push(element);
  }
  const segments = parts.filter((part) => part.localName === 'segment');
  // The placeholder unit of an empty document carries nothing to import.
  if (unitId === 'empty' && parts.every((part) => (firstChild(part, ns, 'source')?.textContent ?? '') === '')) return undefined;
  const sentenceId = sentenceIdOf(unitId);
  const id = unitId ?? '';
  let source = '';
  let target: InlineText | null = new InlineText(id);
  const markers: XliffTargetMarker[] = [];
  for (const part of parts) {
    const sourceElement = firstChild(part, ns, 'source');
    if (!sourceElement) throw new AppError('xliff.invalidContent', { unit: id, reason: '<source>' });
    const sourceText = inline(sourceElement, id, 'id').text;
    source += sourceText;
    const targetElement = firstChild(part, ns, 'target');
    if (target === null) continue;
    if (!targetElement) {
      if (part.localName === 'segment') target = null;
      else target.text += sourceText;
      continue;
    }
    const piece = inline(targetElement, id, 'id');
    const offset = target.text.length;
    markers.push(...piece.markers().map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })));
    target.text += piece.text;
  }
  if (segments.length === 0) throw new AppError('xliff.invalidContent', { unit: id, reason: '<segment>' });
  const { state, subState } = segmentState(segments);
  return {
    unitId: id,
    sentenceId,
    source,
    target: target === null ? null : target.text,
    state,
    subState,
    status: statusFromXliff21(state, subState),
    targetMarkers: target === null ? [] : markers,
  };
}

function units2(container: Element, ns: string): XliffUnit[] {
  const found: XliffUnit[] = [];
  for (let child = container.firstChild; child; child = child.nextSibling) {
    const element = child as Element;
    if (child.nodeType !== ELEMENT || element.namespaceURI !== ns) continue;
    if (element.localName === 'group') found.push(...units2(element, ns));
    else if (element.localName === 'unit') {
      const unit = readUnit2(element, ns);
      if (unit) found.push(unit);
    }
  }
  return found;
}

/** The slug our writer put in the file's `selaras:document` metadata group. */
function slugOf2(file: Element): string | null {
  for (const metadata of childElements(file, XLIFF_2_METADATA_NAMESPACE, 'metadata')) {
    for (const group of childElements(metadata, XLIFF_2_METADATA_NAMESPACE, 'metaGroup')) {
      if (attribute(group, 'category') !== 'selaras:document') continue;
      const meta = childElements(group, XLIFF_2_METADATA_NAMESPACE, 'meta').find((m) => attribute(m, 'type') === 'slug');
      if (meta) return meta.textContent ?? null;
    }
  }
  return null;
}

function readFiles2(root: Element, ns: string): XliffFile[] {
  return childElements(root, ns, 'file').map((file) => {
    const fileId = attribute(file, 'id');
    const documentId = fileId !== null && /^d[1-9][0-9]{0,14}$/.test(fileId) ? Number(fileId.slice(1)) : null;
    return { fileId, documentId, slug: slugOf2(file), original: attribute(file, 'original'), units: units2(file, ns) };
  });
}

// XLIFF 1.2

function readTransUnit(unit: Element, ns: string | null): XliffUnit {
  const unitId = attribute(unit, 'id') ?? '';
  const sentenceId = sentenceIdOf(unitId);
  const sourceElement = firstChild(unit, ns, 'source');
  if (!sourceElement) throw new AppError('xliff.invalidContent', { unit: unitId, reason: '<source>' });
  const targetElement = firstChild(unit, ns, 'target');
  // With or without the `<mrk mtype="seg">` our writer wraps the sentence in: its mid is no annotation's.
  const target = targetElement ? inline(targetElement, unitId, 'mid') : null;
  const state = targetElement ? attribute(targetElement, 'state') : null;
  return {
    unitId,
    sentenceId,
    source: inline(sourceElement, unitId, 'mid').text,
    target: target?.text ?? null,
    state,
    subState: null,
    status: statusFromXliff12(state, attribute(unit, 'approved') === 'yes'),
    targetMarkers: target?.markers() ?? [],
  };
}

function units12(container: Element, ns: string | null): XliffUnit[] {
  const found: XliffUnit[] = [];
  for (let child = container.firstChild; child; child = child.nextSibling) {
    const element = child as Element;
    if (child.nodeType !== ELEMENT || element.namespaceURI !== ns) continue;
    if (element.localName === 'group') found.push(...units12(element, ns));
    else if (element.localName === 'trans-unit') found.push(readTransUnit(element, ns));
  }
  return found;
}

function readFiles12(root: Element, ns: string | null): XliffFile[] {
  return childElements(root, ns, 'file').map((file) => {
    const body = firstChild(file, ns, 'body');
    return {
      fileId: null,
      documentId: null,
      slug: attribute(file, 'product-name'),
      original: attribute(file, 'original'),
      units: body ? units12(body, ns) : [],
    };
  });
}

/**
 * Reads an XLIFF 2.x or 1.2 file (told apart by namespace and version). Throws xliff.notXml,
 * xliff.doctypeRefused (a DTD or entity declaration: never expanded, always refused),
 * xliff.tooLarge, xliff.notXliff, xliff.unsupportedVersion, xliff.foreignUnit (a unit id we did
 * not write) and xliff.invalidContent.
 */
export function readXliff(xml: string, limit = MAX_XLIFF_BYTES): XliffDocument {
  // A UTF-16 code unit is at least one byte: a longer string is over the limit in any encoding.
  if (xml.length > limit) throw new AppError('xliff.tooLarge', { size: xml.length, limit });
  const root = parseXml(xml.replace(/^\uFEFF/, '')).documentElement;
  if (!root || root.localName !== 'xliff') throw new AppError('xliff.notXliff', { root: root?.tagName ?? '' });
  const version = attribute(root, 'version') ?? '';
  const ns = root.namespaceURI;
  if (ns === XLIFF_2_NAMESPACE && /^2\.\d+$/.test(version)) return { version, files: readFiles2(root, ns) };
  if ((ns === XLIFF_12_NAMESPACE || ns === null) && version === '1.2') return { version, files: readFiles12(root, ns) };
  if (ns !== XLIFF_2_NAMESPACE && ns !== XLIFF_12_NAMESPACE && ns !== null && !ns.startsWith('urn:oasis:names:tc:xliff:')) {
    throw new AppError('xliff.notXliff', { root: root.tagName });
  }
  throw new AppError('xliff.unsupportedVersion', { version });
}
