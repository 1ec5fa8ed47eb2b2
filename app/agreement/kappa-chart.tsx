'use client';
// The agreement chart (recharts, in the browser): Cohen's kappa per label for each pair of
// annotators, one bar per pair. An undefined kappa draws no bar; the table under it says why.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface KappaChartData {
  /** One row per label and one for all labels: the row's name and each pair's kappa by series key. */
  rows: Array<{ name: string; values: Record<string, number | null> }>;
  series: Array<{ key: string; name: string }>;
}

const PAIR_COLORS = ['#1971c2', '#d9480f', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c940d'];

export function KappaChart({ data }: { data: KappaChartData }) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 }), [i18n.language]);
  const rows = useMemo(() => data.rows.map((row) => ({ name: row.name, ...row.values })), [data.rows]);
  return (
    <div className="agreement-chart" role="img" aria-label={t('agreement.chart.label')}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tickFormatter={(v: number) => number.format(v)} />
          <ReferenceLine y={0} stroke="#868e96" />
          <Tooltip formatter={(v) => (v === null || v === undefined ? t('agreement.notAvailable') : number.format(Number(v)))} />
          <Legend />
          {data.series.map((pair, i) => (
            <Bar key={pair.key} dataKey={pair.key} name={pair.name} fill={PAIR_COLORS[i % PAIR_COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
