// The termbase: Indonesian term → English term with a note. Translators see the terms of each
// unit beside it, and QA checks that the English term was used.
import { hasPermission } from '@/lib/auth/roles';
import { getDatabase } from '@/lib/db/connection';
import { translator } from '@/lib/i18n';
import { findGlossaryTerms } from '@/lib/translation-store/manage-glossary';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { GlossaryTermForm, RemoveTermButton } from './glossary-term-form';

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePageUser('document.read');
  const canManage = hasPermission(user.role, 'glossary.manage');
  const t = translator(await requestLanguage());
  const query = ((await searchParams).q ?? '').trim();
  const terms = findGlossaryTerms(getDatabase(), query);
  return (
    <section className="glossary">
      <h1>{t('glossary.title')}</h1>
      <p className="hint">{t('glossary.explain')}</p>
      <form className="entity-filter" role="search">
        <label className="field">
          <span>{t('glossary.search')}</span>
          <input type="search" name="q" defaultValue={query} />
        </label>
      </form>
      {canManage && <GlossaryTermForm />}
      <table>
        <thead>
          <tr>
            <th>{t('glossary.columns.source')}</th>
            <th>{t('glossary.columns.target')}</th>
            <th>{t('glossary.columns.note')}</th>
            <th>{t('glossary.columns.by')}</th>
            {canManage && <th />}
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id} data-term={term.sourceTerm}>
              <td lang="id">{term.sourceTerm}</td>
              <td lang="en">{term.targetTerm}</td>
              <td>{term.note}</td>
              <td className="hint">{term.createdBy}</td>
              {canManage && (
                <td>
                  <RemoveTermButton id={term.id} label={t('glossary.remove', { term: term.sourceTerm })} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {terms.length === 0 && <p>{t('glossary.empty')}</p>}
    </section>
  );
}
