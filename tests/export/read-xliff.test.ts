import { describe, expect, it } from 'vitest';
import { decodeXliffBytes, readXliff, statusFromXliff12, statusFromXliff21, type XliffUnit } from '../../lib/export/read-xliff';
import { writeXliff12 } from '../../lib/export/xliff-12';
import { writeXliff21 } from '../../lib/export/xliff-21';
import { caught } from '../helpers/caught-app-error';
import { collect, seedExportDocument } from './xml-export-fixture';

const V2 = 'xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"';
const V12 = 'version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"';

function onlyUnit(xml: string): XliffUnit {
  const unit = readXliff(xml).files[0]?.units[0];
  if (!unit) throw new Error('no unit read');
  return unit;
}

function unit21(segment: string, attributes = ''): string {
  return `<xliff ${V2}><file id="d3"><unit id="u42"${attributes}>${segment}</unit></file></xliff>`;
}

function unit12(content: string, attributes = ''): string {
  return `<xliff ${V12}><file original="x.txt" source-language="id" target-language="en" datatype="plaintext" product-name="x"><body><trans-unit id="u42"${attributes}>${content}</trans-unit></body></file></xliff>`;
}

describe('readXliff', () => {
  const doc = seedExportDocument();

  it('reads back every source, target, status and target marker of our XLIFF 2.1', () => {
    const read = readXliff(collect(writeXliff21([doc])));
    expect(read.version).toBe('2.1');
    const [file] = read.files;
    expect(file).toMatchObject({ fileId: 'd7', documentId: 7, slug: doc.slug, original: doc.sourcePath });
    expect(file?.units.map((u) => u.sentenceId)).toEqual(doc.units.map((u) => u.sentenceId));
    for (const unit of doc.units) {
      const back = file?.units.find((u) => u.sentenceId === unit.sentenceId);
      expect(back?.source).toBe(unit.source);
      expect(back?.target).toBe(unit.translation ? unit.translation.text : null);
      expect(back?.status).toBe(unit.translation?.status ?? 'new');
    }
    const iom = file?.units.find((u) => u.sentenceId === 104);
    const english = doc.units[4]?.translation?.text ?? '';
    const markers = iom?.targetMarkers ?? [];
    expect(markers).toHaveLength(3);
    for (const marker of markers) {
      const alignment = doc.alignments.find((a) => a.annotationId === marker.annotationId);
      expect(english.slice(marker.start, marker.end)).toBe(alignment?.quote);
    }
  });

  it('reads back every source, target, status and target marker of our XLIFF 1.2', () => {
    const read = readXliff(collect(writeXliff12([doc])));
    expect(read.version).toBe('1.2');
    const [file] = read.files;
    expect(file).toMatchObject({ fileId: null, documentId: null, slug: doc.slug, original: doc.sourcePath });
    for (const unit of doc.units) {
      const back = file?.units.find((u) => u.sentenceId === unit.sentenceId);
      expect(back?.source).toBe(unit.source);
      expect(back?.target).toBe(unit.translation ? unit.translation.text : null);
      // 1.2 has no state for a unit without English: nothing to import there.
      if (unit.translation) expect(back?.status).toBe(unit.translation.status === 'new' ? 'draft' : unit.translation.status);
    }
    const victims = file?.units.find((u) => u.sentenceId === 105);
    const claim = doc.annotations.find((a) => a.quote.startsWith('ditipu'));
    expect(victims?.targetMarkers).toEqual([
      expect.objectContaining({ annotationId: claim?.id, start: doc.units[5]?.translation?.text.indexOf('deceived') }),
    ]);
  });

  it('keeps the text of other tools’ inline markup and drops their codes (XLIFF 2)', () => {
    const unit = onlyUnit(
      unit21(
        '<originalData><data id="d1">&lt;br/&gt;</data></originalData><segment state="translated"><source>Data <pc id="1">IOM</pc>.</source>' +
          '<target>Data from <pc id="1" dataRefStart="d1">the <mrk id="m1" translate="no">IOM</mrk></pc><ph id="2" dataRef="d1"/> <sc id="3"/>today<ec startRef="3"/>.</target></segment>',
      ),
    );
    expect(unit).toMatchObject({ source: 'Data IOM.', target: 'Data from the IOM today.', status: 'translated', targetMarkers: [] });
  });

  it('joins segments a tool split a unit into, ignorables included, and shifts their markers', () => {
    const unit = onlyUnit(
      unit21(
        '<segment id="s1" state="reviewed"><source>Satu.</source><target>One.</target></segment><ignorable><source> </source></ignorable>' +
          '<segment id="s2" state="translated"><source>Dua <mrk id="a9" type="selaras:actor">IOM</mrk>.</source><target>Two <sm id="a9" type="selaras:actor"/>IOM<em startRef="a9"/>.</target></segment>',
      ),
    );
    expect(unit).toMatchObject({ source: 'Satu. Dua IOM.', target: 'One. Two IOM.', state: 'translated', status: 'translated' });
    expect(unit.targetMarkers).toEqual([{ annotationId: '9', start: 9, end: 12 }]);
  });

  it('has no target when a segment of the unit has none', () => {
    expect(onlyUnit(unit21('<segment><source>Satu.</source><target>One.</target></segment><segment><source> Dua.</source></segment>')).target).toBeNull();
  });

  it('reads <cp hex> as its character, in source and target', () => {
    const unit = onlyUnit(unit21('<segment><source>a<cp hex="0001"/>b</source><target>x<cp hex="1F600"/><cp hex="FFFF"/></target></segment>'));
    expect(unit.source).toBe('a\u0001b');
    expect(unit.target).toBe('x\u{1F600}\uFFFF');
    expect(caught(() => readXliff(unit21('<segment><source><cp hex="zz"/></source></segment>')))).toMatchObject({ code: 'xliff.invalidContent' });
  });

  it('keeps the text of <g> and <mrk> in XLIFF 1.2 and drops <x>, <ph> and <bpt>/<ept> codes', () => {
    const unit = onlyUnit(
      unit12(
        '<source>Data <g id="1">IOM</g>.</source><target state="needs-review-translation">Data <bpt id="2">&lt;b&gt;</bpt>from<ept id="2">&lt;/b&gt;</ept> ' +
          '<g id="1"><mrk mtype="x-selaras-actor" mid="a7">IOM</mrk></g><x id="3"/><ph id="4">{0}</ph>.</target>',
      ),
    );
    expect(unit).toMatchObject({ source: 'Data IOM.', target: 'Data from IOM.', state: 'needs-review-translation', status: 'translated' });
    expect(unit.targetMarkers).toEqual([{ annotationId: '7', start: 10, end: 13 }]);
  });

  it('reads a 1.2 target with or without the segment marker, and joins a marker split in pieces', () => {
    const bare = onlyUnit(unit12('<source>Satu.</source><target state="translated">One.</target>'));
    expect(bare.target).toBe('One.');
    const split = onlyUnit(
      unit12('<source>Satu dua.</source><target state="final"><mrk mtype="seg" mid="s42"><mrk mtype="x-selaras-claim" mid="a5">One </mrk><mrk mtype="x-selaras-claim" mid="a5">two</mrk>.</mrk></target>'),
    );
    expect(split).toMatchObject({ target: 'One two.', status: 'approved', targetMarkers: [{ annotationId: '5', start: 0, end: 7 }] });
  });

  it('reads units inside groups', () => {
    const xml = `<xliff ${V2}><file id="d3"><group id="g"><group id="h"><unit id="u5"><segment><source>A.</source></segment></unit></group></group></file></xliff>`;
    expect(readXliff(xml).files[0]?.units.map((u) => u.sentenceId)).toEqual([5]);
  });

  it('skips the placeholder unit of an empty document', () => {
    expect(readXliff(collect(writeXliff21([]))).files[0]?.units).toEqual([]);
  });

  it('refuses what is not XML, not XLIFF, or another XLIFF version', () => {
    expect(caught(() => readXliff('Satu\tOne'))).toMatchObject({ code: 'xliff.notXml' });
    expect(caught(() => readXliff(`<xliff ${V2}><file id="d1">`))).toMatchObject({ code: 'xliff.notXml' });
    expect(caught(() => readXliff('<tmx version="1.4"><body/></tmx>'))).toMatchObject({ code: 'xliff.notXliff', params: { root: 'tmx' } });
    expect(caught(() => readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"/>'))).toMatchObject({
      code: 'xliff.unsupportedVersion',
      params: { version: '1.1' },
    });
    expect(caught(() => readXliff('<xliff xmlns="urn:example" version="2.1"/>'))).toMatchObject({ code: 'xliff.notXliff' });
  });

  it('refuses a unit id we did not write', () => {
    const xml = unit21('<segment><source>A.</source></segment>').replace('id="u42"', 'id="tu-1"');
    expect(caught(() => readXliff(xml))).toMatchObject({ code: 'xliff.foreignUnit', params: { unit: 'tu-1' } });
    expect(caught(() => readXliff(unit12('<source>A.</source>').replace('id="u42"', 'id="u0"')))).toMatchObject({ code: 'xliff.foreignUnit' });
  });

  it('refuses a DTD or entity declaration without expanding anything (no XXE, no entity bomb)', () => {
    const external = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${unit21('<segment><source>&xxe;</source></segment>')}`;
    expect(caught(() => readXliff(external))).toMatchObject({ code: 'xliff.doctypeRefused' });
    const bomb = `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${unit21('<segment><source>&b;</source></segment>')}`;
    expect(caught(() => readXliff(bomb))).toMatchObject({ code: 'xliff.doctypeRefused' });
    expect(caught(() => readXliff(unit21('<segment><source>&undeclared;</source></segment>')))).toMatchObject({ code: 'xliff.notXml' });
  });

  it('refuses a file over the size limit', () => {
    expect(caught(() => readXliff(unit21('<segment><source>A.</source></segment>'), 50))).toMatchObject({ code: 'xliff.tooLarge', params: { limit: 50 } });
    expect(caught(() => decodeXliffBytes(new Uint8Array(51), 50))).toMatchObject({ code: 'xliff.tooLarge' });
  });

  it('keeps hostile text as text', () => {
    const unit = onlyUnit(unit21('<segment><source>a &lt;b&gt; &amp; "c" ]]&gt;</source><target><![CDATA[<script>alert(1)</script>]]>\u202Eabc</target></segment>'));
    expect(unit.source).toBe('a <b> & "c" ]]>');
    expect(unit.target).toBe('<script>alert(1)</script>\u202Eabc');
  });
});

describe('decodeXliffBytes', () => {
  it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
    const xml = unit21('<segment><source>Satu – ü</source></segment>');
    expect(onlyUnit(decodeXliffBytes(new TextEncoder().encode(xml))).source).toBe('Satu – ü');
    expect(onlyUnit(decodeXliffBytes(new TextEncoder().encode(`\uFEFF${xml}`))).source).toBe('Satu – ü');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    expect(onlyUnit(decodeXliffBytes(utf16)).source).toBe('Satu – ü');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(caught(() => decodeXliffBytes(new Uint8Array([0x3c, 0x61, 0xe9, 0x3e])))).toMatchObject({ code: 'xliff.notXml' });
  });
});

describe('statusFromXliff21', () => {
  it('maps the four states, and takes our subState while it agrees with the state', () => {
    expect(['initial', 'translated', 'reviewed', 'final'].map((state) => statusFromXliff21(state, null))).toEqual(['draft', 'translated', 'reviewed', 'approved']);
    expect(statusFromXliff21(null, null)).toBe('draft');
    expect(statusFromXliff21('initial', 'selaras:new')).toBe('new');
    expect(statusFromXliff21('final', 'selaras:approved')).toBe('approved');
    // A tool moved the state on and left our old subState: the state has the newer word.
    expect(statusFromXliff21('translated', 'selaras:draft')).toBe('translated');
    expect(statusFromXliff21('reviewed', 'omegat:x')).toBe('reviewed');
  });
});

describe('statusFromXliff12', () => {
  it('maps 1.2 target states, needs-review-* as awaiting review, and approved="yes"', () => {
    expect(statusFromXliff12('needs-translation', false)).toBe('draft');
    expect(statusFromXliff12('new', false)).toBe('draft');
    expect(statusFromXliff12('translated', false)).toBe('translated');
    expect(statusFromXliff12('needs-review-translation', false)).toBe('translated');
    expect(statusFromXliff12('signed-off', false)).toBe('reviewed');
    expect(statusFromXliff12('final', false)).toBe('approved');
    expect(statusFromXliff12('translated', true)).toBe('approved');
    expect(statusFromXliff12(null, false)).toBe('translated');
  });
});
