import { describe, expect, it } from 'vitest';
import { buildStatisticRows, findEnclosingClaim } from '../../../lib/research/statistics/statistic-row';
import { ANI, BUDI, ECPAT, TEXT_001, TEXT_003, UNICEF, annotation, exportDocument } from '../view-fixtures';

const CLAIM_001 = 'Lebih jauh, UNICEF memperkirakan ada sekitar 40.000-70.000 anak Indonesia yang menjadi korban eksploitasi seksual.';

function doc001() {
  return exportDocument({
    slug: 'seed-001',
    title: 'Perdagangan anak di Indonesia',
    text: TEXT_001,
    entities: [UNICEF, ECPAT],
    annotations: [
      { label: 'claim', quote: CLAIM_001, attributes: { kind: 'factual', attributed_to: UNICEF.id } },
      { label: 'actor', quote: 'UNICEF', occurrence: 1, attributes: { entity: UNICEF.id } },
      { label: 'actor', quote: 'anak Indonesia' },
      {
        id: 'range',
        label: 'statistic',
        quote: 'sekitar 40.000-70.000 anak',
        attributes: { value: 40000, value_max: 70000, kind: 'count', unit: 'anak', qualifier: 'approximately' },
      },
      { id: 'percent', label: 'statistic', quote: 'sekitar 30%', attributes: { value: 30, kind: 'percent', reference_year: 2004 } },
    ],
  });
}

describe('buildStatisticRows', () => {
  it('reads the attributes, the enclosing claim and its actors, source first', () => {
    const [percent, range] = buildStatisticRows(doc001()).sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    expect(range).toMatchObject({
      annotationId: 'range',
      documentSlug: 'seed-001',
      value: 40000,
      valueMax: 70000,
      kind: 'count',
      what: 'anak',
      qualifier: 'approximately',
      year: null,
      claim: { quote: CLAIM_001 },
      annotator: 'ani',
    });
    // UNICEF is the claim's source and also marked inside it: one entry, as the source.
    expect(range?.actors).toEqual([
      { role: 'source', entityId: UNICEF.id, name: 'UNICEF' },
      { role: 'mention', entityId: null, name: 'anak Indonesia' },
    ]);
    expect(percent).toMatchObject({ value: 30, kind: 'percent', year: 2004, claim: null, actors: [] });
  });

  it('renders the Indonesian phrase in English number format', () => {
    const doc = exportDocument({
      slug: 'seed-003',
      title: 'Kamboja',
      text: TEXT_003,
      annotations: [{ label: 'statistic', quote: '1,2 juta anak', attributes: { value: 1_200_000, kind: 'count', unit: 'anak' } }],
    });
    expect(buildStatisticRows(doc)[0]).toMatchObject({ rendering: '1.2 million children', english: null });
  });

  it('takes the aligned English counterpart unless the alignment is broken', () => {
    const base = {
      slug: 'seed-003',
      title: 'Kamboja',
      text: TEXT_003,
      annotations: [{ id: 'juta', label: 'statistic', quote: '1,2 juta anak', attributes: { value: 1_200_000 } }],
    };
    const aligned = exportDocument({ ...base, alignments: [{ annotationId: 'juta', start: 0, end: 5, quote: '1.2 million children', state: 'aligned' }] });
    const broken = exportDocument({ ...base, alignments: [{ annotationId: 'juta', start: 0, end: 5, quote: 'old words', state: 'broken' }] });
    expect(buildStatisticRows(aligned)[0]?.english).toBe('1.2 million children');
    expect(buildStatisticRows(broken)[0]?.english).toBeNull();
  });

  it('prefers a `what` attribute over `unit` and names the author as a source without a name', () => {
    const doc = exportDocument({
      slug: 'seed-003',
      title: 'Kamboja',
      text: TEXT_003,
      annotations: [
        { label: 'claim', quote: 'Diperkirakan 1,2 juta anak diperdagangkan setiap tahunnya.', attributes: { attributed_to: 'author' } },
        { label: 'statistic', quote: '1,2 juta anak', attributes: { value: 1_200_000, unit: 'anak', what: 'anak yang diperdagangkan' } },
      ],
    });
    expect(buildStatisticRows(doc)[0]).toMatchObject({ what: 'anak yang diperdagangkan', actors: [{ role: 'source', entityId: null, name: null }] });
  });
});

describe('findEnclosingClaim', () => {
  it("prefers a claim of the statistic's own layer, then the narrowest", () => {
    const statistic = annotation(TEXT_001, { label: 'statistic', quote: '40.000-70.000 anak', layer: ANI });
    const wideOwn = annotation(TEXT_001, { label: 'claim', quote: CLAIM_001, layer: ANI });
    const narrowOwn = annotation(TEXT_001, { label: 'claim', quote: 'UNICEF memperkirakan ada sekitar 40.000-70.000 anak', layer: ANI });
    const narrowestOther = annotation(TEXT_001, { label: 'claim', quote: 'sekitar 40.000-70.000 anak', layer: BUDI });
    const elsewhere = annotation(TEXT_001, { label: 'claim', quote: 'Dari data UNICEF', layer: ANI });
    expect(findEnclosingClaim(statistic, [wideOwn, narrowestOther, narrowOwn, elsewhere])?.id).toBe(narrowOwn.id);
    expect(findEnclosingClaim(statistic, [narrowestOther])?.id).toBe(narrowestOther.id);
    expect(findEnclosingClaim(statistic, [elsewhere])).toBeNull();
  });
});
