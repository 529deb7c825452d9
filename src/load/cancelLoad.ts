// The loading note's Cancel button, offered once a download has taken a moment: the early picture
// offers it before the app has started (app/earlyPicture.ts), the app while it loads (main.tsx).

const CANCEL_AFTER = 2000;

/** Arms the offer; the returned function withdraws it (the page that replaces the note takes the button too). */
export function offerCancel(container: ParentNode, abort: () => void): () => void {
  const timer = setTimeout(() => {
    const note = container.querySelector('.early-note, .boot');
    if (!note || note.querySelector('.cancel-load')) return;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'cancel-load', textContent: 'Cancel' });
    button.addEventListener('click', abort, { once: true });
    note.append(' ', button);
  }, CANCEL_AFTER);
  return () => clearTimeout(timer);
}
