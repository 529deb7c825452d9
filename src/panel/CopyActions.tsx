import { useEffect, useState } from 'react';
import { copyText } from './clipboard';

type Item = { label: string; done: string; text: () => string };

/** Buttons that copy a statement's link or citation, with a visible (and announced) confirmation. */
export function CopyActions({ items }: { items: Item[] }) {
  const [status, setStatus] = useState<{ message: string; fallback?: string } | null>(null);

  useEffect(() => {
    if (!status || status.fallback) return;
    const timer = window.setTimeout(() => setStatus(null), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async (item: Item) => {
    const text = item.text();
    setStatus((await copyText(text)) ? { message: item.done } : { message: 'Copying is blocked here; select the text and copy it:', fallback: text });
  };

  return (
    <div className="copy-actions">
      {items.map((item) => (
        <button key={item.label} type="button" className="small-button" onClick={() => void copy(item)}>
          {item.label}
        </button>
      ))}
      <span role="status" className="copy-status">
        {status && (status.fallback ? status.message : `✓ ${status.message}`)}
      </span>
      {status?.fallback && (
        <textarea className="copy-fallback" readOnly value={status.fallback} aria-label="Text to copy" onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
