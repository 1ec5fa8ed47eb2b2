// TMX 1.4 translation memory: one <tu> per sentence with English, the Indonesian and English as
// <tuv>s, our status and document as <prop type="x-...">. Valid against tmx14.dtd.
import { escapeXmlText, formatXmlAttributes } from './escape-xml';
import type { ExportDocument, ExportUnit } from './export-document';

/** Written as the header's creationtoolversion unless the caller passes another. */
export const SELARAS_TOOL_VERSION = '0.1.0';

/** TMX dates are `YYYYMMDDThhmmssZ` (UTC); undefined for a value that is not a date. */
export function formatTmxDate(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function prop(type: string, value: string): string {
  return `<prop${formatXmlAttributes({ type })}>${escapeXmlText(value)}</prop>`;
}

function translationUnit(doc: ExportDocument, unit: ExportUnit): string | undefined {
  const translation = unit.translation;
  if (!translation || translation.text.trim() === '') return undefined;
  const attributes = formatXmlAttributes({
    tuid: `${doc.slug}/${unit.sentenceId}`,
    changedate: formatTmxDate(translation.updatedAt),
    changeid: translation.translator,
  });
  return (
    `    <tu${attributes}>` +
    prop('x-status', translation.status) +
    prop('x-document', doc.slug) +
    prop('x-sentence', String(unit.sentenceId)) +
    `<tuv xml:lang="id"><seg>${escapeXmlText(unit.source)}</seg></tuv>` +
    `<tuv xml:lang="en"><seg>${escapeXmlText(translation.text)}</seg></tuv>` +
    '</tu>\n'
  );
}

/**
 * TMX 1.4 for `docs`, as chunks (one per <tu>). Every unit with non-empty English becomes a <tu>
 * (tuid `<slug>/<sentenceId>`); which statuses count (approved and reviewed by default) is the
 * caller's filter. Characters XML forbids become U+FFFD: TMX has no way to carry them.
 */
export function* writeTmx(docs: Iterable<ExportDocument>, meta: { exportedAt: string; toolVersion?: string }): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n';
  const header = formatXmlAttributes({
    creationtool: 'Selaras',
    creationtoolversion: meta.toolVersion ?? SELARAS_TOOL_VERSION,
    segtype: 'sentence',
    'o-tmf': 'Selaras',
    adminlang: 'en',
    srclang: 'id',
    datatype: 'plaintext',
    creationdate: formatTmxDate(meta.exportedAt),
  });
  yield `  <header${header}/>\n  <body>\n`;
  for (const doc of docs) {
    for (const unit of [...doc.units].sort((a, b) => a.ord - b.ord)) {
      const tu = translationUnit(doc, unit);
      if (tu !== undefined) yield tu;
    }
  }
  yield '  </body>\n</tmx>\n';
}
