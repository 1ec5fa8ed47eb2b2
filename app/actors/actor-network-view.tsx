'use client';
// The actor network page's interactive part: the graph, the passages of what was clicked, and the
// tables (always there, for keyboards and screen readers) with the same numbers as the graph.
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorNetwork } from '@/lib/research/network/build-actor-network';
import { spanHref } from '@/lib/research/statistics/span-href';
import { ActorGraph, type NetworkSelection } from './actor-graph';

/** Passages listed at once; more are counted, not shown. */
const PASSAGES_SHOWN = 200;

interface Props {
  network: ActorNetwork;
  canAnnotate: boolean;
}

export function ActorNetworkView({ network, canAnnotate }: Props) {
  const { t, i18n } = useTranslation();
  const [selection, setSelection] = useState<NetworkSelection>(null);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const names = useMemo(() => new Map(network.nodes.map((node) => [node.id, node.name])), [network]);
  const degree = useMemo(() => {
    const counts = new Map<string, number>();
    for (const edge of network.edges) {
      counts.set(edge.source, (counts.get(edge.source) ?? 0) + 1);
      counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
    }
    return counts;
  }, [network]);

  const picked = useMemo(() => {
    if (!selection) return null;
    if (selection.kind === 'node') {
      const node = network.nodes.find((n) => n.id === selection.id);
      return node ? { title: node.name, passages: node.passages } : null;
    }
    const edge = network.edges.find((e) => e.id === selection.id);
    return edge ? { title: `${names.get(edge.source)} — ${names.get(edge.target)}`, passages: edge.passages } : null;
  }, [selection, network, names]);

  if (network.nodes.length === 0) return <p>{t('research.network.empty')}</p>;

  const pick = (kind: 'node' | 'edge', id: string) => () => setSelection({ kind, id });
  return (
    <div className="actor-network">
      <p className="research-summary" data-testid="network-summary">
        {t('research.network.summary', { nodes: number.format(network.nodes.length), edges: number.format(network.edges.length) })}
      </p>
      <ActorGraph network={network} selection={selection} onSelect={setSelection} label={t('research.network.graphLabel')} />
      <section className="network-passages" aria-live="polite">
        {picked ? (
          <>
            <h2>{t('research.network.passagesOf', { name: picked.title, passages: number.format(picked.passages.length) })}</h2>
            <ol className="passage-list">
              {picked.passages.slice(0, PASSAGES_SHOWN).map((index) => {
                const passage = network.passages[index];
                if (!passage) return null;
                return (
                  <li key={index}>
                    <Link href={spanHref(passage.documentSlug, passage.start, passage.end, canAnnotate)}>{passage.documentTitle}</Link>
                    <blockquote lang="id">{passage.text}</blockquote>
                    <p className="hint">{passage.actors.map((id) => names.get(id) ?? id).join(' · ')}</p>
                  </li>
                );
              })}
            </ol>
            {picked.passages.length > PASSAGES_SHOWN && <p className="hint">{t('research.network.morePassages', { more: number.format(picked.passages.length - PASSAGES_SHOWN) })}</p>}
          </>
        ) : (
          <p className="hint">{t('research.network.pickHint')}</p>
        )}
      </section>
      <div className="network-tables">
        <table className="network-nodes">
          <caption>{t('research.network.nodesCaption')}</caption>
          <thead>
            <tr>
              <th>{t('research.network.columns.actor')}</th>
              <th>{t('research.network.columns.type')}</th>
              <th className="num">{t('research.network.columns.mentions')}</th>
              <th className="num">{t('research.network.columns.partners')}</th>
            </tr>
          </thead>
          <tbody>
            {network.nodes.map((node) => (
              <tr key={node.id} data-node={node.id} aria-selected={selection?.id === node.id}>
                <td>
                  <button type="button" className="link-button" onClick={pick('node', node.id)}>
                    {node.name}
                  </button>
                  {node.englishName && node.englishName !== node.name && <span className="hint" lang="en"> ({node.englishName})</span>}
                </td>
                <td>{node.type ? t(`annotate.options.${node.type}`) : t('research.network.unlinked')}</td>
                <td className="num">{number.format(node.mentions)}</td>
                <td className="num">{number.format(degree.get(node.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="network-edges">
          <caption>{t('research.network.edgesCaption')}</caption>
          <thead>
            <tr>
              <th>{t('research.network.columns.actor')}</th>
              <th>{t('research.network.columns.actor')}</th>
              <th className="num">{t('research.network.columns.cooccurrences')}</th>
            </tr>
          </thead>
          <tbody>
            {network.edges.map((edge) => (
              <tr key={edge.id} data-edge={edge.id} aria-selected={selection?.id === edge.id}>
                <td>{names.get(edge.source)}</td>
                <td>{names.get(edge.target)}</td>
                <td className="num">
                  <button type="button" className="link-button" onClick={pick('edge', edge.id)}>
                    {number.format(edge.weight)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
