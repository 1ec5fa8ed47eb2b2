// The actor network: parties that occur together in a claim or a sentence, drawn as a graph with
// a table of the same numbers beside it; a click shows the passages where they meet.
import type { Metadata } from 'next';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { translator } from '@/lib/i18n';
import { loadActorNetwork } from '@/lib/research-store/load-actor-network';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { ActorNetworkView } from './actor-network-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLanguage());
  return { title: `${t('research.network.title')} · ${t('app.name')}` };
}

export default async function ActorsPage({ searchParams }: { searchParams: Promise<{ scope?: string; document?: string }> }) {
  const user = await requirePageUser('document.read');
  const t = translator(await requestLanguage());
  const params = await searchParams;
  const scope = params.scope === 'sentence' ? 'sentence' : 'claim';
  const document = params.document?.trim() || undefined;
  const { network, documents } = loadActorNetwork(getDatabase(), { scope, ...(document !== undefined && { document }) });
  return (
    <section className="research actors-page">
      <h1>{t('research.network.title')}</h1>
      <p className="hint">{t('research.network.explain')}</p>
      <form className="research-filters" method="get" aria-label={t('research.network.filtersLabel')}>
        <label className="field">
          <span>{t('research.network.scope')}</span>
          <select name="scope" defaultValue={scope}>
            <option value="claim">{t('research.network.scopeClaim')}</option>
            <option value="sentence">{t('research.network.scopeSentence')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('research.filters.document')}</span>
          <select name="document" defaultValue={document ?? ''}>
            <option value="">{t('research.filters.allDocuments')}</option>
            {documents.map((doc) => (
              <option key={doc.slug} value={doc.slug}>
                {doc.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('research.filters.apply')}</button>
      </form>
      <ActorNetworkView network={network} canAnnotate={hasPermission(user.role, 'annotation.write')} />
    </section>
  );
}
