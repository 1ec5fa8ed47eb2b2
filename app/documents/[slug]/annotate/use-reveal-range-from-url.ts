'use client';
// Opens the editor on `?at=<start>-<end>` (a link from search or the concordance): once the editor
// exists, the range is selected and scrolled into the middle of the view.
import { useEffect } from 'react';
import type { AnnotationEditor } from '@/lib/editor/annotation-editor';
import { parseTextRangeParam } from '@/lib/research/search/parse-text-range-param';

export function useRevealRangeFromUrl(editor: AnnotationEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const range = parseTextRangeParam(new URLSearchParams(window.location.search).get('at'));
    if (!range) return;
    // Focus first (without scrolling), so the selection is drawn and stays where the range is.
    editor.focus();
    editor.revealRange(range);
  }, [editor]);
}
