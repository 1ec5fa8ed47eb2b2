// The actor registry: every entity with its aliases and the spans that mention it, across documents.
import Link from 'next/link';
import { listEntitiesWithMentions } from '@/lib/annotation-store/list-entities-with-mentions';
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { translator } from '@/lib/i18n';
import { AddAliasForm } from './add-alias-form';
import { EnglishNameForm } from './english-name-form';

/** Mentions shown per entity before "and N more". */
const MENTIONS_SHOWN = 12;

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePageUser('document.read');
  const canManage = hasPermission(user.role, 'entity.manage');
  const canName = hasPermission(user.role, 'glossary.manage');
  const t = translator(await requestLanguage());
  const query = ((await searchParams).q ?? '').trim().toLowerCase();
  const entities = listEntitiesWithMentions(getDatabase()).filter(
    (entity) => !query || [entity.canonicalName, entity.englishName ?? '', ...entity.aliases].some((name) => name.toLowerCase().includes(query)),
  );
  return (
    <section className="entities">
      <h1>{t('entities.title')}</h1>
      <p className="hint">{t('entities.explain')}</p>
      <form className="entity-filter" role="search">
        <label className="field">
          <span>{t('entities.search')}</span>
          <input type="search" name="q" defaultValue={query} />
        </label>
      </form>
      <table>
        <thead>
          <tr>
            <th>{t('entities.columns.name')}</th>
            <th>{t('entities.columns.type')}</th>
            <th>{t('entities.columns.aliases')}</th>
            <th className="num">{t('entities.columns.mentions')}</th>
          </tr>
        </thead>
        <tbody>
          {entities.map((entity) => (
            <tr key={entity.id} data-entity={entity.canonicalName}>
              <td>
                <strong>{entity.canonicalName}</strong>
                {canName ? (
                  <EnglishNameForm entityId={entity.id} entityName={entity.canonicalName} englishName={entity.englishName} />
                ) : (
                  entity.englishName && entity.englishName !== entity.canonicalName && <div className="hint" lang="en">{entity.englishName}</div>
                )}
              </td>
              <td>{t(`annotate.options.${entity.type}`)}</td>
              <td>
                {entity.aliases.join(' · ')}
                {canManage && <AddAliasForm entityId={entity.id} entityName={entity.canonicalName} />}
              </td>
              <td className="num">
                {entity.mentions.length > 0 ? (
                  <details>
                    <summary>{entity.mentions.length}</summary>
                    <ul className="mentions">
                      {entity.mentions.slice(0, MENTIONS_SHOWN).map((mention) => (
                        <li key={mention.annotationId}>
                          <Link href={`/documents/${mention.documentSlug}/annotate`}>{mention.documentTitle}</Link>: <q lang="id">{mention.quote}</q>
                        </li>
                      ))}
                      {entity.mentions.length > MENTIONS_SHOWN && <li>{t('entities.more', { count: entity.mentions.length - MENTIONS_SHOWN })}</li>}
                    </ul>
                  </details>
                ) : (
                  0
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entities.length === 0 && <p>{t('entities.empty')}</p>}
    </section>
  );
}
