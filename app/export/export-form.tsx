'use client';
// Format, filters and documents of an export; a preview of its first records, and the download
// link (the server streams the file, so a whole-corpus export never sits in memory).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import { UNIT_STATUSES } from '@/lib/translation/unit-status';

export const EXPORT_FORMAT_NAMES = ['aligned-json', 'jsonl', 'w3c', 'tmx', 'xliff21', 'xliff12', 'conll'] as const;

interface ExportFormProps {
  documents: Array<{ slug: string; title: string }>;
  labels: string[];
  layers: string[];
  /** Whether some document has a gold layer: then "gold where it exists" is preselected. */
  hasGold: boolean;
}

/** Which layers an export takes: gold where a document has one (else all), every layer, or chosen ones. */
type LayerChoice = 'gold' | 'all' | 'chosen';

const GOLD_LAYER = '@gold';

function Choices({ name, legend, options, chosen, onChange, display }: {
  name: string;
  legend: string;
  options: readonly string[];
  chosen: string[];
  onChange: (next: string[]) => void;
  display: (option: string) => string;
}) {
  return (
    <fieldset className="export-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={chosen.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
          />{' '}
          {display(option)}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportForm({ documents, labels, layers, hasGold }: ExportFormProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<string>('aligned-json');
  const [chosenDocuments, setDocuments] = useState<string[]>([]);
  const [chosenLabels, setLabels] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [chosenLayers, setLayers] = useState<string[]>([]);
  const [layerChoice, setLayerChoice] = useState<LayerChoice>(hasGold ? 'gold' : 'all');
  const [translationStatuses, setTranslationStatuses] = useState<string[]>([]);
  const [preview, setPreview] = useState<string>('');
  const [previewError, setPreviewError] = useState<string | null>(null);

  const query = useMemo(() => {
    const params = new URLSearchParams({ format });
    const list = (key: string, values: string[]) => values.length > 0 && params.set(key, values.join(','));
    list('documents', chosenDocuments);
    list('labels', chosenLabels);
    list('statuses', statuses);
    if (layerChoice === 'chosen') list('layers', chosenLayers);
    if (layerChoice === 'all') params.set('allLayers', 'true');
    list('translationStatuses', translationStatuses);
    return params.toString();
  }, [format, chosenDocuments, chosenLabels, statuses, layerChoice, chosenLayers, translationStatuses]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/export/preview?${query}`, { cache: 'no-store' });
        const body = await response.text();
        if (!live) return;
        if (response.ok) {
          setPreview(body);
          setPreviewError(null);
        } else {
          const parsed = JSON.parse(body) as { error?: { message?: string } };
          setPreviewError(parsed.error?.message ?? response.statusText);
        }
      } catch {
        if (live) setPreviewError(t('errors.network'));
      }
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, t]);

  return (
    <div className="export-form">
      <label className="field">
        <span>{t('export.format')}</span>
        <select value={format} onChange={(e) => setFormat(e.target.value)}>
          {EXPORT_FORMAT_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`export.formats.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t(`export.formatHelp.${format}`, { defaultValue: '' })}</p>
      <Choices name="documents" legend={t('export.documents')} options={documents.map((d) => d.slug)} chosen={chosenDocuments} onChange={setDocuments}
        display={(slug) => documents.find((d) => d.slug === slug)?.title ?? slug} />
      <Choices name="labels" legend={t('export.labels')} options={labels} chosen={chosenLabels} onChange={setLabels}
        display={(label) => t(`annotate.labels.${label}`, { defaultValue: label })} />
      <Choices name="statuses" legend={t('export.statuses')} options={ANNOTATION_STATUSES} chosen={statuses} onChange={setStatuses}
        display={(status) => t(`annotate.status.${status}`)} />
      <fieldset className="export-choices export-layer-choice">
        <legend>{t('export.layerChoice.legend')}</legend>
        {(['gold', 'all', 'chosen'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="layerChoice" value={choice} checked={layerChoice === choice} onChange={() => setLayerChoice(choice)} />{' '}
            {t(`export.layerChoice.${choice}`)}
          </label>
        ))}
      </fieldset>
      {layerChoice === 'chosen' && (
        <Choices name="layers" legend={t('export.layers')} options={layers} chosen={chosenLayers} onChange={setLayers}
          display={(layer) => (layer === GOLD_LAYER ? t('layers.gold') : layer)} />
      )}
      <Choices name="translationStatuses" legend={t('export.translationStatuses')} options={UNIT_STATUSES} chosen={translationStatuses}
        onChange={setTranslationStatuses} display={(status) => t(`translate.status.${status}`)} />
      <p className="hint">{t('export.emptyMeansAll')}</p>
      <p>
        <a className="download" href={`/api/export?${query}`} download>
          {t('export.download')}
        </a>
      </p>
      <h2>{t('export.preview')}</h2>
      {previewError ? (
        <p className="error" role="alert">
          {previewError}
        </p>
      ) : (
        <pre className="export-preview" data-format={format}>
          {preview}
        </pre>
      )}
    </div>
  );
}
