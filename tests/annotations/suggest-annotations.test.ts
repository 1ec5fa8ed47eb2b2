import { describe, expect, it } from 'vitest';
import gold from '../fixtures/statistics-gold.json';
import { findActorMentions } from '../../lib/annotations/find-actor-mentions';
import { suggestAnnotations } from '../../lib/annotations/suggest-annotations';
import type { Entity, Suggestion } from '../../lib/annotations/types';
import { seed, seedDocuments } from '../corpus/seed-documents';
import { blockWith } from './statistics/seed-context';

interface Span {
  document: string;
  start: number;
  end: number;
  quote: string;
}

function entity(id: number, canonicalName: string, type: Entity['type'], aliases: string[] = [], englishName: string | null = null): Entity {
  return { id, canonicalName, englishName, type, aliases };
}

// A slice of the registry migration 003 seeds.
const REGISTRY: Entity[] = [
  entity(1, 'ECPAT', 'ngo', ['ECPAT Indonesia', 'End Child Prostitution, Child Pornography and Child Trafficking for Sexual Purposes'], 'ECPAT'),
  entity(2, 'PBB', 'igo', ['Perserikatan Bangsa-Bangsa', 'United Nations', 'UN']),
  entity(3, 'UNODC', 'igo', ['Kantor PBB untuk Pengendalian Narkoba dan Pencegahan Kejahatan']),
  entity(4, 'UN.GIFT', 'igo', ['United Nations Global Initiative to Fight Human Trafficking']),
  entity(5, 'IOM', 'igo', ['International Organization for Migration']),
  entity(6, 'UNDP', 'igo'),
  entity(7, 'UNICEF', 'igo'),
  entity(8, 'IJM', 'ngo', ['International Justice Mission']),
  entity(9, 'ILO', 'igo', [], 'International Labour Organization'),
  entity(10, 'Polri', 'government_agency', ['Kepolisian Nasional']),
];

function statisticSuggestions(): Span[] {
  return seedDocuments().flatMap(({ name, doc }) =>
    suggestAnnotations({ text: doc.text, blocks: doc.blocks, entities: [] })
      .filter((suggestion) => suggestion.label === 'statistic')
      .map((suggestion) => ({ document: name, start: suggestion.start, end: suggestion.end, quote: suggestion.quote })),
  );
}

const overlaps = (a: Span, b: Span) => a.document === b.document && a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.document === b.document && a.start === b.start && a.end === b.end;

function score(found: Span[], expected: Span[], match: (a: Span, b: Span) => boolean) {
  const truePositives = found.filter((span) => expected.some((other) => match(span, other))).length;
  const recalled = expected.filter((span) => found.some((other) => match(other, span))).length;
  return { precision: truePositives / found.length, recall: recalled / expected.length };
}

describe('suggestAnnotations', () => {
  const goldSpans: Span[] = gold;

  it('has a gold reading whose quotes stand at their offsets in the repaired seeds', () => {
    for (const span of goldSpans) {
      const document = seedDocuments().find((candidate) => candidate.name === span.document);
      expect(document?.doc.text.slice(span.start, span.end)).toBe(span.quote);
    }
  });

  // Measured: 109 suggestions for 107 gold statistics; overlap P 0.982 R 1.000; exact P 0.954 R 0.972.
  it('finds the statistics of the gold reading with overlap precision ≥ 0.95 and recall ≥ 0.98', () => {
    const { precision, recall } = score(statisticSuggestions(), goldSpans, overlaps);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('matches the gold spans exactly with precision ≥ 0.93 and recall ≥ 0.95', () => {
    const { precision, recall } = score(statisticSuggestions(), goldSpans, same);
    expect(precision).toBeGreaterThanOrEqual(0.93);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('never suggests inside page furniture or across a block boundary', () => {
    for (const { doc } of seedDocuments()) {
      for (const suggestion of suggestAnnotations({ text: doc.text, blocks: doc.blocks, entities: REGISTRY })) {
        const block = doc.blocks.find((candidate) => candidate.start <= suggestion.start && suggestion.end <= candidate.end);
        expect(block, suggestion.quote).toBeDefined();
        expect(block?.kind).not.toBe('page_furniture');
        expect(doc.text.slice(suggestion.start, suggestion.end)).toBe(suggestion.quote);
      }
    }
  });

  it('leaves out the page number of a running footer', () => {
    const { doc } = seed('002');
    const quotes = suggestAnnotations({ text: doc.text, blocks: doc.blocks, entities: [] }).map((suggestion) => suggestion.quote);
    expect(quotes).not.toContain('54');
    expect(quotes).not.toContain('43');
  });

  it('suggests statistics with parsed attributes and actors with entity and actor type, in text order', () => {
    const text = 'Data dari International Organization for Migration (IOM) menunjukkan total 195 korban.';
    const suggestions: Suggestion[] = suggestAnnotations({ text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], entities: REGISTRY });
    expect(suggestions).toEqual([
      { label: 'actor', start: 10, end: 50, quote: 'International Organization for Migration', attributes: { entity: 5, actor_type: 'igo' } },
      { label: 'statistic', start: 75, end: 85, quote: '195 korban', attributes: { kind: 'count', value: 195, unit: 'korban' } },
    ]);
  });

  it('throws on a block outside the text', () => {
    expect(() => suggestAnnotations({ text: 'abc', blocks: [{ kind: 'paragraph', start: 0, end: 9 }], entities: [] })).toThrow(RangeError);
  });
});

describe('findActorMentions', () => {
  const quotes = (text: string) => findActorMentions(text, REGISTRY).map((mention) => mention.quote);

  it('prefers the longest name where names overlap', () => {
    const paragraph = blockWith('001', 'Kantor PBB untuk Pengendalian Narkoba');
    expect(quotes(paragraph)).toEqual(['Kantor PBB untuk Pengendalian Narkoba dan Pencegahan Kejahatan', 'Perserikatan Bangsa-Bangsa']);
    expect(quotes('Pada bulan Agustus 2016, ECPAT Indonesia bekerja sama.')).toEqual(['ECPAT Indonesia']);
  });

  it('matches acronyms in their own case only and keeps `UN.GIFT` whole', () => {
    const paragraph = blockWith('004', 'UN.GIFT (United Nations Global Initiative');
    expect(quotes(paragraph)).toContain('UN.GIFT');
    expect(quotes(paragraph)).not.toContain('UN');
    expect(quotes('pekerja di bidang ilo dan polri')).toEqual(['polri']);
  });

  it('leaves out cited authors inside a citation parenthesis but keeps the organisation that acts', () => {
    expect(quotes(blockWith('002', '(UNDP, 2020)'))).not.toContain('UNDP');
    expect(quotes(blockWith('001', 'Dari data UNICEF, 100.000'))).toEqual(['UNICEF']);
    expect(quotes('(UNICEF, 2004:14) dan (IJM 2016) serta (didirikan oleh UNICEF pada 1996)')).toEqual(['UNICEF']);
  });

  it('does not count a parenthesis that repeats the name just given', () => {
    const paragraph = blockWith('004', 'International Organization for Migration (IOM)');
    expect(quotes(paragraph)).toEqual(['International Organization for Migration']);
  });

  it('finds names at word boundaries only', () => {
    expect(quotes('The Youth Partnership Project (YPP) is an ECPAT-based Program.')).toEqual(['ECPAT']);
    expect(quotes('ECPATS dan XPolri bukan nama.')).toEqual([]);
  });

  it('returns offsets, entity id and actor type', () => {
    expect(findActorMentions('Polri bekerja sama dengan IJM.', REGISTRY)).toEqual([
      { start: 0, end: 5, quote: 'Polri', entityId: 10, actorType: 'government_agency' },
      { start: 26, end: 29, quote: 'IJM', entityId: 8, actorType: 'ngo' },
    ]);
  });
});
