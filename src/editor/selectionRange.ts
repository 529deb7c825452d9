// Where a DOM selection lies in an archived text. The text is drawn as elements that each carry the
// offset of their first character (data-at) and hold one run of the text, so a point in the DOM maps
// back to a character of the archive exactly, whatever the marks around it.
import type { Range } from '../model/anchor';

const runOf = (node: Node | null): HTMLElement | null => (node instanceof HTMLElement && node.matches('[data-at]') ? node : (node as Element | null)?.querySelector?.('[data-at]') ?? null);
const startOf = (run: HTMLElement) => Number(run.dataset.at);

function offsetAt(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-at]');
    return run && root.contains(run) ? startOf(run) + offset : null;
  }
  const children = node.childNodes;
  if (offset < children.length) {
    const run = runOf(children[offset]);
    if (run) return startOf(run);
  }
  // The point is after the last child: the end of the last run inside it.
  const runs = (node as Element).querySelectorAll<HTMLElement>('[data-at]');
  const last = runs[runs.length - 1];
  return last ? startOf(last) + (last.textContent ?? '').length : null;
}

/** The selection as a range of the text drawn in `root`, or null when it is empty or reaches outside. */
export function selectedRange(root: Element, selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed) return null;
  const start = offsetAt(root, range.startContainer, range.startOffset);
  const end = offsetAt(root, range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

/** True when the selection has at least one end inside `root` (a new selection there, or one leaving it). */
export const touches = (root: Element, selection: Selection | null): boolean =>
  !!selection && selection.rangeCount > 0 && (root.contains(selection.anchorNode) || root.contains(selection.focusNode));
