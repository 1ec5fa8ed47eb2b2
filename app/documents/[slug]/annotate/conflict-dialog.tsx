'use client';
// A change the server refused because someone (another tab, another device) changed the same
// annotation first: show both versions and let the user keep theirs or take the other.
import { useTranslation } from 'react-i18next';
import type { Annotation, Entity, LabelDefinition } from '@/lib/annotations/types';
import type { SyncStatus } from '@/lib/editor/sync-queue';
import { ConflictDialogFrame } from '../../../_components/conflict-dialog-frame';
import { attributeName, labelName, optionName } from './label-text';

interface ConflictProps {
  status: Extract<SyncStatus, { state: 'conflict' }>;
  mine: Annotation | undefined;
  labels: LabelDefinition[];
  entities: Entity[];
  onResolve: (choice: 'mine' | 'theirs') => void;
}

function Version({ annotation, entities }: { annotation: Annotation | undefined; entities: Entity[] }) {
  const { t } = useTranslation();
  const show = (value: unknown) =>
    (typeof value === 'number' && entities.find((e) => e.id === value)?.canonicalName) ||
    (typeof value === 'string' ? optionName(t, value) : String(value));
  return (
    <>
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
    </>
  );
}

export function ConflictDialog({ status, mine, entities, onResolve }: ConflictProps) {
  const { t } = useTranslation();
  const theirs = status.current;
  return (
    <ConflictDialogFrame
      explanation={t('annotate.conflict.explain', { label: labelName(t, theirs.label), quote: theirs.quote })}
      mine={<Version annotation={mine} entities={entities} />}
      theirs={<Version annotation={theirs} entities={entities} />}
      onResolve={onResolve}
    />
  );
}
