import { describe, expect, it } from 'vitest';
import { formatTmxDate, writeTmx } from '../../lib/export/tmx';
import { collect, expectValid, findAll, parseXml, seedExportDocument, textOf, validateTmx, xmllint, bareSeedDocument } from './xml-export-fixture';

const exportedAt = '2024-06-01T12:00:00.000Z';

describe('writeTmx', () => {
  const doc = seedExportDocument();
  const xml = collect(writeTmx([doc, bareSeedDocument('000', 8)], { exportedAt }));

  it('is valid against tmx14.dtd', () => {
    expectValid(validateTmx(xml));
  });

  it('writes the header the DTD and CAT tools expect', () => {
    const header = findAll(parseXml(xml), 'header')[0];
    expect(header?.attributes).toMatchObject({
      creationtool: 'Selaras',
      segtype: 'sentence',
      'o-tmf': 'Selaras',
      adminlang: 'en',
      srclang: 'id',
      datatype: 'plaintext',
      creationdate: '20240601T120000Z',
    });
    expect(header?.attributes.creationtoolversion).toMatch(/\S/);
    expect(xml).toContain('<tmx version="1.4">');
  });

  it('writes one tu per sentence with English, skipping units without it', () => {
    const tus = findAll(parseXml(xml), 'tu');
    const translated = doc.units.filter((unit) => unit.translation && unit.translation.text !== '');
    expect(tus).toHaveLength(translated.length);
    expect(tus.map((tu) => tu.attributes.tuid)).toEqual(translated.map((unit) => `${doc.slug}/${unit.sentenceId}`));
  });

  it('keeps the status and the document in x- props', () => {
    const tu = findAll(parseXml(xml), 'tu')[0];
    const props = Object.fromEntries(findAll(tu ?? parseXml('<a/>'), 'prop').map((prop) => [prop.attributes.type, textOf(prop)]));
    expect(props).toEqual({ 'x-status': 'approved', 'x-document': doc.slug, 'x-sentence': '104' });
    expect(tu?.attributes).toMatchObject({ changeid: 'Budi Santoso', changedate: '20240503T100000Z' });
  });

  it('gives back the Indonesian and English text exactly', () => {
    const tu = findAll(parseXml(xml), 'tu')[0];
    const unit = doc.units[4];
    const [source, target] = findAll(tu ?? parseXml('<a/>'), 'seg').map(textOf);
    expect(source).toBe(unit?.source);
    expect(target).toBe(unit?.translation?.text);
    const read = xmllint(['--xpath', "string(//*[local-name()='tu'][1]/*[local-name()='tuv'][1]/*[local-name()='seg'])"], xml);
    expect(read.stdout.replace(/\n$/, '')).toBe(unit?.source);
  });

  it('is still valid when nothing is exported', () => {
    expectValid(validateTmx(collect(writeTmx([], { exportedAt }))));
  });
});

describe('formatTmxDate', () => {
  it('writes UTC basic format', () => {
    expect(formatTmxDate('2024-05-03T17:00:00+07:00')).toBe('20240503T100000Z');
    expect(formatTmxDate('not a date')).toBeUndefined();
  });
});
