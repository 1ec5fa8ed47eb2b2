'use client';
// The text of one block, with suspected drop caps and footnote references marked.
import { useTranslation } from 'react-i18next';
import type { ReaderPiece } from '@/lib/reader/build-reader-view';

export function BlockText({ pieces }: { pieces: ReaderPiece[] }) {
  const { t } = useTranslation();
  return (
    <>
      {pieces.map((piece, index) => {
        if (piece.type === 'text') return <span key={index}>{piece.text}</span>;
        if (piece.type === 'dropCap') {
          const label = piece.hint ? t('reader.dropCapHint', { hint: piece.hint }) : t('reader.dropCapSuspected');
          return (
            <mark key={index} className="drop-cap" title={label} aria-label={`${piece.text} — ${label}`}>
              {piece.text}
            </mark>
          );
        }
        return (
          <sup key={index} className="footnote-ref">
            {piece.target === null ? (
              piece.label
            ) : (
              <a href={`#block-${piece.target}`} aria-label={t('reader.footnoteRef', { label: piece.label })}>
                {piece.label}
              </a>
            )}
          </sup>
        );
      })}
    </>
  );
}
