// Concordance lines as a table: left context right-aligned against the hit, right context
// left-aligned after it, in a monospace font so the hits form one column; English beside.
import type { TFunction } from 'i18next';
import Link from 'next/link';
import type { ConcordanceLine } from '@/lib/research/concordance/build-concordance-lines';

function lineHref(line: ConcordanceLine, canAnnotate: boolean): string {
  const base = `/documents/${encodeURIComponent(line.slug)}`;
  if (canAnnotate) return `${base}/annotate?at=${line.start}-${line.end}`;
  return line.sentenceId === null ? base : `${base}/translate#unit-${line.sentenceId}`;
}

export function ConcordanceTable({
  t,
  lines,
  canAnnotate,
  sortHref,
}: {
  t: TFunction;
  lines: ConcordanceLine[];
  canAnnotate: boolean;
  sortHref: (sort: 'position' | 'left' | 'right') => string;
}) {
  return (
    <div className="kwic-scroll">
      <table className="kwic">
        <thead>
          <tr>
            <th scope="col">
              <Link href={sortHref('position')}>{t('concordance.columns.document')}</Link>
            </th>
            <th scope="col" className="kwic-left">
              <Link href={sortHref('left')}>{t('concordance.columns.left')}</Link>
            </th>
            <th scope="col" className="kwic-hit">
              {t('concordance.columns.hit')}
            </th>
            <th scope="col" className="kwic-right">
              <Link href={sortHref('right')}>{t('concordance.columns.right')}</Link>
            </th>
            <th scope="col">{t('concordance.columns.english')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.documentId}-${line.start}-${line.end}-${line.annotationId ?? ''}`}>
              <td className="kwic-doc" title={line.title}>
                {line.title}
                {line.layer !== null && <span className="kwic-layer">{line.layer}</span>}
              </td>
              <td className="kwic-left" lang="id">
                {line.left}
              </td>
              <td className="kwic-hit" lang="id">
                <Link href={lineHref(line, canAnnotate)}>{line.hit}</Link>
              </td>
              <td className="kwic-right" lang="id">
                {line.right}
              </td>
              <td className="kwic-english" lang="en">
                {line.english ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
