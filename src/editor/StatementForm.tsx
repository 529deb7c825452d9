// A statement's fields. The quote is never typed when its source has an archived text: it comes
// from a selection in that text (SourcePane), so it is the source's words by construction.
import type { Dataset, Statement, Target } from '../model/schema';
import { MODES } from '../model/vocabulary';
import { targetId } from '../model/provenance';
import { actorChoices, fieldId } from './fields';
import { IdInput, SelectInput, TextInput } from './inputs';

type Props = {
  dataset: Dataset;
  statement: Statement;
  errors: Map<string, string>;
  onChange: (patch: Partial<Statement>, key: string) => void;
  onRename?: (to: string) => void;
  /** Opens the source text to take a new quote for this statement from a selection. */
  onRequote?: () => void;
  taken: string[];
};

const dayOf = (date: Statement['date']) => (typeof date === 'object' ? date.day : (date ?? ''));
const whyOf = (date: Statement['date']) => (typeof date === 'object' ? date.inferred : '');
const withDay = (day: string, why: string): Statement['date'] => (!day ? undefined : why ? { day, inferred: why } : day);

function Targets({ dataset, statement, errors, onChange }: Omit<Props, 'onRename' | 'taken'>) {
  const chosen = new Map(statement.targets.map((t) => [targetId(t), t]));
  const set = (targets: Target[]) => onChange({ targets }, 'targets');
  const toggle = (id: string, on: boolean) => set(on ? [...statement.targets, id] : statement.targets.filter((t) => targetId(t) !== id));
  const infer = (id: string, why: string | null) => set(statement.targets.map((t) => (targetId(t) !== id ? t : why === null ? id : { id, inferred: why })));
  const error = errors.get('targets');
  return (
    <fieldset className={`edit-field edit-targets${error ? ' has-error' : ''}`} id={fieldId('statements', 'targets')} tabIndex={-1}>
      <legend>About whom (targets)</legend>
      {error && <p className="edit-error">{error}</p>}
      {dataset.actors.filter((a) => a.id !== statement.actor).map((actor) => {
        const target = chosen.get(actor.id);
        const inferred = typeof target === 'object';
        return (
          <div key={actor.id} className="edit-target">
            <label>
              <input type="checkbox" checked={!!target} onChange={(event) => toggle(actor.id, event.target.checked)} /> {actor.name}
            </label>
            {target && (
              <label className="edit-inline">
                <input type="checkbox" checked={inferred} onChange={(event) => infer(actor.id, event.target.checked ? '' : null)} /> the source does not name it (the editors infer it)
              </label>
            )}
            {inferred && (
              <TextInput id={`${fieldId('statements', 'targets')}-${actor.id}`} label="Why the editors read it into the remark" value={target.inferred} onChange={(why) => infer(actor.id, why)} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export function StatementForm({ dataset, statement, errors, onChange, onRename, onRequote, taken }: Props) {
  const source = dataset.sources.find((s) => s.id === statement.source);
  const anchored = !!source?.archive;
  const common = (key: string, label: string, hint?: string) => ({ id: fieldId('statements', key), label, hint, error: errors.get(key) });
  // Until an actor is chosen every person is offered, and choosing one sets the actor they speak for.
  const people = dataset.people.filter((p) => !statement.actor || p.actor === statement.actor).map((p) => ({ value: p.id, label: `${p.name}, ${p.role}` }));
  const speakFor = (speaker: string) => ({ speaker: speaker || undefined, ...(speaker ? { actor: dataset.people.find((p) => p.id === speaker)?.actor ?? statement.actor } : {}) });
  const day = dayOf(statement.date);
  return (
    <div className="edit-form">
      <div className="edit-quote" id={fieldId('statements', 'quote')} tabIndex={-1}>
        <p className="edit-label">Quote{anchored ? ', from the archived text' : ''}</p>
        {anchored ? (
          <blockquote>{statement.quote}</blockquote>
        ) : (
          <TextInput {...common('quote', 'The source’s exact words', 'This source has no archived text, so the quote cannot be checked: add its text under Sources to anchor it')} multiline value={statement.quote} onChange={(quote) => onChange({ quote }, 'quote')} />
        )}
        {anchored && errors.get('quote') && <p className="edit-error">{errors.get('quote')}</p>}
        {anchored && (
          <p className="edit-hint">
            {statement.occurrence ? `Occurrence ${statement.occurrence} of these words in the text. ` : ''}
            {onRequote ? <button type="button" className="small-button" onClick={onRequote}>Take another quote from the source…</button> : 'To change it, select other words in the source text.'}
          </p>
        )}
      </div>
      <SelectInput {...common('speaker', 'Speaker')} value={statement.speaker ?? ''} choices={people} optional="(the institution speaks; no person named)" onChange={(speaker) => onChange(speakFor(speaker), 'speaker')} />
      <SelectInput {...common('actor', 'Said by (actor)')} value={statement.actor} choices={actorChoices(dataset)} onChange={(actor) => onChange({ actor, speaker: undefined }, 'actor')} />
      <Targets dataset={dataset} statement={statement} errors={errors} onChange={onChange} />
      <SelectInput {...common('stance', 'Stance')} value={statement.stance} choices={dataset.stances.map((s) => ({ value: s.id, label: `${s.label} (${s.tone})` }))} onChange={(stance) => onChange({ stance }, 'stance')} />
      <SelectInput {...common('mode', 'Mode', 'Direct: the speaker’s own words in quotation marks; reported: the source’s paraphrase')} value={statement.mode} choices={MODES.map((m) => ({ value: m, label: m }))} onChange={(mode) => onChange({ mode: mode as Statement['mode'] }, 'mode')} />
      <TextInput {...common('date', 'Said on', 'The day the words were said, not the publication day; leave empty when the source does not say')} type="date" value={day} onChange={(d) => onChange({ date: withDay(d, whyOf(statement.date)) }, 'date')} />
      {day && <TextInput id={`${fieldId('statements', 'date')}-why`} label="If the source does not state this day: why the editors give it" value={whyOf(statement.date)} onChange={(why) => onChange({ date: withDay(day, why) }, 'date-why')} />}
      <SelectInput {...common('source', 'Source')} value={statement.source} choices={dataset.sources.map((s) => ({ value: s.id, label: `${s.publisher}, ${s.published}` }))} onChange={(s) => onChange({ source: s }, 'source')} />
      <TextInput {...common('via', 'Through', 'The channel, e.g. "official readout"')} value={statement.via ?? ''} onChange={(via) => onChange({ via }, 'via')} />
      <TextInput {...common('translation', 'Translation', 'Who rendered the words into this language, as far as the source says')} value={statement.translation ?? ''} onChange={(translation) => onChange({ translation }, 'translation')} />
      <TextInput {...common('remark', 'Remark id', 'Give two wordings of one remark the same remark id: it is counted once')} value={statement.remark ?? ''} onChange={(remark) => onChange({ remark }, 'remark')} />
      <TextInput {...common('context', 'Context')} multiline value={statement.context ?? ''} onChange={(context) => onChange({ context }, 'context')} />
      {onRename && <IdInput {...common('id', 'Id', 'Used in permalinks to this quote')} value={statement.id} taken={taken} onRename={onRename} />}
    </div>
  );
}
