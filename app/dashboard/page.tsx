// The dashboard: for the corpus or one document, annotations per label, units per translation
// status (both counted from what an export of the same documents holds) and each annotator's and
// translator's progress by day; every chart has its numbers in a table under it.
import type { TFunction } from 'i18next';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import { getDatabase } from '@/lib/db/connection';
import { translator } from '@/lib/i18n';
import type { ProgressOverTime } from '@/lib/research/dashboard/progress-over-time';
import { loadDashboard } from '@/lib/research-store/load-dashboard';
import { UNIT_STATUSES } from '@/lib/translation/unit-status';
import { requestLanguage } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { LabelChart, ProgressChart, UnitStatusChart } from './dashboard-charts';

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLanguage());
  return { title: `${t('research.dashboard.title')} · ${t('app.name')}` };
}

function ProgressTable({ progress, measures, t, number, testId }: {
  progress: ProgressOverTime;
  measures: { made: string; reviewed: string };
  t: TFunction;
  number: Intl.NumberFormat;
  testId: string;
}) {
  if (progress.rows.length === 0) return null;
  return (
    <table className="dashboard-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('research.dashboard.day')}</th>
          <th>{t('research.dashboard.person')}</th>
          <th className="num">{measures.made}</th>
          <th className="num">{measures.reviewed}</th>
          <th className="num">{t('research.dashboard.cumulative')}</th>
        </tr>
      </thead>
      <tbody>
        {progress.rows.map((row) => (
          <tr key={`${row.day}-${row.userId}`}>
            <td>{row.day}</td>
            <td>{row.name}</td>
            <td className="num">{number.format(row.made)}</td>
            <td className="num">{number.format(row.reviewed)}</td>
            <td className="num">{number.format(row.cumulative)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ document?: string }> }) {
  await requirePageUser('document.read');
  const language = await requestLanguage();
  const t = translator(language);
  const slug = (await searchParams).document?.trim() || undefined;
  const dashboard = loadDashboard(getDatabase(), slug);
  if (!dashboard) notFound();
  const number = new Intl.NumberFormat(language);
  const annotationMeasures = { made: t('research.dashboard.annotationsMade'), reviewed: t('research.dashboard.suggestionsReviewed') };
  const translationMeasures = { made: t('research.dashboard.unitsTranslated'), reviewed: t('research.dashboard.unitsReviewed') };
  return (
    <section className="research dashboard-page">
      <h1>{dashboard.document ? t('research.dashboard.titleOf', { title: dashboard.document.title }) : t('research.dashboard.title')}</h1>
      <p className="hint">{t('research.dashboard.explain')}</p>
      <form className="research-filters" method="get" aria-label={t('research.dashboard.filtersLabel')}>
        <label className="field">
          <span>{t('research.filters.document')}</span>
          <select name="document" defaultValue={dashboard.document?.slug ?? ''}>
            <option value="">{t('research.filters.allDocuments')}</option>
            {dashboard.documents.map((doc) => (
              <option key={doc.slug} value={doc.slug}>
                {doc.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('research.filters.apply')}</button>
      </form>

      <div className="dashboard-grid">
        <section aria-labelledby="dashboard-labels">
          <h2 id="dashboard-labels">{t('research.dashboard.labelsChart')}</h2>
          <LabelChart counts={dashboard.labels} />
          <table className="dashboard-table" data-testid="labels-table">
            <thead>
              <tr>
                <th>{t('research.dashboard.label')}</th>
                {ANNOTATION_STATUSES.map((status) => (
                  <th key={status} className="num">
                    {t(`annotate.status.${status}`)}
                  </th>
                ))}
                <th className="num">{t('research.dashboard.total')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.labels.map((row) => (
                <tr key={row.label} data-label={row.label}>
                  <td>{t(`annotate.labels.${row.label}`, { defaultValue: row.label })}</td>
                  {ANNOTATION_STATUSES.map((status) => (
                    <td key={status} className="num" data-status={status}>
                      {number.format(row[status])}
                    </td>
                  ))}
                  <td className="num" data-status="total">
                    {number.format(row.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="dashboard-units">
          <h2 id="dashboard-units">{t('research.dashboard.unitsChart')}</h2>
          <UnitStatusChart counts={dashboard.units} />
          <table className="dashboard-table" data-testid="units-table">
            <thead>
              <tr>
                {UNIT_STATUSES.map((status) => (
                  <th key={status} className="num">
                    {t(`translate.status.${status}`)}
                  </th>
                ))}
                <th className="num">{t('research.dashboard.total')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {UNIT_STATUSES.map((status) => (
                  <td key={status} className="num" data-status={status}>
                    {number.format(dashboard.units[status])}
                  </td>
                ))}
                <td className="num" data-status="total">
                  {number.format(dashboard.units.total)}
                </td>
              </tr>
            </tbody>
          </table>
        </section>

        <section aria-labelledby="dashboard-annotators">
          <h2 id="dashboard-annotators">{t('research.dashboard.annotatorsChart')}</h2>
          <ProgressChart progress={dashboard.annotators} label={t('research.dashboard.annotatorsChart')} />
          <ProgressTable progress={dashboard.annotators} measures={annotationMeasures} t={t} number={number} testId="annotators-table" />
        </section>

        <section aria-labelledby="dashboard-translators">
          <h2 id="dashboard-translators">{t('research.dashboard.translatorsChart')}</h2>
          <ProgressChart progress={dashboard.translators} label={t('research.dashboard.translatorsChart')} />
          <ProgressTable progress={dashboard.translators} measures={translationMeasures} t={t} number={number} testId="translators-table" />
        </section>
      </div>
    </section>
  );
}
