'use client';
// The curate page's board: one row per candidate span (the layers' spans grouped), one column per
// finished annotator's layer and one for gold, so the layers read side by side and each row says
// whether they agree. Each span can be accepted into gold (as it is or edited) or rejected;
// agreed spans can be accepted at once. The gold layer is listed below, editable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Entity } from '@/lib/annotations/types';
import type { CurationGroup, CurationWorkspace } from '@/lib/curation-store/load-curation-workspace';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { labelName } from '../annotate/label-text';
import { sendCurationAction, type CurationAction } from './curation-api';
import { SpanEditForm } from './span-edit-form';

function attributeSummary(annotation: Annotation, entities: Entity[]): string {
  return Object.entries(annotation.attributes)
    .map(([name, value]) => {
      const entity = typeof value === 'number' && (name === 'entity' || name === 'attributed_to') ? entities.find((e) => e.id === value) : undefined;
      return `${name}: ${entity ? entity.canonicalName : String(value)}`;
    })
    .join(' · ');
}

function overlaps(a: { start: number | null; end: number | null }, group: CurationGroup): boolean {
  return a.start !== null && a.end !== null && a.start < group.end && a.end > group.start;
}

export function CurationBoard({ initial }: { initial: CurationWorkspace }) {
  const { t } = useTranslation();
  const [workspace, setWorkspace] = useState(initial);
  const [entities, setEntities] = useState(initial.entities);
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { document: doc, layers, groups, gold, labels } = workspace;
  const colors = new Map(labels.map((l) => [l.name, l.color]));
  const shown = showAll ? groups : groups.filter((g) => g.state === 'open');
  const bulkCount = groups.filter((g) => g.bulk).length;

  const act = async (body: CurationAction) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await sendCurationAction(doc.slug, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setWorkspace(result.data.workspace);
    setEditing(null);
    if (result.data.accepted !== undefined) setNotice(t('curate.acceptedAgreed', { count: result.data.accepted }));
  };

  const memberCell = (member: CurationGroup['members'][number]) => {
    const a = member.annotation;
    return (
      <div key={a.id} className={`curate-span decision-${member.decision ?? 'open'}`} data-span={a.id} style={{ '--ann-color': colors.get(a.label) ?? '#868e96' } as React.CSSProperties}>
        <span className="row-label">{labelName(t, a.label)}</span> <q>{a.quote}</q>
        <span className="hint"> [{a.start}–{a.end}]</span>
        {Object.keys(a.attributes).length > 0 && <div className="hint">{attributeSummary(a, entities)}</div>}
        {member.decision && <span className={`badge badge-${member.decision}`}>{t(`curate.decision.${member.decision}`)}</span>}
        {editing === a.id ? (
          <SpanEditForm
            span={a}
            text={doc.text}
            labels={labels}
            entities={entities}
            onEntityCreated={(entity) => setEntities((list) => [...list.filter((e) => e.id !== entity.id), entity])}
            onAccept={(edit) => act({ action: 'accept', annotationId: a.id, revision: a.revision, edit })}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="curate-actions">
            <button type="button" disabled={busy} onClick={() => act({ action: 'accept', annotationId: a.id, revision: a.revision })}>
              {t('curate.accept')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setEditing(a.id)}>
              {t('curate.editAccept')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => act({ action: 'reject', annotationId: a.id, revision: a.revision })}>
              {t('curate.reject')}
            </button>
          </div>
        )}
      </div>
    );
  };

  return (
    <section className="curation">
      <h1>{t('curate.title', { title: doc.title })}</h1>
      {layers.length === 0 ? (
        <p className="hint">{t('curate.noFinishedLayers')}</p>
      ) : (
        <p className="hint">{t('curate.comparing', { layers: layers.map((l) => l.displayName).join(', ') })}</p>
      )}
      <div className="curate-toolbar">
        <button type="button" disabled={busy || bulkCount === 0} onClick={() => act({ action: 'acceptAgreed' })}>
          {t('curate.acceptAllAgreed', { count: bulkCount })}
        </button>
        <label>
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('curate.showDecided')}
        </label>
        <span className="hint">{t('curate.counts', { open: groups.filter((g) => g.state === 'open').length, total: groups.length })}</span>
      </div>
      <ErrorMessage error={error} />
      {notice && <p role="status">{notice}</p>}
      <table className="curate-table">
        <thead>
          <tr>
            <th>{t('curate.columns.span')}</th>
            {layers.map((layer) => (
              <th key={layer.id} data-layer={layer.id}>
                {layer.displayName}
              </th>
            ))}
            <th className="gold-column">{t('curate.columns.gold')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((group) => (
            <tr key={group.key} className={`curate-group kind-${group.kind} state-${group.state}`} data-group={group.key} data-kind={group.kind}>
              <td>
                <span className={`badge badge-kind-${group.kind}`}>{t(`curate.kind.${group.kind}`)}</span>
                {group.kind === 'agreed' && !group.attributesAgree && <span className="badge badge-warn">{t('curate.attributesDiffer')}</span>}
                {group.state !== 'open' && <span className="badge">{t(`curate.state.${group.state}`)}</span>}
                <div className="group-text">{doc.text.slice(group.start, group.end)}</div>
              </td>
              {layers.map((layer) => (
                <td key={layer.id}>{group.members.filter((m) => m.annotation.layerUserId === layer.id).map(memberCell)}</td>
              ))}
              <td className="gold-column">
                {gold.filter((g) => overlaps(g, group)).map((g) => (
                  <div key={g.id} className="curate-span gold-span" style={{ '--ann-color': colors.get(g.label) ?? '#868e96' } as React.CSSProperties}>
                    <span className="row-label">{labelName(t, g.label)}</span> <q>{g.quote}</q>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="hint">{t('curate.nothingToDo')}</p>}
      <h2>{t('curate.goldLayer', { count: gold.length })}</h2>
      <ul className="gold-list">
        {gold.map((g) => (
          <li key={g.id} className="curate-span gold-span" data-gold={g.id} style={{ '--ann-color': colors.get(g.label) ?? '#868e96' } as React.CSSProperties}>
            <span className="row-label">{labelName(t, g.label)}</span> <q>{g.quote}</q> <span className="hint">[{g.start}–{g.end}]</span>
            {Object.keys(g.attributes).length > 0 && <div className="hint">{attributeSummary(g, entities)}</div>}
            {editing === g.id ? (
              <SpanEditForm
                span={g}
                text={doc.text}
                labels={labels}
                entities={entities}
                lockLabel
                submitLabel={t('curate.edit.save')}
                onEntityCreated={(entity) => setEntities((list) => [...list.filter((e) => e.id !== entity.id), entity])}
                onAccept={({ start, end, quote, attributes }) => act({ action: 'updateGold', id: g.id, revision: g.revision, attributes, span: { start, end, quote } })}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="curate-actions">
                <button type="button" className="secondary" disabled={busy} onClick={() => setEditing(g.id)}>
                  {t('curate.editGold')}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => act({ action: 'updateGold', id: g.id, revision: g.revision, deleted: true })}>
                  {t('curate.removeFromGold')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {workspace.orphans.length > 0 && <p className="hint">{t('curate.orphans', { count: workspace.orphans.length })}</p>}
    </section>
  );
}
