'use client';
// A change the server refused because someone (another tab, another device) changed the same
// annotation first: show both versions and let the user keep theirs or take the other.
import { useTranslation } from 'react-i18next';
import type { Annotation, Entity, LabelDefinition } from '@/lib/annotations/types';
import type { SyncStatus } from '@/lib/editor/sync-queue';
import { attributeName, labelName, optionName } from './label-text';

interface ConflictProps {
  status: Extract<SyncStatus, { state: 'conflict' }>;
  mine: Annotation | undefined;
  labels: LabelDefinition[];
  entities: Entity[];
  onResolve: (choice: 'mine' | 'theirs') => void;
}

function Version({ annotation, entities, title }: { annotation: Annotation | undefined; entities: Entity[]; title: string }) {
  const { t } = useTranslation();
  const show = (value: unknown) =>
    typeof value === 'number' && entities.some((e) => e.id === value)
      ? entities.find((e) => e.id === value)?.canonicalName
      : typeof value === 'string'
        ? optionName(t, value)
        : String(value);
  return (
    <div className="conflict-version">
      <h3>{title}</h3>
      {!annotation || annotation.deletedAt ? (
        <p>{t('annotate.conflict.deleted')}</p>
      ) : (
        <dl>
          <dt>{t('annotate.list.status')}</dt>
          <dd>{t(`annotate.status.${annotation.status}`)}</dd>
          {Object.entries(annotation.attributes).map(([name, value]) => (
            <div key={name}>
              <dt>{attributeName(t, name)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function ConflictDialog({ status, mine, entities, onResolve }: ConflictProps) {
  const { t } = useTranslation();
  const theirs = status.current;
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="conflict-title" className="dialog conflict-dialog">
        <h2 id="conflict-title">{t('annotate.conflict.title')}</h2>
        <p>{t('annotate.conflict.explain', { label: labelName(t, theirs.label), quote: theirs.quote })}</p>
        <div className="conflict-versions">
          <Version annotation={mine} entities={entities} title={t('annotate.conflict.mine')} />
          <Version annotation={theirs} entities={entities} title={t('annotate.conflict.theirs')} />
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={() => onResolve('mine')}>
            {t('annotate.conflict.keepMine')}
          </button>
          <button type="button" className="secondary" onClick={() => onResolve('theirs')}>
            {t('annotate.conflict.takeTheirs')}
          </button>
        </div>
      </div>
    </div>
  );
}
