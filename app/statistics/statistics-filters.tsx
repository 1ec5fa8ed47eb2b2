// The statistics table's filters: a plain GET form, so every filtered view is a URL (and the CSV
// link carries the same parameters). The sort order survives a change of filters.
import type { TFunction } from 'i18next';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import type { ExportDocumentHead } from '@/lib/db/queries/exports';
import type { StatisticsQuery } from '@/lib/research/statistics/statistics-query';

interface Props {
  query: StatisticsQuery;
  documents: ExportDocumentHead[];
  kinds: string[];
  t: TFunction;
}

export function StatisticsFilters({ query, documents, kinds, t }: Props) {
  const { filters } = query;
  return (
    <form className="research-filters" method="get" aria-label={t('research.statistics.filtersLabel')}>
      <label className="field">
        <span>{t('research.filters.document')}</span>
        <select name="document" defaultValue={query.document ?? ''}>
          <option value="">{t('research.filters.allDocuments')}</option>
          {documents.map((doc) => (
            <option key={doc.slug} value={doc.slug}>
              {doc.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('annotate.attributes.kind')}</span>
        <select name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">{t('research.filters.any')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`annotate.options.${kind}`, { defaultValue: kind })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('annotate.attributes.unit')}</span>
        <input type="search" name="what" defaultValue={filters.what ?? ''} />
      </label>
      <label className="field">
        <span>{t('research.statistics.columns.actors')}</span>
        <input type="search" name="actor" defaultValue={filters.actor ?? ''} />
      </label>
      <label className="field field-year">
        <span>{t('annotate.attributes.reference_year')}</span>
        <input type="number" name="year" min={0} max={9999} defaultValue={filters.year ?? ''} />
      </label>
      <fieldset className="research-statuses">
        <legend>{t('research.filters.status')}</legend>
        {ANNOTATION_STATUSES.map((status) => (
          <label key={status}>
            <input type="checkbox" name="status" value={status} defaultChecked={query.statuses.includes(status)} />{' '}
            {t(`annotate.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <label className="research-toggle">
        <input type="checkbox" name="group" value="1" defaultChecked={query.groupDisagreements} /> {t('research.statistics.groupDisagreements')}
      </label>
      {query.sort && (
        <>
          <input type="hidden" name="sort" value={query.sort.key} />
          <input type="hidden" name="dir" value={query.sort.direction} />
        </>
      )}
      <button type="submit">{t('research.filters.apply')}</button>
    </form>
  );
}
