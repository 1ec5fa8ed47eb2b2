// Shared by the XML and W3C export tests: an ExportDocument built from a real seed (with
// overlapping annotations, alignments and translations in every status), xmllint, and a tiny XML
// reader to check that text comes back as written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportAlignment, ExportAnnotation, ExportDocument, ExportUnit } from '../../lib/export/export-document';
import type { UnitStatus } from '../../lib/translation/unit-status';
import { seed } from '../corpus/seed-documents';

export const SCHEMAS = fileURLToPath(new URL('../fixtures/schemas/', import.meta.url));

/** Joins a serializer's chunks. */
export function collect(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

let annotationCount = 0;

/** An annotation on `quote`, searched from the start of `unit`'s sentence. */
export function annotate(
  doc: ExportDocument,
  unit: ExportUnit,
  label: string,
  quote: string,
  extra: Partial<ExportAnnotation> = {},
): ExportAnnotation {
  const start = doc.text.indexOf(quote, unit.start);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  annotationCount++;
  return {
    id: `00000000-0000-4000-8000-${String(annotationCount).padStart(12, '0')}`,
    documentId: doc.id,
    layerUserId: 2,
    label,
    start,
    end: start + quote.length,
    quote,
    prefix: doc.text.slice(Math.max(0, start - 32), start),
    suffix: doc.text.slice(start + quote.length, start + quote.length + 32),
    attributes: {},
    status: 'accepted',
    anchor: 'anchored',
    origin: 'manual',
    revision: 1,
    createdAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-02T09:30:00.000Z',
    deletedAt: null,
    layer: 'sari',
    creator: 'Sari Wulandari',
    ...extra,
  };
}

/** An alignment of `annotation` on `quote` in the unit's English. */
export function align(unit: ExportUnit, annotation: ExportAnnotation, quote: string, state: ExportAlignment['state'] = 'aligned'): ExportAlignment {
  const english = unit.translation?.text ?? '';
  const start = english.indexOf(quote);
  if (start < 0) throw new Error(`English quote not found: ${quote}`);
  return { id: `al-${annotation.id}`, annotationId: annotation.id, sentenceId: unit.sentenceId, start, end: start + quote.length, quote, state };
}

/** The seed `004` (a conclusion chapter) as an ExportDocument with no annotations or English yet. */
export function bareSeedDocument(prefix = '004', id = 7): ExportDocument {
  const { name, raw, doc } = seed(prefix);
  const units: ExportUnit[] = doc.sentences.map((sentence, i) => ({
    sentenceId: 100 + i,
    ord: i,
    start: sentence.start,
    end: sentence.end,
    source: doc.text.slice(sentence.start, sentence.end),
    translation: null,
  }));
  return {
    id,
    slug: name.replace(/\.txt$/, ''),
    title: doc.title,
    sourcePath: `corpus/${name}`,
    version: 1,
    rawSha256: '0'.repeat(64),
    revision: 3,
    text: doc.text,
    rawText: raw,
    provenance: doc.provenance,
    blocks: doc.blocks.map((block, i) => ({ id: i + 1, kind: block.kind, start: block.start, end: block.end })),
    units,
    annotations: [],
    alignments: [],
    entities: [{ id: 1, canonicalName: 'International Organization for Migration', englishName: null, type: 'igo', aliases: ['IOM'] }],
  };
}

function unitAt(doc: ExportDocument, ord: number): ExportUnit {
  const unit = doc.units[ord];
  if (!unit) throw new Error(`no unit ${ord}`);
  return unit;
}

function translate(unit: ExportUnit, text: string, status: UnitStatus): void {
  unit.translation = { text, status, translator: 'Budi Santoso', updatedAt: '2024-05-03T10:00:00.000Z' };
}

/**
 * Seed `004` with English in every status, nested and crossing annotations (one spanning two
 * sentences), a second annotator's layer, and aligned, moved and broken alignments.
 */
export function seedExportDocument(): ExportDocument {
  const doc = bareSeedDocument();
  const iom = unitAt(doc, 4);
  const victims = unitAt(doc, 5);
  const exploited = unitAt(doc, 6);
  const unodc = unitAt(doc, 10);
  translate(iom, 'Data from the International Organization for Migration (IOM) show that Laos ranks second in Southeast Asia, with a total of 195 victims of human trafficking.', 'approved');
  translate(victims, 'Those who became victims were deceived with the lure of well-paid jobs in other countries.', 'reviewed');
  translate(exploited, 'In the end, however, they were exploited, both as forced labour and sexually.', 'translated');
  translate(unodc, 'By 2011 the government of Laos asked UNODC for help.', 'draft');
  translate(unitAt(doc, 11), '', 'new');
  const actor = annotate(doc, iom, 'actor', 'International Organization for Migration (IOM)', { attributes: { entity: 1, type: 'igo' } });
  const claim = annotate(doc, iom, 'claim', 'Laos adalah negara yang menduduki peringkat kedua', { attributes: { attributed_to: 1 } });
  const statistic = annotate(doc, iom, 'statistic', 'peringkat kedua di kawasan Asia Tenggara dengan total 195 korban', {
    attributes: { value: 195, unit: 'korban' },
  });
  const source = annotate(doc, iom, 'claim', 'Data dari International Organization', { layer: 'gold', creator: 'Gold standard', status: 'suggested', origin: 'suggestion' });
  const longClaim = annotate(doc, victims, 'claim', 'ditipu dengan iming-iming mendapat pekerjaan dengan gaji tinggi di negara lain. Namun, pada akhirnya mereka di eksploitasi');
  const government = annotate(doc, unodc, 'actor', 'pemerintah Laos');
  const orphan = { ...annotate(doc, unodc, 'actor', 'UNODC'), start: null, end: null, anchor: 'orphaned' as const };
  doc.annotations = [actor, claim, statistic, source, longClaim, government, orphan];
  doc.alignments = [
    align(iom, actor, 'International Organization for Migration (IOM)'),
    align(iom, claim, 'Laos ranks second'),
    align(iom, statistic, 'second in Southeast Asia, with a total of 195 victims', 'moved'),
    align(victims, longClaim, 'deceived with the lure of well-paid jobs in other countries'),
    align(unodc, government, 'the government of Laos', 'broken'),
  ];
  return doc;
}

/** What xmllint said. */
export interface XmllintResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `xmllint --nonet <args> <file>` on `xml` written to a temporary file. Throws when xmllint
 * is not installed: the validation tests must fail then, never skip (install libxml2-utils).
 */
export function xmllint(args: string[], xml: string, env: Record<string, string> = {}): XmllintResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'selaras-xmllint-'));
  try {
    const file = path.join(dir, 'export.xml');
    writeFileSync(file, xml, 'utf8');
    const run = spawnSync('xmllint', ['--nonet', ...args, file], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new Error(`xmllint could not run (install Debian's libxml2-utils): ${run.error.message}`);
    return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xmllint's verdict, with its messages in the failure text. */
export function expectValid(result: XmllintResult): void {
  if (result.status !== 0) throw new Error(`xmllint rejected the file (status ${result.status}):\n${result.stderr.slice(0, 4000)}`);
}

export const validateTmx = (xml: string) => xmllint(['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx-1.4/tmx14.dtd')], xml);
export const validateXliff21Core = (xml: string) => xmllint(['--noout', '--schema', path.join(SCHEMAS, 'xliff-2.1/xliff_core_2.0.xsd')], xml);
export const validateXliff21WithMetadata = (xml: string) =>
  xmllint(['--noout', '--schema', path.join(SCHEMAS, 'xliff-2.1/selaras-core-and-metadata.xsd')], xml);
export const validateXliff12 = (xml: string) =>
  xmllint(['--noout', '--schema', path.join(SCHEMAS, 'xliff-1.2/xliff-core-1.2-strict.xsd')], xml, { XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') });

/** An element of the tiny reader's tree. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] ?? '';
  });
}

/**
 * A tiny non-validating reader for the files our writers produce (elements, attributes, text,
 * entity and character references); xmllint checks well-formedness and validity separately.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const token = /<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const match of xml.matchAll(token)) {
    const [whole, closing, opening, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (!top) throw new Error('unbalanced XML');
    if (text !== undefined) top.children.push(decodeEntities(text));
    else if (closing !== undefined) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const element: XmlElement = { name: opening, attributes: {}, children: [] };
      for (const attribute of (attributeText ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[attribute[1] ?? ''] = decodeEntities(attribute[2] ?? attribute[3] ?? '');
      }
      top.children.push(element);
      if (selfClosing !== '/') stack.push(element);
    } else if (!whole.startsWith('<?') && !whole.startsWith('<!')) throw new Error(`unexpected ${whole}`);
  }
  if (stack.length !== 1) throw new Error('unclosed elements');
  return root;
}

/** All elements named `name` (prefix included) in document order. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) found.push(child);
    found.push(...findAll(child, name));
  }
  return found;
}

/** Text content of `node`; `<cp hex>` (XLIFF 2) is read back as its character. */
export function textOf(node: XmlElement): string {
  return node.children
    .map((child) => {
      if (typeof child === 'string') return child;
      if (child.name === 'cp') return String.fromCharCode(parseInt(child.attributes.hex ?? '', 16));
      return textOf(child);
    })
    .join('');
}
