'use client';
// Correction mode: fix the source text (a lost drop cap, a broken word). Each correction is one
// recorded change; the server maps every annotation through it and sends the document back.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '@/lib/editor/annotation-editor';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { submitCorrection } from './annotation-api';
import type { AnnotationWorkspace } from './workspace-data';

interface CorrectionProps {
  document: AnnotationWorkspace['document'];
  selection: TextRange | null;
  /** Annotation changes still unsaved: a correction waits for them (their offsets would move). */
  pending: boolean;
  onCorrected: (workspace: AnnotationWorkspace) => void;
}

export function CorrectionPanel({ document, selection, pending, onCorrected }: CorrectionProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<TextRange | null>(selection);
  const [replacement, setReplacement] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!selection) return;
    setTarget(selection);
    setReplacement(document.text.slice(selection.start, selection.end));
  }, [selection, document.text]);

  const dropCaps = document.flags.filter((flag) => flag.kind === 'suspected_drop_cap' && flag.hint);
  const before = target ? document.text.slice(target.start, target.end) : '';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setBusy(true);
    setError(null);
    const result = await submitCorrection(document.slug, {
      baseRevision: document.revision,
      start: target.start,
      end: target.end,
      before,
      after: replacement,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      // Someone corrected the text first: the server sent the current document; show it.
      const current = (result.body as { current?: AnnotationWorkspace } | null)?.current;
      if (result.status === 409 && current?.document) {
        setTarget(null);
        onCorrected(current);
      }
      return;
    }
    setDone(t('annotate.correction.done', { before, after: replacement }));
    setTarget(null);
    setReplacement('');
    onCorrected(result.data.workspace);
  };

  return (
    <section className="correction-panel" aria-label={t('annotate.correction.title')}>
      <h2>{t('annotate.correction.title')}</h2>
      <p className="hint">{t('annotate.correction.explain')}</p>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <span>{t('annotate.correction.before')}</span>
          <code className="correction-before" lang="id">
            {target ? before : t('annotate.correction.selectText')}
          </code>
        </div>
        <label className="field">
          <span>{t('annotate.correction.after')}</span>
          <input type="text" name="after" value={replacement} onChange={(e) => setReplacement(e.target.value)} disabled={!target} />
        </label>
        {pending && <p className="hint">{t('annotate.correction.waitForSave')}</p>}
        <button type="submit" disabled={!target || busy || pending || replacement === before}>
          {t('annotate.correction.apply')}
        </button>
        <ErrorMessage error={error} />
        {done && <p role="status">{done}</p>}
      </form>
      {dropCaps.length > 0 && (
        <>
          <h3>{t('annotate.correction.dropCaps')}</h3>
          <ul className="drop-cap-list">
            {dropCaps.map((flag) => {
              const word = document.text.slice(flag.start, flag.end);
              return (
                <li key={flag.start}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setTarget({ start: flag.start, end: flag.end });
                      setReplacement(flag.hint ?? word);
                    }}
                  >
                    {t('annotate.correction.useHint', { word, hint: flag.hint })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
