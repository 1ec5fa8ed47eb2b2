import { describe, expect, it } from 'vitest';
import {
  escapeXmlAttribute,
  escapeXmlText,
  hasForbiddenXmlCharacters,
  replaceForbiddenXmlCharacters,
} from '../../lib/export/escape-xml';
import type { ExportDocument, ExportUnit } from '../../lib/export/export-document';
import { writeTmx } from '../../lib/export/tmx';
import { writeW3cAnnotations, type W3cAnnotation } from '../../lib/export/w3c-annotations';
import { writeXliff12 } from '../../lib/export/xliff-12';
import { writeXliff21 } from '../../lib/export/xliff-21';
import {
  collect,
  expectValid,
  findAll,
  parseXml,
  textOf,
  validateTmx,
  validateXliff12,
  validateXliff21Core,
  validateXliff21WithMetadata,
  xmllint,
  type XmlElement,
} from './xml-export-fixture';

/** Everything that breaks naive XML writers: markup, quotes, CDATA end, controls, bidi marks, astral and lone surrogates. */
const HOSTILE = `<b>&amp; "kutip" 'x' ]]> \u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF tab\there cr\r\nlf \u202Eterbalik\u202C \u200F 𝔸 lone\uD800x \uDC00y`;
const SOURCE = `Data ${HOSTILE} selesai.`;
const SECOND = 'Kedua: A < B && C > D.';
const ENGLISH = `Data ${HOSTILE} done.`;
const QUOTE = `"kutip" 'x' ]]>`;
const ATTRIBUTE = `<script>&"\u0007]]>\u202E\uD83D`;

function hostileDocument(): ExportDocument {
  const text = `${SOURCE} ${SECOND}`;
  const first: ExportUnit = {
    sentenceId: 1,
    ord: 0,
    start: 0,
    end: SOURCE.length,
    source: SOURCE,
    translation: { text: ENGLISH, status: 'approved', translator: `Budi <&> "B" \u0002`, updatedAt: '2024-05-03T10:00:00.000Z' },
  };
  const second: ExportUnit = {
    sentenceId: 2,
    ord: 1,
    start: SOURCE.length + 1,
    end: text.length,
    source: SECOND,
    translation: { text: 'Second: A < B && C > D.', status: 'reviewed', translator: null, updatedAt: '2024-05-03T10:00:00.000Z' },
  };
  const start = text.indexOf(QUOTE);
  return {
    id: 1,
    slug: 'hostile-<&>"',
    title: `Judul <&> "x" ]]> \u0003 \u202E`,
    sourcePath: `corpus/a&b "c" <d>.txt`,
    version: 1,
    rawSha256: 'f'.repeat(64),
    revision: 1,
    text,
    rawText: text,
    provenance: [{ start: 0, end: text.length, rawStart: 0, rawEnd: text.length, kind: 'copy' }],
    blocks: [{ id: 1, kind: 'paragraph', start: 0, end: text.length }],
    units: [first, second],
    annotations: [
      {
        id: 'ann-1 <&>"',
        documentId: 1,
        layerUserId: 2,
        label: 'claim<&>"',
        start,
        end: start + QUOTE.length,
        quote: QUOTE,
        prefix: '',
        suffix: '',
        attributes: { note: ATTRIBUTE, value: 3, flag: true, empty: null },
        status: 'accepted',
        anchor: 'anchored',
        origin: 'manual',
        revision: 1,
        createdAt: '2024-05-01T08:00:00.000Z',
        updatedAt: '2024-05-01T08:00:00.000Z',
        deletedAt: null,
        layer: `s<a>ri"\u0004`,
        creator: `Sari & "Co" \u202E`,
      },
    ],
    alignments: [{ id: 'al', annotationId: 'ann-1 <&>"', sentenceId: 1, start: ENGLISH.indexOf(QUOTE), end: ENGLISH.indexOf(QUOTE) + QUOTE.length, quote: QUOTE, state: 'aligned' }],
    entities: [],
  };
}

const meta = { exportedAt: '2024-06-01T12:00:00.000Z', baseUrl: 'https://selaras.example.org' };

function only(node: XmlElement, name: string, index = 0): XmlElement {
  const found = findAll(node, name)[index];
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

function expectClean(xml: string): void {
  expect(xml).not.toContain(']]>');
  expect(hasForbiddenXmlCharacters(xml)).toBe(false);
}

describe('escapeXmlText', () => {
  it('escapes markup, keeps CR as a reference and replaces forbidden characters', () => {
    expect(escapeXmlText('a<b>&c]]>\r\n\u0001\uD800')).toBe('a&lt;b&gt;&amp;c]]&gt;&#13;\n\uFFFD\uFFFD');
  });

  it('hands forbidden characters to the writer it is given', () => {
    expect(escapeXmlText('a\u0001b', (unit) => `[${unit}]`)).toBe('a[1]b');
  });

  it('keeps surrogate pairs, RTL marks and C1 controls, which XML allows', () => {
    expect(escapeXmlText('𝔸\u202E\u200F\u0085')).toBe('𝔸\u202E\u200F\u0085');
  });
});

describe('escapeXmlAttribute', () => {
  it('escapes quotes and whitespace that attribute normalization would eat', () => {
    expect(escapeXmlAttribute(`a"b'c<d>&\t\n\r\u0001`)).toBe('a&quot;b&apos;c&lt;d&gt;&amp;&#9;&#10;&#13;\uFFFD');
  });
});

describe('hostile text in every export format', () => {
  const doc = hostileDocument();

  it('is caught by xmllint when written raw (the validation has teeth)', () => {
    const raw = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/><body><tu><tuv xml:lang="id"><seg>${SOURCE}</seg></tuv></tu></body></tmx>`;
    expect(validateTmx(raw).status).not.toBe(0);
  });

  it('TMX validates and reads back the text, forbidden characters as U+FFFD', () => {
    const xml = collect(writeTmx([doc], meta));
    expectValid(validateTmx(xml));
    expectClean(xml);
    const tu = only(parseXml(xml), 'tu');
    expect(findAll(tu, 'seg').map(textOf)).toEqual([replaceForbiddenXmlCharacters(SOURCE), replaceForbiddenXmlCharacters(ENGLISH)]);
    expect(tu.attributes.changeid).toBe(replaceForbiddenXmlCharacters(`Budi <&> "B" \u0002`));
    expect(textOf(only(tu, 'prop', 1))).toBe(doc.slug);
    const read = xmllint(['--xpath', "string((//*[local-name()='seg'])[2])"], xml);
    expect(read.stdout.replace(/\n$/, '')).toBe(replaceForbiddenXmlCharacters(ENGLISH));
  });

  it('XLIFF 2.1 validates and reads back the text exactly, forbidden characters as <cp>', () => {
    const xml = collect(writeXliff21([doc]));
    expectValid(validateXliff21Core(xml));
    expectValid(validateXliff21WithMetadata(xml));
    expectClean(xml);
    const root = parseXml(xml);
    expect(textOf(only(root, 'source'))).toBe(SOURCE);
    expect(textOf(only(root, 'target'))).toBe(ENGLISH);
    expect(textOf(only(root, 'source', 1))).toBe(SECOND);
    expect(findAll(root, 'cp').length).toBeGreaterThan(0);
    const mrk = only(only(root, 'source'), 'mrk');
    expect(textOf(mrk)).toBe(QUOTE);
    expect(mrk.attributes.type).toBe('selaras:claim<&>"');
    expect(only(only(root, 'target'), 'mrk').attributes.id).toBe(mrk.attributes.id);
    expect(only(root, 'file').attributes.original).toBe(doc.sourcePath);
    const metas = Object.fromEntries(findAll(root, 'mda:meta').map((m) => [m.attributes.type, textOf(m)]));
    expect(metas['attribute:note']).toBe(replaceForbiddenXmlCharacters(ATTRIBUTE));
    expect(metas.layer).toBe(replaceForbiddenXmlCharacters(doc.annotations[0]?.layer ?? ''));
    expect(metas.title).toBe(replaceForbiddenXmlCharacters(doc.title));
  });

  it('XLIFF 1.2 validates, reads back the text and keeps attributes exactly in the JSON note', () => {
    const xml = collect(writeXliff12([doc]));
    expectValid(validateXliff12(xml));
    expectClean(xml);
    const root = parseXml(xml);
    const unit = only(root, 'trans-unit');
    expect(textOf(only(unit, 'source'))).toBe(replaceForbiddenXmlCharacters(SOURCE));
    expect(textOf(only(unit, 'target'))).toBe(replaceForbiddenXmlCharacters(ENGLISH));
    expect(textOf(only(only(unit, 'source'), 'mrk'))).toBe(QUOTE);
    const note = findAll(unit, 'note').find((candidate) => candidate.attributes.from === 'selaras');
    const parsed = JSON.parse(textOf(note ?? unit)) as { attributes: unknown; layer: string; label: string };
    expect(parsed).toMatchObject({ attributes: doc.annotations[0]?.attributes, layer: doc.annotations[0]?.layer, label: 'claim<&>"' });
  });

  it('W3C JSON-LD re-parses with every string exact', () => {
    const json = collect(writeW3cAnnotations([doc], meta));
    const parsed = JSON.parse(json) as { first: { items: W3cAnnotation[] } };
    const [item] = parsed.first.items;
    expect(item?.target.selector[0].exact).toBe(QUOTE);
    expect(item?.['selaras:attributes']).toEqual(doc.annotations[0]?.attributes);
    expect(item?.creator.name).toBe(doc.annotations[0]?.creator);
    expect(item?.body[1]?.value).toBe(QUOTE);
    expect(item?.target.source).toBe('https://selaras.example.org/documents/hostile-%3C%26%3E%22');
    expect(item?.id).toBe('https://selaras.example.org/annotations/ann-1%20%3C%26%3E%22');
    const prefix = item?.target.selector[0].prefix ?? '';
    expect(SOURCE.includes(prefix)).toBe(true);
  });
});
