// The one modal dialog: the share dialog and the source reader. A native <dialog> (focus trap,
// Escape, the top layer) whose head stays in view while its body scrolls, so the close control is
// always reachable, and which a tap on the backdrop closes as readers expect on a phone.
import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  /** The dialog's own class, for its width and body styles. */
  className: string;
  /** The id of the heading inside `head` that names the dialog. */
  labelledBy: string;
  head: ReactNode;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
};

export function Modal({ className, labelledBy, head, closeLabel, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    element.addEventListener('close', onClose);
    return () => element.removeEventListener('close', onClose);
  }, [onClose]);

  // Back closes it, as readers expect on a phone: while it is open it has a history entry of its
  // own, at the same address, which closing by any other means takes back. Not inside a host's
  // frame, whose Back button belongs to the article.
  useEffect(() => {
    const element = dialog.current!;
    if (window.parent !== window) return;
    const ours = () => (window.history.state as { stancemapModal?: boolean } | null)?.stancemapModal === true;
    try {
      // StrictMode mounts twice: one entry.
      if (!ours()) window.history.pushState({ stancemapModal: true }, '');
    } catch {
      return;
    }
    const onPop = () => element.open && element.close();
    const onClosed = () => ours() && window.history.back();
    window.addEventListener('popstate', onPop);
    element.addEventListener('close', onClosed);
    return () => {
      window.removeEventListener('popstate', onPop);
      element.removeEventListener('close', onClosed);
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-labelledby={labelledBy}
      // The dialog's own box is all backdrop: its content sits in .modal-body, which fills it.
      onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
    >
      <div className="modal-body">
        <div className="modal-head">
          <div>{head}</div>
          <button type="button" className="close-button" onClick={() => dialog.current?.close()} aria-label={closeLabel}>
            ✕
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
