// XLIFF 2.1 for translation tools: one <file> per document, one <unit> per sentence, the unit's
// status as the segment state, annotations as <mrk type="selaras:LABEL"> (or <sm/>/<em/> when
// spans overlap without nesting) in the source, and in the target with the same id where aligned.
import type { UnitStatus } from '../translation/unit-status';
import { escapeXmlText, formatXmlAttributes } from './escape-xml';
import type { ExportAnnotation, ExportDocument, ExportUnit } from './export-document';
import { indexUnitSpans, layOutWithMarkers, type InlineSpan } from './inline-spans';

export const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_2_METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';

/**
 * Segment state per unit status. XLIFF 2 has four states; `new` and `draft` are both `initial`
 * (not yet translated), told apart by `subState="selaras:<status>"`, which every segment carries
 * so an import can restore our status exactly. translated → translated, reviewed → reviewed,
 * approved → final.
 */
export const XLIFF_21_STATE: Readonly<Record<UnitStatus, 'initial' | 'translated' | 'reviewed' | 'final'>> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
};

/** `selaras:<label>`: an XLIFF 2 user-defined mrk type (`prefix:value`, no spaces or colons in either). */
export function xliff21MarkerType(label: string): string {
  return `selaras:${label.replace(/[\s:]/g, '_') || '_'}`;
}

/** Forbidden XML characters travel losslessly as XLIFF 2 `<cp hex="..."/>`. */
function codePointElement(codeUnit: number): string {
  return `<cp hex="${codeUnit.toString(16).toUpperCase().padStart(4, '0')}"/>`;
}

function inlineText(text: string): string {
  return escapeXmlText(text, codePointElement);
}

/** Inline content of a source or target: text with the annotation markup laid over it. */
function inlineContent(text: string, spans: InlineSpan[]): string {
  let out = '';
  for (const piece of layOutWithMarkers(text, spans)) {
    switch (piece.kind) {
      case 'text':
        out += inlineText(piece.text);
        break;
      case 'open':
        out += `<mrk${formatXmlAttributes({ id: piece.span.markerId, type: xliff21MarkerType(piece.span.annotation.label) })}>`;
        break;
      case 'close':
        out += '</mrk>';
        break;
      case 'start-marker':
        out += `<sm${formatXmlAttributes({ id: piece.span.markerId, type: xliff21MarkerType(piece.span.annotation.label) })}/>`;
        break;
      case 'end-marker':
        out += `<em${formatXmlAttributes({ startRef: piece.span.markerId })}/>`;
        break;
    }
  }
  return out;
}

function meta(type: string, value: string): string {
  return `<mda:meta${formatXmlAttributes({ type })}>${inlineTextForMeta(value)}</mda:meta>`;
}

/** mda:meta holds plain text only (no <cp>), so forbidden characters become U+FFFD there. */
function inlineTextForMeta(value: string): string {
  return escapeXmlText(value);
}

/** The annotation's label, layer, status and attributes, which mrk has no room for. */
function annotationMetaGroup(annotation: ExportAnnotation, markerId: string): string {
  const metas = [
    meta('markerId', markerId),
    meta('annotationId', annotation.id),
    meta('label', annotation.label),
    meta('layer', annotation.layer),
    meta('creator', annotation.creator),
    meta('status', annotation.status),
  ];
  for (const [name, value] of Object.entries(annotation.attributes)) {
    if (value !== null) metas.push(meta(`attribute:${name}`, String(value)));
  }
  return `<mda:metaGroup category="selaras:annotation">${metas.join('')}</mda:metaGroup>`;
}

function unitMetadata(unit: ExportUnit, sourceSpans: InlineSpan[]): string {
  const groups: string[] = [];
  const seen = new Set<string>();
  for (const span of sourceSpans) {
    if (seen.has(span.annotation.id)) continue;
    seen.add(span.annotation.id);
    groups.push(annotationMetaGroup(span.annotation, span.markerId));
  }
  const translation = unit.translation;
  if (translation) {
    const metas = [meta('status', translation.status), meta('updatedAt', translation.updatedAt)];
    if (translation.translator !== null) metas.push(meta('translator', translation.translator));
    groups.push(`<mda:metaGroup category="selaras:translation">${metas.join('')}</mda:metaGroup>`);
  }
  return groups.length > 0 ? `<mda:metadata>${groups.join('')}</mda:metadata>` : '';
}

function unitElement(unit: ExportUnit, sourceSpans: InlineSpan[], targetSpans: InlineSpan[]): string {
  const status: UnitStatus = unit.translation?.status ?? 'new';
  const segment = formatXmlAttributes({ id: `s${unit.sentenceId}`, state: XLIFF_21_STATE[status], subState: `selaras:${status}` });
  const source = `<source xml:space="preserve">${inlineContent(unit.source, sourceSpans)}</source>`;
  const target = unit.translation ? `<target xml:space="preserve">${inlineContent(unit.translation.text, targetSpans)}</target>` : '';
  return `    <unit id="u${unit.sentenceId}">${unitMetadata(unit, sourceSpans)}<segment${segment}>${source}${target}</segment></unit>\n`;
}

function documentMetadata(doc: ExportDocument): string {
  const metas = [
    meta('documentId', String(doc.id)),
    meta('slug', doc.slug),
    meta('title', doc.title),
    meta('version', String(doc.version)),
    meta('revision', String(doc.revision)),
    meta('rawSha256', doc.rawSha256),
  ];
  return `<mda:metadata><mda:metaGroup category="selaras:document">${metas.join('')}</mda:metaGroup></mda:metadata>`;
}

/**
 * XLIFF 2.1 (srcLang id, trgLang en) for `docs`, as chunks: one per document header and one per
 * unit, so a whole corpus never becomes one string. Unit ids are `u<sentenceId>` (unique per
 * file), segment ids `s<sentenceId>`, marker ids `a<annotationId>`; a unit without English has no
 * <target>. Label, layer, status and attributes of each annotation, and the translation's
 * status, translator and time, go in the Metadata module (`mda:`) of the unit.
 */
export function* writeXliff21(docs: Iterable<ExportDocument>): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<xliff xmlns="${XLIFF_2_NAMESPACE}" xmlns:mda="${XLIFF_2_METADATA_NAMESPACE}" version="2.1" srcLang="id" trgLang="en">\n`;
  let files = 0;
  for (const doc of docs) {
    files++;
    const spans = indexUnitSpans(doc);
    yield `  <file${formatXmlAttributes({ id: `d${doc.id}`, original: doc.sourcePath })}>${documentMetadata(doc)}\n`;
    // XLIFF 2 requires at least one unit or group per file; an empty document keeps one empty unit.
    if (doc.units.length === 0) yield '    <unit id="empty"><segment><source/></segment></unit>\n';
    for (const unit of [...doc.units].sort((a, b) => a.ord - b.ord)) yield unitElement(unit, spans.source(unit), spans.target(unit));
    yield '  </file>\n';
  }
  // The schema requires at least one <file>; an export that matched nothing still validates.
  if (files === 0) yield '  <file id="empty"><unit id="empty"><segment><source/></segment></unit></file>\n';
  yield '</xliff>\n';
}
