import type { Problem } from '../model/problems';
import type { Dataset } from '../model/schema';
import { useEditor } from './editorStore';
import { fieldId } from './fields';
import { TextInput } from './inputs';
import { updateMeta, type Meta } from './operations';

const FIELDS: { key: keyof Meta; label: string; multiline?: boolean; type?: 'date'; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description', multiline: true, hint: 'What the map covers and where its quotes come from' },
  { key: 'version', label: 'Version', hint: 'Optional, e.g. 1.2.0' },
  { key: 'updated', label: 'Updated', type: 'date', hint: 'Optional: the day the map was last revised' },
];

/** The map's own fields: title, description, version and the day it was updated. */
export function MetaForm({ dataset, problems }: { dataset: Dataset; problems: Problem[] }) {
  const edit = useEditor((s) => s.edit);
  const error = (key: string) => problems.find((p) => p.level === 'error' && p.path === key)?.message;
  return (
    <div className="edit-form edit-meta">
      {FIELDS.map(({ key, ...field }) => (
        <TextInput key={key} id={fieldId('meta', key)} {...field} error={error(key)} value={dataset[key] ?? ''} onChange={(value) => edit(updateMeta(dataset, { [key]: value }), `meta.${key}`)} />
      ))}
    </div>
  );
}
