'use client';
// The network drawn with cytoscape: node size by mentions, edge width by co-occurrences. The
// library touches `window`, so it is imported in the browser only, after the first render.
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ActorNetwork } from '@/lib/research/network/build-actor-network';

export type NetworkSelection = { kind: 'node' | 'edge'; id: string } | null;

interface Props {
  network: ActorNetwork;
  selection: NetworkSelection;
  onSelect: (selection: NetworkSelection) => void;
  label: string;
}

function elementsOf(network: ActorNetwork): ElementDefinition[] {
  return [
    ...network.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, label: node.name, mentions: node.mentions, linked: node.entityId !== null ? 1 : 0 } })),
    ...network.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target, weight: edge.weight } })),
  ];
}

export function ActorGraph({ network, selection, onSelect, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const maxMentions = Math.max(1, ...network.nodes.map((n) => n.mentions));
      const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
      const cy = cytoscape({
        container: container.current,
        elements: elementsOf(network),
        // More repulsion than cose's default: the corpus has a few hubs (ECPAT) and many small parties.
        layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 12_000, idealEdgeLength: () => 90, padding: 24 },
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              width: `mapData(mentions, 0, ${maxMentions}, 18, 72)`,
              height: `mapData(mentions, 0, ${maxMentions}, 18, 72)`,
              'background-color': '#1971c2',
              'font-size': 12,
              'text-valign': 'bottom',
              'text-margin-y': 3,
            },
          },
          { selector: 'node[linked = 0]', style: { 'background-color': '#868e96' } },
          {
            selector: 'edge',
            style: {
              width: `mapData(weight, 0, ${maxWeight}, 1, 12)`,
              'line-color': '#a5b4c7',
              'curve-style': 'bezier',
              opacity: 0.8,
            },
          },
          { selector: '.picked', style: { 'background-color': '#d9480f', 'line-color': '#d9480f', opacity: 1 } },
        ],
      });
      cy.on('tap', 'node', (event) => select.current({ kind: 'node', id: String(event.target.id()) }));
      cy.on('tap', 'edge', (event) => select.current({ kind: 'edge', id: String(event.target.id()) }));
      cy.on('tap', (event) => {
        if (event.target === cy) select.current(null);
      });
      graph.current = cy;
    });
    return () => {
      cancelled = true;
      graph.current?.destroy();
      graph.current = null;
    };
  }, [network]);

  useEffect(() => {
    const cy = graph.current;
    if (!cy) return;
    cy.elements().removeClass('picked');
    if (selection) cy.getElementById(selection.id).addClass('picked');
  }, [selection]);

  return <div ref={container} className="actor-graph" role="img" aria-label={label} data-nodes={network.nodes.length} />;
}
