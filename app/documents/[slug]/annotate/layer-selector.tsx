'use client';
// For reviewers: reveal the layers of annotators who finished this document (and gold) over the
// text, read-only, one style per layer. Unfinished layers are never offered (nor served), so no
// one anchors on work in progress.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@/lib/annotations/types';
import type { RevealableLayer } from '@/lib/curation-store/layer-visibility';
import type { AnnotationEditor } from '@/lib/editor/annotation-editor';
import { LAYER_STYLE_SLOTS } from '@/lib/editor/plugins/layer-overlay';
import { ErrorMessage } from '../../../_components/error-message';
import { sendJson, type ApiError } from '../../../_components/post-json';
import { labelName } from './label-text';

interface SelectorProps {
  slug: string;
  /** The text revision: revealed layers are fetched again after a correction. */
  revision: number;
  layers: RevealableLayer[];
  editor: AnnotationEditor | null;
  canCurate: boolean;
}

export function LayerSelector({ slug, revision, layers, editor, canCurate }: SelectorProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number[]>([]);
  const [loaded, setLoaded] = useState<Map<number, Annotation[]>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    const missing = shown.filter((id) => !loaded.has(id));
    if (missing.length === 0) return;
    void Promise.all(
      missing.map((id) =>
        sendJson<{ annotations: Annotation[] }>('GET', `/api/documents/${encodeURIComponent(slug)}/annotations?layer=${id}`).then((r) => [id, r] as const),
      ),
    ).then((results) => {
      if (!live) return;
      const next = new Map(loaded);
      for (const [id, result] of results) {
        if (result.ok) next.set(id, result.data.annotations);
        else {
          setError(result.error);
          // Refused (e.g. the annotator reopened the document): untick rather than ask again.
          setShown((list) => list.filter((shownId) => shownId !== id));
        }
      }
      setLoaded(next);
    });
    return () => {
      live = false;
    };
  }, [shown, loaded, slug]);

  // A correction changed the text: every revealed layer is read again.
  useEffect(() => setLoaded(new Map()), [revision]);

  useEffect(() => {
    if (!editor) return;
    editor.showLayers(
      layers.flatMap((layer, slot) => {
        const annotations = shown.includes(layer.userId) ? loaded.get(layer.userId) : undefined;
        if (!annotations) return [];
        const spans = annotations.flatMap((a) =>
          a.start === null || a.end === null || a.status === 'rejected'
            ? []
            : [{ id: a.id, label: a.label, start: a.start, end: a.end, title: `${layer.displayName}: ${labelName(t, a.label)}` }],
        );
        return [{ layerUserId: layer.userId, slot, spans }];
      }),
    );
  }, [editor, layers, shown, loaded, t]);

  if (layers.length === 0) return null;
  return (
    <fieldset className="layer-selector">
      <legend>{t('layers.legend')}</legend>
      {layers.map((layer, slot) => (
        <label key={layer.userId} className={`layer-choice layer-slot-${slot % LAYER_STYLE_SLOTS}`}>
          <input
            type="checkbox"
            checked={shown.includes(layer.userId)}
            onChange={(e) => setShown((list) => (e.target.checked ? [...list, layer.userId] : list.filter((id) => id !== layer.userId)))}
          />{' '}
          <span className="layer-sample">{layer.kind === 'gold' ? t('layers.gold') : layer.displayName}</span>
          {shown.includes(layer.userId) && loaded.has(layer.userId) && (
            <span className="hint"> {t('layers.count', { count: loaded.get(layer.userId)?.length ?? 0 })}</span>
          )}
        </label>
      ))}
      <span className="hint">{t('layers.readOnly')}</span>
      {canCurate && <a href={`/documents/${encodeURIComponent(slug)}/curate`}>{t('layers.curate')}</a>}
      <ErrorMessage error={error} />
    </fieldset>
  );
}
