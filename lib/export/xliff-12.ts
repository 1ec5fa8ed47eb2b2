// XLIFF 1.2 (strict) for older CAT tools: one <file> per document, one <trans-unit> per sentence,
// the unit's status as the target state, annotations as <mrk mtype="x-selaras-LABEL" mid="...">,
// the sentence as one <seg-source> segment so that target markers may carry mids.
import type { UnitStatus } from '../translation/unit-status';
import { escapeXmlText, formatXmlAttributes } from './escape-xml';
import type { ExportDocument, ExportUnit } from './export-document';
import { indexUnitSpans, layOutBySplitting, type InlineSpan } from './inline-spans';

export const XLIFF_12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * Target state per unit status, one-to-one so an import can map back: new → needs-translation,
 * draft → new (text exists but the translator has not finished), translated → translated,
 * reviewed → signed-off, approved → final (and `approved="yes"` on the trans-unit).
 */
export const XLIFF_12_STATE: Readonly<Record<UnitStatus, string>> = {
  new: 'needs-translation',
  draft: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
};

/** `x-selaras-<label>`: an XLIFF 1.2 user-defined mtype (`x-` and no whitespace). */
export function xliff12MarkerType(label: string): string {
  return `x-selaras-${label.replace(/\s/g, '_') || '_'}`;
}

/**
 * Inline content: XLIFF 1.2 has no standalone annotation markers, so a span that crosses another
 * is written as consecutive <mrk> pieces sharing its `mid`.
 */
function inlineContent(text: string, spans: InlineSpan[]): string {
  let out = '';
  for (const piece of layOutBySplitting(text, spans)) {
    if (piece.kind === 'text') out += escapeXmlText(piece.text);
    else if (piece.kind === 'open') out += `<mrk${formatXmlAttributes({ mtype: xliff12MarkerType(piece.span.annotation.label), mid: piece.span.markerId })}>`;
    else if (piece.kind === 'close') out += '</mrk>';
  }
  return out;
}

/** What mrk cannot carry (layer, status, attributes), as one JSON note per annotation. */
function annotationNotes(spans: InlineSpan[]): string {
  const seen = new Set<string>();
  let out = '';
  for (const { annotation, markerId } of spans) {
    if (seen.has(annotation.id)) continue;
    seen.add(annotation.id);
    const body = JSON.stringify({
      mid: markerId,
      annotationId: annotation.id,
      label: annotation.label,
      layer: annotation.layer,
      creator: annotation.creator,
      status: annotation.status,
      attributes: annotation.attributes,
    });
    out += `<note from="selaras" annotates="source">${escapeXmlText(body)}</note>`;
  }
  return out;
}

function transUnit(unit: ExportUnit, sourceSpans: InlineSpan[], targetSpans: InlineSpan[]): string {
  const translation = unit.translation;
  const attributes = formatXmlAttributes({
    id: `u${unit.sentenceId}`,
    approved: translation?.status === 'approved' ? 'yes' : undefined,
    'xml:space': 'preserve',
  });
  // The strict schema ties a top-level target <mrk mid> to a <seg-source> segment, so the sentence
  // is one `seg` segment and the annotation markers sit inside it, free to reuse their mids.
  const segment = formatXmlAttributes({ mtype: 'seg', mid: `s${unit.sentenceId}` });
  const annotatedSource = inlineContent(unit.source, sourceSpans);
  const source = `<source>${annotatedSource}</source><seg-source><mrk${segment}>${annotatedSource}</mrk></seg-source>`;
  const target = translation
    ? `<target${formatXmlAttributes({ state: XLIFF_12_STATE[translation.status] })}><mrk${segment}>${inlineContent(translation.text, targetSpans)}</mrk></target>`
    : '';
  const translatorNote =
    translation && translation.translator !== null
      ? `<note${formatXmlAttributes({ from: translation.translator, annotates: 'target' })}>${escapeXmlText(`${translation.status} ${translation.updatedAt}`)}</note>`
      : '';
  return `      <trans-unit${attributes}>${source}${target}${annotationNotes(sourceSpans)}${translatorNote}</trans-unit>\n`;
}

/**
 * XLIFF 1.2 (source-language id, target-language en, datatype plaintext) for `docs`, valid
 * against the strict schema, as chunks (a document header, then one chunk per trans-unit).
 * trans-unit ids are `u<sentenceId>`, as in XLIFF 2.1; units without English have no <target>.
 * Each sentence is one segment (`<mrk mtype="seg" mid="s<sentenceId>">` in <seg-source> and
 * <target>); annotation markers (mid `a<annotationId>`) sit in <source>, <seg-source> and,
 * where aligned, inside the target segment.
 */
export function* writeXliff12(docs: Iterable<ExportDocument>): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<xliff version="1.2" xmlns="${XLIFF_12_NAMESPACE}">\n`;
  let files = 0;
  for (const doc of docs) {
    files++;
    const spans = indexUnitSpans(doc);
    const file = formatXmlAttributes({
      original: doc.sourcePath,
      'source-language': 'id',
      'target-language': 'en',
      datatype: 'plaintext',
      'product-name': doc.slug,
      'product-version': String(doc.version),
      'build-num': String(doc.revision),
    });
    yield `  <file${file}>\n    <header><note from="selaras">${escapeXmlText(doc.title)}</note></header>\n    <body>\n`;
    for (const unit of [...doc.units].sort((a, b) => a.ord - b.ord)) yield transUnit(unit, spans.source(unit), spans.target(unit));
    yield '    </body>\n  </file>\n';
  }
  // The schema requires at least one <file>.
  if (files === 0) yield '  <file original="empty" source-language="id" target-language="en" datatype="plaintext"><body/></file>\n';
  yield '</xliff>\n';
}
