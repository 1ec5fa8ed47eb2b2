// The filter fields shared by the search and concordance forms: label, annotator (layer),
// annotation status and document. Plain selects in a GET form; an empty value means "any".
import type { TFunction } from 'i18next';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import type { SearchFilters } from '@/lib/research/search/parse-search-request';

export interface FilterChoices {
  labels: string[];
  layers: string[];
  documents: Array<{ slug: string; title: string }>;
}

export function SearchFilterFields({
  t,
  choices,
  filters,
  labelCaptions,
}: {
  t: TFunction;
  choices: FilterChoices;
  filters: SearchFilters;
  /** The concordance words its label field otherwise (a label alone is a query there). */
  labelCaptions?: { caption: string; none: string };
}) {
  return (
    <>
      <label>
        <span>{labelCaptions?.caption ?? t('search.filters.label')}</span>
        <select name="label" defaultValue={filters.labels[0] ?? ''}>
          <option value="">{labelCaptions?.none ?? t('search.filters.any')}</option>
          {choices.labels.map((label) => (
            <option key={label} value={label}>
              {t(`annotate.labels.${label}`, { defaultValue: label })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('search.filters.layer')}</span>
        <select name="layer" defaultValue={filters.layers[0] ?? ''}>
          <option value="">{t('search.filters.any')}</option>
          {choices.layers.map((layer) => (
            <option key={layer} value={layer}>
              {layer}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('search.filters.status')}</span>
        <select name="status" defaultValue={filters.statuses[0] ?? ''}>
          <option value="">{t('search.filters.any')}</option>
          {ANNOTATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`annotate.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('search.filters.document')}</span>
        <select name="document" defaultValue={filters.document ?? ''}>
          <option value="">{t('search.filters.allDocuments')}</option>
          {choices.documents.map((doc) => (
            <option key={doc.slug} value={doc.slug}>
              {doc.title}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
