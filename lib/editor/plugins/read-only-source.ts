// Keeps the source text read-only while annotating: the view stays focusable and selectable (so a
// keyboard user can select with Shift+arrows) but no typing, paste, drop or cut reaches the text.
import { Plugin } from 'prosemirror-state';

const block = () => true;

export function readOnlySource(): Plugin {
  return new Plugin({
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleTextInput: block,
      handlePaste: block,
      handleDrop: block,
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
        cut: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
