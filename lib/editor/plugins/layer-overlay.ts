// Draws other people's layers (revealed by a reviewer) over the text: read-only inline
// decorations, one style per layer, that carry no annotation id, so clicks, keys and the own
// layer's decorations never see them. The set is rebuilt only when the revealed layers change.
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { OffsetIndex } from '../offset-index';

export interface OverlaySpan {
  id: string;
  label: string;
  start: number;
  end: number;
  /** The tooltip: whose layer and which label, in the reader's language. */
  title: string;
}

export interface OverlayLayer {
  layerUserId: number;
  /** The style slot (colour and line style) of this layer. */
  slot: number;
  spans: OverlaySpan[];
}

/** How many distinct layer styles globals.css defines (`.layer-slot-0` …). */
export const LAYER_STYLE_SLOTS = 4;

const key = new PluginKey<DecorationSet>('layerOverlay');

function decorationsOf(layers: readonly OverlayLayer[], index: OffsetIndex, doc: Transaction['doc']): DecorationSet {
  const decorations: Decoration[] = [];
  for (const layer of layers) {
    for (const span of layer.spans) {
      const range = index.rangeFromOffsets(span.start, span.end);
      if (!range) continue;
      decorations.push(
        Decoration.inline(range.from, range.to, {
          nodeName: 'span',
          class: `layer-ann layer-slot-${layer.slot % LAYER_STYLE_SLOTS}`,
          'data-layer': String(layer.layerUserId),
          'data-layer-label': span.label,
          title: span.title,
        }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/** The plugin; layers come in through `showLayers` transactions. */
export function layerOverlay(index: () => OffsetIndex): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const layers = tr.getMeta(key) as OverlayLayer[] | undefined;
        if (layers) return decorationsOf(layers, index(), tr.doc);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}

/** Replaces the revealed layers (an empty list hides them all). */
export function showLayers(tr: Transaction, layers: OverlayLayer[]): Transaction {
  return tr.setMeta(key, layers);
}
