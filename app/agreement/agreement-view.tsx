// The agreement figures of a report (one document or the corpus): the kappa chart, then for each
// pair of annotators kappa and span precision/recall/F1, then alpha over all annotators, each per
// label and overall. Undefined figures read "n/a", with the reason under the table.
import type { TFunction } from 'i18next';
import type { Coefficient } from '@/lib/agreement/coefficient';
import type { AgreementReport, PairAgreement } from '@/lib/agreement/compute-agreement';
import type { SpanScores } from '@/lib/agreement/span-match';
import type { AgreementAnnotatorRow } from '@/lib/db/queries/agreement';
import { KappaChart, type KappaChartData } from './kappa-chart';

const OVERALL = 'overall';

interface Formats {
  t: TFunction;
  /** Coefficients and scores: three decimals. */
  figure: Intl.NumberFormat;
  count: Intl.NumberFormat;
}

function labelName(t: TFunction, label: string): string {
  return label === OVERALL ? t('agreement.overall') : t(`annotate.labels.${label}`, { defaultValue: label });
}

/** A figure, or "n/a" with its reason as tooltip; `data-value` holds the unrounded number. */
function Figure({ value, figure, reason, formats }: { value: number | null; figure: string; reason?: string | null; formats: Formats }) {
  const { t } = formats;
  return (
    <td className="num" data-figure={figure} data-value={value ?? ''} title={value === null && reason ? t(`agreement.reason.${reason}`) : undefined}>
      {value === null ? t('agreement.notAvailable') : formats.figure.format(value)}
    </td>
  );
}

/** The rows of a per-label table: each label, then all labels together. */
function rowsOf<T>(report: AgreementReport, figures: { overall: T; byLabel: Record<string, T> }): Array<[string, T | undefined]> {
  return [...report.labels.map((label): [string, T | undefined] => [label, figures.byLabel[label]]), [OVERALL, figures.overall]];
}

function Reasons({ coefficients, formats }: { coefficients: Array<Coefficient | undefined>; formats: Formats }) {
  const { t } = formats;
  const reasons = [...new Set(coefficients.flatMap((c) => (c?.reason ? [c.reason] : [])))];
  if (reasons.length === 0) return null;
  return (
    <ul className="agreement-reasons hint">
      {reasons.map((reason) => (
        <li key={reason}>{t('agreement.reasonLine', { na: t('agreement.notAvailable'), reason: t(`agreement.reason.${reason}`) })}</li>
      ))}
    </ul>
  );
}

function AlphaTable({ report, formats }: { report: AgreementReport; formats: Formats }) {
  const { t } = formats;
  const rows = rowsOf(report, report.alpha);
  return (
    <>
      <table className="agreement-table" data-table="alpha">
        <thead>
          <tr>
            <th>{t('agreement.column.label')}</th>
            <th className="num">{t('agreement.column.alpha')}</th>
            <th className="num">{t('agreement.column.observed')}</th>
            <th className="num">{t('agreement.column.expected')}</th>
            <th className="num">{t('agreement.column.values')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, alpha]) => (
            <tr key={label} data-label={label}>
              <th scope="row">{labelName(t, label)}</th>
              <Figure value={alpha?.value ?? null} reason={alpha?.reason} figure="alpha" formats={formats} />
              <Figure value={alpha?.observed ?? null} figure="observed" formats={formats} />
              <Figure value={alpha?.expected ?? null} figure="expected" formats={formats} />
              <td className="num">{formats.count.format(alpha?.items ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Reasons coefficients={rows.map(([, alpha]) => alpha)} formats={formats} />
    </>
  );
}

function SpanCells({ scores, mode, formats }: { scores: SpanScores | undefined; mode: 'exact' | 'overlap'; formats: Formats }) {
  return (
    <>
      <Figure value={scores?.precision ?? null} figure={`${mode}-precision`} formats={formats} />
      <Figure value={scores?.recall ?? null} figure={`${mode}-recall`} formats={formats} />
      <Figure value={scores?.f1 ?? null} figure={`${mode}-f1`} formats={formats} />
    </>
  );
}

function PairTable({ pair, report, people, formats }: { pair: PairAgreement; report: AgreementReport; people: Map<number, AgreementAnnotatorRow>; formats: Formats }) {
  const { t } = formats;
  const first = people.get(pair.first)?.displayName ?? String(pair.first);
  const second = people.get(pair.second)?.displayName ?? String(pair.second);
  const kappas = rowsOf(report, pair.kappa);
  return (
    <section className="agreement-pair" data-pair={`${people.get(pair.first)?.username ?? pair.first}|${people.get(pair.second)?.username ?? pair.second}`}>
      <h3>{t('agreement.pair.title', { first, second })}</h3>
      <p className="hint">{t('agreement.pair.reference', { name: first, count: pair.documents })}</p>
      <table className="agreement-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('agreement.column.label')}</th>
            <th className="num" rowSpan={2}>
              {t('agreement.column.kappa')}
            </th>
            <th className="num" rowSpan={2}>
              {t('agreement.column.observed')}
            </th>
            <th colSpan={3}>{t('agreement.column.exact')}</th>
            <th colSpan={3}>{t('agreement.column.overlap')}</th>
          </tr>
          <tr>
            {['exact', 'overlap'].flatMap((mode) =>
              ['precision', 'recall', 'f1'].map((score) => (
                <th key={`${mode}-${score}`} className="num">
                  {t(`agreement.column.${score}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {kappas.map(([label, kappa]) => (
            <tr key={label} data-label={label}>
              <th scope="row">{labelName(t, label)}</th>
              <Figure value={kappa?.value ?? null} reason={kappa?.reason} figure="kappa" formats={formats} />
              <Figure value={kappa?.observed ?? null} figure="observed" formats={formats} />
              <SpanCells scores={label === OVERALL ? pair.exact.overall : pair.exact.byLabel[label]} mode="exact" formats={formats} />
              <SpanCells scores={label === OVERALL ? pair.overlap.overall : pair.overlap.byLabel[label]} mode="overlap" formats={formats} />
            </tr>
          ))}
        </tbody>
      </table>
      <Reasons coefficients={kappas.map(([, kappa]) => kappa)} formats={formats} />
    </section>
  );
}

function chartData(report: AgreementReport, names: Map<number, string>, t: TFunction): KappaChartData {
  const series = report.pairs.map((pair, i) => ({
    key: `pair${i}`,
    name: t('agreement.pair.title', { first: names.get(pair.first) ?? pair.first, second: names.get(pair.second) ?? pair.second }),
  }));
  const rows = [...report.labels, OVERALL].map((label) => ({
    name: labelName(t, label),
    values: Object.fromEntries(
      report.pairs.map((pair, i) => [`pair${i}`, (label === OVERALL ? pair.kappa.overall : pair.kappa.byLabel[label])?.value ?? null]),
    ),
  }));
  return { rows, series };
}

/** Every figure of `report`, or a sentence saying why there is nothing to compare. */
export function AgreementView({ report, annotators, t, language }: { report: AgreementReport; annotators: AgreementAnnotatorRow[]; t: TFunction; language: string }) {
  const formats: Formats = {
    t,
    figure: new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
    count: new Intl.NumberFormat(language),
  };
  const people = new Map(annotators.map((annotator) => [annotator.id, annotator]));
  const names = new Map(annotators.map((annotator) => [annotator.id, annotator.displayName]));
  if (report.annotators.length === 0) {
    return (
      <p className="hint" data-agreement-empty="none">
        {t('agreement.noAnnotators')}
      </p>
    );
  }
  return (
    <div className="agreement">
      <p data-tokens={report.tokens}>
        {t('agreement.annotatorsLine', {
          names: report.annotators.map((id) => names.get(id) ?? String(id)).join(', '),
          tokens: formats.count.format(report.tokens),
        })}
      </p>
      {report.pairs.length === 0 ? (
        <p className="hint" data-agreement-empty="one">
          {t('agreement.onlyOneAnnotator')}
        </p>
      ) : (
        <>
          <h2>{t('agreement.chart.title')}</h2>
          <KappaChart data={chartData(report, names, t)} />
          <h2>{t('agreement.pairs')}</h2>
          {report.pairs.map((pair) => (
            <PairTable key={`${pair.first}-${pair.second}`} pair={pair} report={report} people={people} formats={formats} />
          ))}
        </>
      )}
      <h2>{t('agreement.alphaTitle')}</h2>
      <AlphaTable report={report} formats={formats} />
      <details className="agreement-method">
        <summary>{t('agreement.method.title')}</summary>
        <p>{t('agreement.method.tokens')}</p>
        <p>{t('agreement.method.kappa')}</p>
        <p>{t('agreement.method.alpha')}</p>
        <p>{t('agreement.method.spans')}</p>
        <p>{t('agreement.method.layers')}</p>
      </details>
    </div>
  );
}
