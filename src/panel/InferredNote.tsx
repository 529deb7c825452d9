import type { ReactNode } from 'react';

/** An editor's inference, marked in words and with a sign, never by colour alone. */
export function InferredNote({ label, children }: { label: string; children: ReactNode }) {
  return (
    <p className="meta inferred-note">
      <span className="inferred-tag"><span aria-hidden="true">◌ </span>{label}:</span> {children}
    </p>
  );
}
