'use client';
// Renders reader blocks as plain text (never as HTML): headings, paragraphs, lists, footnotes
// apart, page furniture behind a toggle, and the raw lines of a block on click.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderBlock } from '@/lib/reader/build-reader-view';
import { BlockText } from './block-text';

function BlockElement({ block }: { block: ReaderBlock }) {
  const content = <BlockText pieces={block.pieces} />;
  if (block.kind === 'heading') {
    return block.level === 1 ? <h1>{content}</h1> : block.level === 2 ? <h2>{content}</h2> : <h3>{content}</h3>;
  }
  if (block.kind === 'list_item') return <div className="list-item">{content}</div>;
  if (block.kind === 'table') return <pre className="table-block">{content}</pre>;
  if (block.kind === 'caption') return <p className="caption">{content}</p>;
  if (block.kind === 'page_furniture') return <p className="furniture">{content}</p>;
  return <p>{content}</p>;
}

function RawLines({ block }: { block: ReaderBlock }) {
  const { t } = useTranslation();
  return (
    <figure className="raw-lines">
      <figcaption>{t('reader.rawLines', { from: block.rawFromLine, to: block.rawToLine })}</figcaption>
      <pre>{block.rawLines}</pre>
    </figure>
  );
}

export function DocumentReader({ blocks, dropCapCount }: { blocks: ReaderBlock[]; dropCapCount: number }) {
  const { t } = useTranslation();
  const [showFurniture, setShowFurniture] = useState(false);
  const [openRaw, setOpenRaw] = useState<number | null>(null);
  const toggleRaw = (id: number) => setOpenRaw(openRaw === id ? null : id);
  const body = blocks.filter((b) => b.kind !== 'footnote' && (showFurniture || b.kind !== 'page_furniture'));
  const footnotes = blocks.filter((b) => b.kind === 'footnote');
  const renderBlock = (block: ReaderBlock) => (
    <div
      key={block.id}
      id={block.kind === 'footnote' ? `block-${block.id}` : undefined}
      className={`block block-${block.kind}${openRaw === block.id ? ' raw-open' : ''}`}
      data-kind={block.kind}
      lang={block.language}
      title={`${t(`reader.kinds.${block.kind}`)} · ${t('reader.rawLines', { from: block.rawFromLine, to: block.rawToLine })}\n${block.rawLines}`}
      role="button"
      tabIndex={0}
      aria-expanded={openRaw === block.id}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        toggleRaw(block.id);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        toggleRaw(block.id);
      }}
    >
      {block.kind === 'footnote' && <span className="footnote-label">{block.footnoteLabel}</span>}
      <BlockElement block={block} />
      {openRaw === block.id && <RawLines block={block} />}
    </div>
  );
  return (
    <>
      <div className="reader-tools">
        <button type="button" onClick={() => setShowFurniture(!showFurniture)} aria-pressed={showFurniture}>
          {showFurniture ? t('reader.hideFurniture') : t('reader.showFurniture')}
        </button>
        {dropCapCount > 0 && <span className="hint">{t('reader.dropCapCount', { count: dropCapCount })}</span>}
        <span className="hint">{t('reader.showRaw')}</span>
      </div>
      <div className="reader-body" lang="id">
        {body.map(renderBlock)}
      </div>
      {footnotes.length > 0 && (
        <aside className="footnotes" lang="id">
          <h2>{t('reader.footnotes')}</h2>
          {footnotes.map(renderBlock)}
        </aside>
      )}
    </>
  );
}
