import { describe, expect, it } from 'vitest';
import { indexActorRegistry } from '../../../lib/research/network/actor-node-key';
import { buildActorNetwork } from '../../../lib/research/network/build-actor-network';
import { BUDI, ECPAT, TEXT_001, UNICEF, exportDocument } from '../view-fixtures';

const registry = indexActorRegistry([UNICEF, ECPAT]);
const FIRST = 'Dari data UNICEF, 100.000 anak-anak dan perempuan diperdagangkan ke Indonesia setiap tahun, yang sekitar 30% adalah perempuan berusia di atas 18 tahun.';
const SECOND = 'Lebih jauh, UNICEF memperkirakan ada sekitar 40.000-70.000 anak Indonesia yang menjadi korban eksploitasi seksual.';

// Hand count. Claims: FIRST (source ECPAT; inside: UNICEF, Indonesia) and SECOND (source UNICEF;
// inside: UNICEF, Indonesia), SECOND also marked by budi. Mentions: UNICEF 2 spans (its source
// role in SECOND is the same party named inside), Indonesia 2 spans (one marked by both layers),
// ECPAT 1 (source of FIRST, not named inside).
function corpus() {
  return exportDocument({
    slug: 'seed-001',
    title: 'Indonesia',
    text: TEXT_001,
    entities: [UNICEF, ECPAT],
    annotations: [
      { label: 'claim', quote: FIRST, attributes: { attributed_to: ECPAT.id } },
      { label: 'claim', quote: SECOND, attributes: { attributed_to: UNICEF.id } },
      { label: 'claim', quote: SECOND, layer: BUDI },
      { label: 'actor', quote: 'UNICEF', attributes: { entity: UNICEF.id } },
      { label: 'actor', quote: 'Indonesia' },
      { label: 'actor', quote: 'UNICEF', occurrence: 1 },
      { label: 'actor', quote: 'Indonesia', occurrence: 1 },
      { label: 'actor', quote: 'Indonesia', occurrence: 1, layer: BUDI },
    ],
  });
}

describe('buildActorNetwork', () => {
  it('counts mentions once per span and party, layers merged', () => {
    const network = buildActorNetwork([corpus()], 'claim', registry);
    expect(network.nodes.map((n) => [n.id, n.name, n.mentions])).toEqual([
      ['name:indonesia', 'Indonesia', 2],
      ['entity:7', 'UNICEF', 2],
      ['entity:9', 'ECPAT', 1],
    ]);
  });

  it('joins the parties of one claim, its source included, and weighs shared claims', () => {
    const network = buildActorNetwork([corpus()], 'claim', registry);
    expect(network.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['entity:7', 'name:indonesia', 2],
      ['entity:7', 'entity:9', 1],
      ['entity:9', 'name:indonesia', 1],
    ]);
    expect(network.passages.map((p) => p.text)).toEqual([FIRST, SECOND]);
    expect(network.edges[0]?.passages).toEqual([0, 1]);
  });

  it('finds an unlinked span by a registry name, case ignored', () => {
    const network = buildActorNetwork([corpus()], 'claim', registry);
    expect(network.nodes.find((n) => n.id === 'entity:7')?.type).toBe('igo');
    expect(network.nodes.some((n) => n.id === 'name:unicef')).toBe(false);
  });

  it('in sentence scope joins the parties of each sentence', () => {
    const doc = exportDocument({
      slug: 'seed-001',
      title: 'Indonesia',
      text: TEXT_001,
      entities: [UNICEF],
      annotations: [
        { label: 'actor', quote: 'UNICEF', attributes: { entity: UNICEF.id } },
        { label: 'actor', quote: 'Indonesia' },
        { label: 'actor', quote: 'UNICEF', occurrence: 1 },
      ],
    });
    const network = buildActorNetwork([doc], 'sentence', registry);
    expect(network.edges.map((e) => [e.id, e.weight])).toEqual([['entity:7|name:indonesia', 1]]);
    expect(network.passages.map((p) => [p.start, p.actors])).toEqual([
      [0, ['entity:7', 'name:indonesia']],
      [FIRST.length + 1, ['entity:7']],
    ]);
    expect(network.nodes.find((n) => n.id === 'entity:7')?.passages).toEqual([0, 1]);
  });

  it('has no passage for a claim without actors', () => {
    const doc = exportDocument({ slug: 's', title: 'S', text: TEXT_001, annotations: [{ label: 'claim', quote: FIRST, attributes: { attributed_to: 'author' } }] });
    expect(buildActorNetwork([doc], 'claim', registry)).toEqual({ scope: 'claim', nodes: [], edges: [], passages: [] });
  });
});
