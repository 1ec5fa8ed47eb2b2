'use client';
// The dashboard's charts (recharts, in the browser): annotations per label and status, units per
// translation status, and each person's running total by day. The numbers are in tables under
// each chart, rendered by the server page.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ANNOTATION_STATUSES } from '@/lib/annotations/types';
import type { LabelCount } from '@/lib/research/dashboard/count-annotations-by-label';
import type { UnitStatusCounts } from '@/lib/research/dashboard/count-units-by-status';
import { cumulativeSeries, type ProgressOverTime } from '@/lib/research/dashboard/progress-over-time';
import { UNIT_STATUSES } from '@/lib/translation/unit-status';

const STATUS_COLORS: Record<string, string> = {
  suggested: '#fab005',
  accepted: '#2f9e44',
  rejected: '#adb5bd',
  new: '#dee2e6',
  draft: '#ffd43b',
  translated: '#69db7c',
  reviewed: '#4dabf7',
  approved: '#1864ab',
};
const PERSON_COLORS = ['#1971c2', '#d9480f', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c940d'];
const HEIGHT = 260;

function useNumber() {
  const { i18n } = useTranslation();
  return useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
}

export function LabelChart({ counts }: { counts: LabelCount[] }) {
  const { t } = useTranslation();
  const number = useNumber();
  const data = counts.map((row) => ({ ...row, name: t(`annotate.labels.${row.label}`, { defaultValue: row.label }) }));
  return (
    <div className="dashboard-chart" role="img" aria-label={t('research.dashboard.labelsChart')}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => number.format(v)} />
          <Tooltip formatter={(v) => number.format(Number(v))} />
          <Legend />
          {ANNOTATION_STATUSES.map((status) => (
            <Bar key={status} dataKey={status} name={t(`annotate.status.${status}`)} stackId="status" fill={STATUS_COLORS[status]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function UnitStatusChart({ counts }: { counts: UnitStatusCounts }) {
  const { t } = useTranslation();
  const number = useNumber();
  const data = UNIT_STATUSES.map((status) => ({ status, name: t(`translate.status.${status}`), units: counts[status], fill: STATUS_COLORS[status] ?? '#1971c2' }));
  return (
    <div className="dashboard-chart" role="img" aria-label={t('research.dashboard.unitsChart')}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => number.format(v)} />
          <Tooltip formatter={(v) => number.format(Number(v))} />
          <Bar dataKey="units" name={t('research.dashboard.units')} isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.status} fill={entry.fill} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ProgressChart({ progress, label }: { progress: ProgressOverTime; label: string }) {
  const { t } = useTranslation();
  const number = useNumber();
  const data = useMemo(() => cumulativeSeries(progress), [progress]);
  if (progress.rows.length === 0) return <p className="hint">{t('research.dashboard.noProgress')}</p>;
  return (
    <div className="dashboard-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => number.format(v)} />
          <Tooltip formatter={(v) => number.format(Number(v))} />
          <Legend />
          {progress.people.map((person, index) => (
            <Line
              key={person.userId}
              type="stepAfter"
              dataKey={`u${person.userId}`}
              name={person.name}
              stroke={PERSON_COLORS[index % PERSON_COLORS.length]}
              dot
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
