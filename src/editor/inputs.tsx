// The editor's inputs. Every change goes straight into the dataset (the map follows as you type),
// keyed by its field so a run of typing is one undo step. Ids are the exception: renaming rewrites
// every reference, so an id is committed when the author leaves the field or presses Enter.
import { useState, type ReactNode } from 'react';
import { joinList, splitList, type Choice } from './fields';
import { useEditor } from './editorStore';

type Common = { id: string; label: string; hint?: string; error?: string };

function Labelled({ id, label, hint, error, children }: Common & { children: ReactNode }) {
  return (
    <div className={`edit-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && <p className="edit-error" id={`${id}-error`}>{error}</p>}
      {hint && <p className="edit-hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

const described = (id: string, hint?: string, error?: string) => [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;

type TextProps = Common & { value: string; onChange: (value: string) => void; multiline?: boolean; type?: 'text' | 'url' | 'date' | 'number'; readOnly?: boolean };

export function TextInput({ value, onChange, multiline, type = 'text', readOnly, ...common }: TextProps) {
  const seal = useEditor((s) => s.seal);
  const props = {
    id: common.id,
    value,
    readOnly,
    'aria-invalid': common.error ? true : undefined,
    'aria-describedby': described(common.id, common.hint, common.error),
    onBlur: seal,
  };
  return (
    <Labelled {...common}>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...props} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </Labelled>
  );
}

export function SelectInput({ value, onChange, choices, optional, ...common }: Common & { value: string; onChange: (value: string) => void; choices: Choice[]; optional?: string }) {
  const known = choices.some((c) => c.value === value);
  return (
    <Labelled {...common}>
      <select id={common.id} value={value} aria-invalid={common.error ? true : undefined} aria-describedby={described(common.id, common.hint, common.error)} onChange={(event) => onChange(event.target.value)}>
        {(optional !== undefined || !value) && <option value="">{optional ?? 'Choose…'}</option>}
        {/* A value the lists no longer hold (a deleted actor) stays visible, so the author sees what to fix. */}
        {value && !known && <option value={value}>{value} (unknown)</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    </Labelled>
  );
}

/** An id, committed on blur or Enter; `onRename` gets the new id only when it differs. */
export function IdInput({ value, onRename, taken, ...common }: Common & { value: string; onRename: (to: string) => void; taken: string[] }) {
  // What the author types, tagged with the id it started from: undo, redo or a rename from elsewhere shows at once.
  const [typed, setTyped] = useState({ from: value, text: value });
  const draft = typed.from === value ? typed.text : value;
  const setDraft = (text: string) => setTyped({ from: value, text });
  const clash = draft !== value && taken.includes(draft) ? `"${draft}" is already used; choose another id` : undefined;
  const commit = () => {
    if (draft && draft !== value && !clash) onRename(draft);
    else setDraft(value);
  };
  return (
    <Labelled {...common} error={clash ?? common.error}>
      <input
        id={common.id}
        value={draft}
        spellCheck={false}
        aria-describedby={described(common.id, common.hint, clash ?? common.error)}
        aria-invalid={clash || common.error ? true : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(value);
        }}
      />
    </Labelled>
  );
}

/** A list typed as text separated by ";". What the author types stays as typed (a trailing "; " included) while it means the same list. */
export function ListInput({ value, onChange, ...common }: Common & { value: readonly string[] | undefined; onChange: (value: string[] | undefined) => void }) {
  const joined = joinList(value);
  const [typed, setTyped] = useState({ from: joined, text: joined });
  return (
    <TextInput
      {...common}
      value={typed.from === joined ? typed.text : joined}
      onChange={(text) => {
        const parts = splitList(text);
        setTyped({ from: joinList(parts), text });
        onChange(parts);
      }}
    />
  );
}
