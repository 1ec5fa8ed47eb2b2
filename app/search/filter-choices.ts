// What the filter selects offer: the label set, the layers the viewer may see, current documents.
import type { Db } from '@/lib/db/connection';
import { listDocumentSummaries } from '@/lib/db/queries/documents';
import { listLayerUsernames } from '@/lib/db/queries/exports';
import { listStoredLabels } from '@/lib/db/queries/labels';
import type { SearchFilters } from '@/lib/research/search/parse-search-request';
import type { FilterChoices } from './search-filter-fields';

export function loadFilterChoices(db: Db, filters: SearchFilters): FilterChoices {
  return {
    labels: listStoredLabels(db).map((label) => label.name),
    layers: filters.visibleLayer ? [filters.visibleLayer] : listLayerUsernames(db),
    documents: listDocumentSummaries(db).map((doc) => ({ slug: doc.slug, title: doc.title })),
  };
}
