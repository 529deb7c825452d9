import { useState } from 'react';
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';
import { fieldErrors, FIELDS, fieldId, itemLabel, LIST_NAMES } from './fields';
import { IdInput, ListInput, SelectInput, TextInput } from './inputs';
import { deriveId, idsOf, removeItem, renameId, updateItem, usesOf, type AnyItem, type List } from './operations';
import { useEditor } from './editorStore';

/** Delete, asking first when something still refers to the item, and naming what does. */
export function DeleteButton({ dataset, list, index, onDeleted }: { dataset: Dataset; list: List; index: number; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const item = (dataset[list] as AnyItem[])[index];
  const uses = usesOf(dataset, list, item.id);
  const remove = () => {
    useEditor.getState().edit(removeItem(dataset, list, index));
    setAsking(false);
    onDeleted();
  };
  if (!asking) {
    return (
      <button type="button" className="small-button danger" onClick={() => (uses.length ? setAsking(true) : remove())}>
        Delete this {LIST_NAMES[list].one}
      </button>
    );
  }
  const named = uses.slice(0, 6).map((u) => (u.list === 'statements' ? itemLabel(dataset, 'statements', dataset.statements[u.index]) : `${LIST_NAMES[u.list as List].one} ${u.id}`));
  return (
    <div className="edit-confirm" role="alertdialog" aria-label={`Delete ${itemLabel(dataset, list, item)}?`}>
      <p>
        <strong>{itemLabel(dataset, list, item)}</strong> is used {uses.length === 1 ? 'once' : `${uses.length} times`}; after deleting it, these are listed as problems until you change them:
      </p>
      <ul>
        {named.map((line, i) => <li key={i}>{line}</li>)}
        {uses.length > named.length && <li>and {uses.length - named.length} more</li>}
      </ul>
      <button type="button" className="small-button danger" onClick={remove}>Delete anyway</button>{' '}
      <button type="button" className="small-button" onClick={() => setAsking(false)}>Keep it</button>
    </div>
  );
}

type Props = { dataset: Dataset; list: Exclude<List, 'statements'>; index: number; problems: Problem[]; fresh: boolean; onDeleted: () => void };

/** The form of one actor, person, source or stance. A fresh item's id follows its name until the author edits the id. */
export function ItemForm({ dataset, list, index, problems, fresh, onDeleted }: Props) {
  const item = (dataset[list] as AnyItem[])[index] as Record<string, string | undefined> & AnyItem;
  const lists = item as unknown as Record<string, string[] | undefined>;
  const errors = fieldErrors(problems, list, index);
  const { edit } = useEditor.getState();
  const set = (key: string, value: string) => edit(updateItem(dataset, list, index, { [key]: value }), `${list}.${index}.${key}`);
  return (
    <div className="edit-form">
      {FIELDS[list].map((field) => {
        const common = { id: fieldId(list, field.key), label: field.label, hint: field.hint, error: errors.get(field.key) };
        const value = item[field.key] ?? '';
        switch (field.input) {
          case 'id':
            return <IdInput key={field.key} {...common} value={item.id} taken={idsOf(dataset, list)} onRename={(to) => edit(renameId(dataset, list, item.id, to))} />;
          case 'select':
            return <SelectInput key={field.key} {...common} value={value} choices={field.choices!(dataset)} optional={field.optional ? '(not given)' : undefined} onChange={(v) => set(field.key, v)} />;
          case 'list':
            return <ListInput key={field.key} {...common} value={lists[field.key]} onChange={(v) => edit(updateItem(dataset, list, index, { [field.key]: v }), `${list}.${index}.${field.key}`)} />;
          case 'readonly':
            return value ? <TextInput key={field.key} {...common} value={value} readOnly onChange={() => undefined} /> : null;
          default:
            return (
              <TextInput
                key={field.key}
                {...common}
                value={value}
                multiline={field.input === 'textarea'}
                type={field.input === 'textarea' ? undefined : field.input}
                onChange={(v) => {
                  // The first field names the item; while it is fresh, its id is derived from it.
                  if (fresh && field.key === FIELDS[list][0].key) {
                    const to = deriveId(v, idsOf(dataset, list).filter((other) => other !== item.id));
                    edit(renameId(updateItem(dataset, list, index, { [field.key]: v }), list, item.id, to), `${list}.${index}.${field.key}`);
                  } else set(field.key, v);
                }}
              />
            );
        }
      })}
      <DeleteButton dataset={dataset} list={list} index={index} onDeleted={onDeleted} />
    </div>
  );
}
