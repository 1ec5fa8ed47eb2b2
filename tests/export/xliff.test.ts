import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../lib/export/export-document';
import { XLIFF_12_STATE, writeXliff12 } from '../../lib/export/xliff-12';
import { XLIFF_21_STATE, writeXliff21 } from '../../lib/export/xliff-21';
import {
  bareSeedDocument,
  collect,
  expectValid,
  findAll,
  parseXml,
  seedExportDocument,
  textOf,
  validateXliff12,
  validateXliff21Core,
  validateXliff21WithMetadata,
  type XmlElement,
} from './xml-export-fixture';

const INLINE = new Set(['mrk', 'sm', 'em', 'cp', 'ph', 'pc', 'sc', 'ec']);

function one(node: XmlElement | undefined, name: string): XmlElement {
  const found = node ? findAll(node, name)[0] : undefined;
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

function unitById(root: XmlElement, fileId: string, unitId: string, unitName = 'unit', idAttribute = 'id'): XmlElement {
  const file = findAll(root, 'file').find((candidate) => candidate.attributes.id === fileId || fileId === '*');
  const unit = file ? findAll(file, unitName).find((candidate) => candidate.attributes[idAttribute] === unitId) : undefined;
  if (!unit) throw new Error(`no unit ${unitId}`);
  return unit;
}

/** ids of inline elements directly or deeply inside `node`. */
function inlineIds(node: XmlElement): string[] {
  return findAll(node, 'mrk').concat(findAll(node, 'sm')).map((element) => element.attributes.id ?? '');
}

describe('writeXliff21', () => {
  const doc = seedExportDocument();
  const other = bareSeedDocument('000', 8);
  const xml = collect(writeXliff21([doc, other]));
  const root = parseXml(xml);

  it('is valid against the XLIFF 2.1 core schema', () => {
    expectValid(validateXliff21Core(xml));
  });

  it('is valid with the Metadata module it uses loaded too', () => {
    expectValid(validateXliff21WithMetadata(xml));
  });

  it('declares XLIFF 2.1 from Indonesian into English', () => {
    expect(one(root, 'xliff').attributes).toMatchObject({ version: '2.1', srcLang: 'id', trgLang: 'en', xmlns: 'urn:oasis:names:tc:xliff:document:2.0' });
  });

  it('writes one file per document and one unit per sentence', () => {
    const files = findAll(root, 'file');
    expect(files.map((file) => file.attributes.id)).toEqual(['d7', 'd8']);
    expect(findAll(files[0] ?? root, 'unit')).toHaveLength(doc.units.length);
    expect(files[0]?.attributes.original).toBe(doc.sourcePath);
  });

  it('keeps the prose rules the schema cannot check: unique ids, target markers reuse source ids', () => {
    const fileIds = findAll(root, 'file').map((file) => file.attributes.id);
    expect(new Set(fileIds).size).toBe(fileIds.length);
    for (const file of findAll(root, 'file')) {
      const unitIds = findAll(file, 'unit').map((unit) => unit.attributes.id);
      expect(new Set(unitIds).size).toBe(unitIds.length);
      for (const unit of findAll(file, 'unit')) {
        const segment = one(unit, 'segment');
        const sourceIds = inlineIds(one(segment, 'source'));
        const unitScoped = [segment.attributes.id ?? '', ...sourceIds].filter((id) => id !== '');
        expect(new Set(unitScoped).size).toBe(unitScoped.length);
        const target = findAll(segment, 'target')[0];
        if (!target) continue;
        const targetIds = inlineIds(target);
        expect(new Set(targetIds).size).toBe(targetIds.length);
        for (const id of targetIds) expect(sourceIds).toContain(id);
        for (const content of [one(segment, 'source'), target]) {
          const started = findAll(content, 'sm').map((sm) => sm.attributes.id);
          expect(findAll(content, 'em').map((em) => em.attributes.startRef).sort()).toEqual([...started].sort());
        }
      }
    }
  });

  it('maps every unit status to a segment state, with our status as subState', () => {
    const expected: Array<[number, string, string]> = [
      [104, 'final', 'selaras:approved'],
      [105, 'reviewed', 'selaras:reviewed'],
      [106, 'translated', 'selaras:translated'],
      [110, 'initial', 'selaras:draft'],
      [111, 'initial', 'selaras:new'],
      [100, 'initial', 'selaras:new'],
    ];
    for (const [sentenceId, state, subState] of expected) {
      expect(one(unitById(root, 'd7', `u${sentenceId}`), 'segment').attributes).toMatchObject({ state, subState });
    }
    expect(XLIFF_21_STATE).toEqual({ new: 'initial', draft: 'initial', translated: 'translated', reviewed: 'reviewed', approved: 'final' });
    expect(findAll(unitById(root, 'd7', 'u100'), 'target')).toHaveLength(0);
  });

  it('gives back every source and target text exactly, markers aside', () => {
    for (const unit of doc.units) {
      const segment = one(unitById(root, 'd7', `u${unit.sentenceId}`), 'segment');
      expect(textOf(one(segment, 'source'))).toBe(unit.source);
      if (unit.translation) expect(textOf(one(segment, 'target'))).toBe(unit.translation.text);
    }
  });

  it('marks nesting spans with mrk and crossing spans with sm/em, typed selaras:<label>', () => {
    const source = one(unitById(root, 'd7', 'u104'), 'source');
    const markers = [...findAll(source, 'mrk'), ...findAll(source, 'sm')];
    expect(markers).toHaveLength(4);
    expect(findAll(source, 'sm').length).toBeGreaterThan(0);
    expect(new Set(markers.map((marker) => marker.attributes.type))).toEqual(new Set(['selaras:claim', 'selaras:actor', 'selaras:statistic']));
    const actor = doc.annotations.find((annotation) => annotation.label === 'actor');
    const actorMarker = markers.find((marker) => marker.attributes.type === 'selaras:actor');
    expect(actorMarker?.attributes.id).toBe(`a${actor?.id}`);
    if (actorMarker?.name === 'mrk') expect(textOf(actorMarker)).toBe(actor?.quote);
  });

  it('puts aligned annotations in the target with the source id, and leaves broken alignments out', () => {
    const target = one(unitById(root, 'd7', 'u104'), 'target');
    const ids = inlineIds(target);
    expect(ids).toHaveLength(3);
    const claim = doc.annotations.find((annotation) => annotation.quote.startsWith('Laos adalah'));
    expect(ids).toContain(`a${claim?.id}`);
    expect(inlineIds(one(unitById(root, 'd7', 'u110'), 'target'))).toEqual([]);
    expect(inlineIds(one(unitById(root, 'd7', 'u110'), 'source'))).toHaveLength(1);
  });

  it('clips an annotation that crosses sentences into each unit, with the same id', () => {
    const long = doc.annotations.find((annotation) => annotation.quote.startsWith('ditipu'));
    const first = inlineIds(one(unitById(root, 'd7', 'u105'), 'source'));
    const second = inlineIds(one(unitById(root, 'd7', 'u106'), 'source'));
    expect(first).toContain(`a${long?.id}`);
    expect(second).toContain(`a${long?.id}`);
  });

  it('keeps label, layer, status and attributes in the unit metadata', () => {
    const metas = findAll(unitById(root, 'd7', 'u104'), 'mda:meta').map((meta) => `${meta.attributes.type}=${textOf(meta)}`);
    expect(metas).toEqual(expect.arrayContaining(['label=statistic', 'attribute:value=195', 'attribute:unit=korban', 'layer=gold', 'status=suggested', 'translator=Budi Santoso']));
  });

  it('leaves out orphaned annotations', () => {
    const orphan = doc.annotations.find((annotation) => annotation.anchor === 'orphaned');
    expect(xml).not.toContain(`a${orphan?.id}"`);
  });

  it('is still valid when nothing is exported or a document has no sentences', () => {
    expectValid(validateXliff21Core(collect(writeXliff21([]))));
    const empty: ExportDocument = { ...bareSeedDocument('000'), units: [] };
    expectValid(validateXliff21Core(collect(writeXliff21([empty]))));
  });

  it('chunks per unit rather than building one string', () => {
    expect([...writeXliff21([doc])].length).toBeGreaterThan(doc.units.length);
  });
});

describe('writeXliff12', () => {
  const doc = seedExportDocument();
  const xml = collect(writeXliff12([doc, bareSeedDocument('000', 8)]));
  const root = parseXml(xml);
  const unit = (sentenceId: number) => unitById(root, '*', `u${sentenceId}`, 'trans-unit');

  it('is valid against the XLIFF 1.2 strict schema', () => {
    expectValid(validateXliff12(xml));
  });

  it('writes one file per document and one trans-unit per sentence', () => {
    const files = findAll(root, 'file');
    expect(files).toHaveLength(2);
    expect(files[0]?.attributes).toMatchObject({ original: doc.sourcePath, 'source-language': 'id', 'target-language': 'en', datatype: 'plaintext' });
    expect(findAll(files[0] ?? root, 'trans-unit')).toHaveLength(doc.units.length);
  });

  it('maps unit statuses to target states, and approved to approved="yes"', () => {
    expect(one(unit(104), 'target').attributes.state).toBe('final');
    expect(unit(104).attributes.approved).toBe('yes');
    expect(one(unit(105), 'target').attributes.state).toBe('signed-off');
    expect(unit(105).attributes.approved).toBeUndefined();
    expect(one(unit(106), 'target').attributes.state).toBe('translated');
    expect(one(unit(110), 'target').attributes.state).toBe('new');
    expect(one(unit(111), 'target').attributes.state).toBe('needs-translation');
    expect(findAll(unit(100), 'target')).toHaveLength(0);
    expect(new Set(Object.values(XLIFF_12_STATE)).size).toBe(5);
  });

  it('gives back every source and target text exactly, markers aside', () => {
    for (const exportUnit of doc.units) {
      const transUnit = unit(exportUnit.sentenceId);
      expect(textOf(one(transUnit, 'source'))).toBe(exportUnit.source);
      if (exportUnit.translation) expect(textOf(one(transUnit, 'target'))).toBe(exportUnit.translation.text);
    }
  });

  it('splits a crossing span into mrk pieces sharing its mid', () => {
    const source = one(unit(104), 'source');
    const mrks = findAll(source, 'mrk');
    const statistic = doc.annotations.find((annotation) => annotation.label === 'statistic');
    const pieces = mrks.filter((mrk) => mrk.attributes.mid === `a${statistic?.id}`);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.attributes.mtype === 'x-selaras-statistic')).toBe(true);
    expect(pieces.map(textOf).join('')).toBe(statistic?.quote);
  });

  it('makes each sentence one seg segment in seg-source and target', () => {
    for (const name of ['seg-source', 'target']) {
      const top = one(unit(104), name).children.filter((child) => typeof child !== 'string');
      expect(top).toEqual([expect.objectContaining({ name: 'mrk', attributes: { mtype: 'seg', mid: 's104' } })]);
    }
    expect(textOf(one(unit(104), 'seg-source'))).toBe(doc.units[4]?.source);
  });

  it('puts aligned annotations in the target with the same mid', () => {
    const sourceMids = new Set(findAll(one(unit(104), 'source'), 'mrk').map((mrk) => mrk.attributes.mid));
    const targetMids = new Set(findAll(one(unit(104), 'target'), 'mrk').filter((mrk) => mrk.attributes.mtype !== 'seg').map((mrk) => mrk.attributes.mid));
    expect(targetMids.size).toBe(3);
    for (const mid of targetMids) expect(sourceMids.has(mid)).toBe(true);
  });

  it('keeps layer, status and attributes in a JSON note per annotation', () => {
    const notes = findAll(unit(104), 'note').filter((note) => note.attributes.from === 'selaras').map((note) => JSON.parse(textOf(note)) as Record<string, unknown>);
    expect(notes).toHaveLength(4);
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'statistic', attributes: { value: 195, unit: 'korban' }, layer: 'sari' })]));
  });

  it('is still valid when nothing is exported', () => {
    expectValid(validateXliff12(collect(writeXliff12([]))));
  });
});
