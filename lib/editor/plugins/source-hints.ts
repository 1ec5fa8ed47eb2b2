// Marks what the import noticed in the source without changing it: footnote markers (removed from
// the text, shown as superscript widgets) and words that seem to have lost a drop cap.
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { OffsetIndex } from '../offset-index';

export interface SourceHints {
  footnoteRefs: Array<{ label: string; offset: number }>;
  dropCaps: Array<{ start: number; end: number; hint?: string }>;
  /** The tooltip of a drop-cap word, already translated. */
  dropCapTitle: (hint: string | undefined) => string;
}

const key = new PluginKey<DecorationSet>('sourceHints');

function footnoteWidget(label: string): () => HTMLElement {
  return () => {
    const sup = document.createElement('sup');
    sup.className = 'ed-footnote-ref';
    sup.textContent = label;
    sup.contentEditable = 'false';
    return sup;
  };
}

export function sourceHints(index: OffsetIndex, hints: SourceHints): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => {
        const decorations: Decoration[] = [];
        for (const ref of hints.footnoteRefs) {
          const pos = index.posFromOffset(ref.offset, 'end');
          if (pos !== null) decorations.push(Decoration.widget(pos, footnoteWidget(ref.label), { side: -1, key: `fn-${ref.label}-${ref.offset}`, ignoreSelection: true }));
        }
        for (const flag of hints.dropCaps) {
          const range = index.rangeFromOffsets(flag.start, flag.end);
          if (range) decorations.push(Decoration.inline(range.from, range.to, { class: 'ed-drop-cap', title: hints.dropCapTitle(flag.hint) }));
        }
        return DecorationSet.create(state.doc, decorations);
      },
      apply: (tr, set) => (tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}
