'use client';
// The search box in the header: a plain GET form (works before any script has loaded, and the URL
// is the search). On the results page it shows the query the results are for.
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslation } from 'react-i18next';

export function HeaderSearch() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const params = useSearchParams();
  const query = pathname === '/search' ? (params.get('q') ?? '') : '';
  return <HeaderSearchForm key={query} query={query} label={t('search.box.label')} placeholder={t('search.box.placeholder')} submit={t('search.box.submit')} />;
}

/** The form alone, also the fallback while the URL's parameters are not yet known. */
export function HeaderSearchForm({ query, label, placeholder, submit }: { query: string; label: string; placeholder: string; submit: string }) {
  return (
    <form action="/search" method="get" role="search" className="header-search">
      <input type="search" name="q" defaultValue={query} aria-label={label} placeholder={placeholder} maxLength={500} />
      <button type="submit">{submit}</button>
    </form>
  );
}
