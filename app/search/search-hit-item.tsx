// One hit in the results: where it was found (Indonesian text, English unit, annotation), the
// words in context, and the link that opens the hit where it can be worked on.
import type { TFunction } from 'i18next';
import Link from 'next/link';
import type { SearchHit } from '@/lib/research/search/search-corpus';
import { HitSnippet } from './hit-snippet';

/** The editor at a range of the text (UTF-16 offsets), or the unit in the translate view. */
export function hitHref(slug: string, hit: SearchHit, canAnnotate: boolean): string {
  const base = `/documents/${encodeURIComponent(slug)}`;
  if (hit.source === 'translation') return `${base}/translate#unit-${hit.sentenceId}`;
  if (hit.source === 'text') return canAnnotate ? `${base}/annotate?at=${hit.start}-${hit.end}` : `${base}/translate#unit-${hit.sentenceId}`;
  if (!canAnnotate) return base;
  return hit.start === null || hit.end === null ? `${base}/annotate` : `${base}/annotate?at=${hit.start}-${hit.end}`;
}

export function SearchHitItem({ t, slug, hit, canAnnotate }: { t: TFunction; slug: string; hit: SearchHit; canAnnotate: boolean }) {
  const href = hitHref(slug, hit, canAnnotate);
  if (hit.source === 'annotation') {
    return (
      <li className="search-hit" data-source="annotation">
        <span className="hit-source">
          {t(`annotate.labels.${hit.label}`, { defaultValue: hit.label })} · {t(`annotate.status.${hit.status}`)} · {hit.layer}
          {hit.start === null && ` · ${t('search.results.orphaned')}`}
        </span>{' '}
        <Link href={href} className="search-hit-link">
          <q lang="id">{hit.quote}</q>
        </Link>{' '}
        <HitSnippet snippet={hit.snippet} />
      </li>
    );
  }
  return (
    <li className="search-hit" data-source={hit.source}>
      <span className="hit-source">
        {hit.source === 'text' ? t('search.results.inText') : `${t('search.results.inEnglish')} · ${t(`translate.status.${hit.status}`)}`}
      </span>{' '}
      <Link href={href} className="search-hit-link">
        <HitSnippet snippet={hit.snippet} lang={hit.source === 'text' ? 'id' : 'en'} />
      </Link>
    </li>
  );
}
