import type { Problem } from '../model/problems';
import type { Dataset } from '../model/schema';
import { useStore } from '../store/useStore';
import { useEditor } from './editorStore';
import { DeleteButton, ItemForm } from './ItemForm';
import { errorsByItem, itemLabel, LIST_NAMES } from './fields';
import { addActor, addItem, deriveId, idsOf, renameId, updateItem, type AnyItem, type List } from './operations';
import { StatementForm } from './StatementForm';

/** A new, empty item: its required fields are blank, so the validator lists them until the author fills them in. */
function blank(dataset: Dataset, list: Exclude<List, 'statements'>): Dataset {
  const id = deriveId(`new ${LIST_NAMES[list].one}`, idsOf(dataset, list));
  switch (list) {
    case 'actors':
      return addActor(dataset, { id, name: '', kind: 'state' });
    case 'people':
      return addItem(dataset, 'people', { id, name: '', role: '', actor: '' });
    case 'sources':
      return addItem(dataset, 'sources', { id, publisher: '', url: '', published: '' });
    case 'stances':
      return addItem(dataset, 'stances', { id, label: '', tone: 'neutral' });
  }
}

type Props = {
  dataset: Dataset;
  list: List;
  problems: Problem[];
  selected: number;
  onSelect: (index: number) => void;
  /** The item added last in this tab: its id follows its name until the id is edited. */
  fresh: number | null;
  onAdded: (index: number) => void;
  /** To the source text: for a new statement, or (with its index) for another quote of this one. */
  onQuote: (statement?: number) => void;
};

export function ListTab({ dataset, list, problems, selected, onSelect, fresh, onAdded, onQuote }: Props) {
  const items = dataset[list] as AnyItem[];
  const { edit } = useEditor.getState();
  const index = Math.min(selected, items.length - 1);
  const byItem = errorsByItem(problems, list);
  const errorCount = (i: number) => byItem.get(i)?.size ?? 0;
  const add = () => {
    if (list === 'statements') return onQuote();
    edit(blank(dataset, list));
    onAdded(items.length);
  };
  const statement = list === 'statements' && index >= 0 ? dataset.statements[index] : null;
  return (
    <div className="edit-list">
      <div className="edit-items">
        <button type="button" className="small-button" onClick={add}>{list === 'statements' ? 'New statement from the source text…' : `Add ${LIST_NAMES[list].one}`}</button>
        <ul aria-label={LIST_NAMES[list].plural}>
          {items.map((item, i) => (
            <li key={i}>
              <button type="button" aria-current={i === index ? 'true' : undefined} onClick={() => onSelect(i)}>
                {itemLabel(dataset, list, item) || <em>(unnamed)</em>}
                {errorCount(i) > 0 && <span className="edit-badge" aria-label={`${errorCount(i)} problems`}>!</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {index >= 0 && statement && (
        <div className="edit-item">
          <p className="edit-actions">
            <button type="button" className="small-button" onClick={() => useStore.getState().selectStatement(statement.id)}>Show on the map</button>
          </p>
          <StatementForm
            dataset={dataset}
            statement={statement}
            errors={byItem.get(index) ?? new Map()}
            taken={idsOf(dataset, 'statements')}
            onChange={(patch, key) => edit(updateItem(dataset, 'statements', index, patch), `statements.${index}.${key}`)}
            onRename={(to) => edit(renameId(dataset, 'statements', statement.id, to))}
            onRequote={() => onQuote(index)}
          />
          <DeleteButton dataset={dataset} list="statements" index={index} onDeleted={() => onSelect(Math.max(0, index - 1))} />
        </div>
      )}
      {index >= 0 && list !== 'statements' && (
        <div className="edit-item">
          <ItemForm dataset={dataset} list={list} index={index} problems={problems} fresh={fresh === index} onDeleted={() => onSelect(Math.max(0, index - 1))} />
        </div>
      )}
    </div>
  );
}
