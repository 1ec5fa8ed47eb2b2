// Helpers for driving the annotation editor in Chromium: select a phrase as a user would (a DOM
// selection inside the editor, which ProseMirror reads), and read what is drawn.
import type { Page } from 'playwright-core';

/**
 * Finds `phrase` in the editor's text (footnote markers skipped), its first appearance after the
 * text `after`, and either selects it (a DOM selection, which ProseMirror reads) or answers the
 * point inside its first letter (to click there).
 */
function locateInEditor(page: Page, phrase: string, after: string, mode: 'select' | 'point'): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ phrase, after, mode }) => {
      const root = document.querySelector('.annotation-editor') as HTMLElement | null;
      if (!root) throw new Error('no editor');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.ed-footnote-ref') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Array<{ node: Text; at: number }> = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, at: text.length });
        text += node.textContent ?? '';
      }
      const context = after ? text.indexOf(after) : 0;
      const start = context < 0 ? -1 : text.indexOf(phrase, context + after.length);
      if (start < 0) throw new Error(`"${phrase}" not in the editor after "${after}"`);
      const locate = (offset: number, preferEnd: boolean) => {
        const found = nodes.filter((n) => n.at <= offset && offset <= n.at + (n.node.textContent ?? '').length);
        const hit = preferEnd ? found[0] : found[found.length - 1];
        if (!hit) throw new Error(`offset ${offset} not found`);
        return { node: hit.node, offset: offset - hit.at };
      };
      const from = locate(start, false);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      if (mode === 'point') {
        range.setEnd(from.node, from.offset + 1);
        from.node.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 1, y: rect.top + rect.height / 2 };
      }
      const to = locate(start + phrase.length, true);
      range.setEnd(to.node, to.offset);
      root.focus();
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return null;
    },
    { phrase, after, mode },
  );
}

/**
 * Selects `phrase` in the editor's text (footnote markers skipped): its first appearance, or the
 * first one after the text `after`.
 */
export async function selectInEditor(page: Page, phrase: string, after = ''): Promise<void> {
  await locateInEditor(page, phrase, after, 'select');
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(50);
}

/** Text of every drawn annotation of a label, in document order. */
export function drawnTexts(page: Page, label: string): Promise<string[]> {
  return page.evaluate((label) => {
    const seen = new Map<string, string>();
    for (const element of document.querySelectorAll(`.annotation-editor [data-label="${label}"]`)) {
      const id = element.getAttribute('data-annotation-id') ?? '';
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.ed-footnote-ref').forEach((sup) => sup.remove());
      seen.set(id, (seen.get(id) ?? '') + (clone.textContent ?? ''));
    }
    return [...seen.values()];
  }, label);
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-sync-state="saved"]').waitFor();
}

/** Clicks just inside the first letter of `word` (its first appearance after `after`), as a user places the caret. */
export async function clickBeforeWord(page: Page, word: string, after = ''): Promise<void> {
  const point = await locateInEditor(page, word, after, 'point');
  if (!point) throw new Error(`no point for "${word}"`);
  await page.mouse.click(point.x, point.y);
}
