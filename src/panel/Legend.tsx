import { useId, useMemo, useState } from 'react';
import { stanceCounts } from '../model/filter';
import type { Index } from '../model/relations';
import { KIND_LABEL } from '../model/format';
import { TONE_STYLE } from '../model/tones';
import { TONES } from '../model/vocabulary';
import { useStore } from '../store/useStore';
import { ToneSwatch } from './ToneSwatch';

/** The key to the map, and its stance filter: a stance toggles alone, a tone toggles its group. */
export function Legend({ index }: { index: Index }) {
  const hidden = useStore((s) => s.hiddenStances);
  const asOf = useStore((s) => s.asOf);
  const { toggleStance, setStancesHidden } = useStore.getState();
  const counts = useMemo(() => stanceCounts(index, asOf), [index, asOf]);
  const stances = index.dataset.stances;
  const kinds = [...new Set(index.dataset.actors.map((a) => a.kind))];
  const shown = stances.length - hidden.length;
  const status = shown === stances.length ? 'all shown' : `${shown} of ${stances.length} shown`;
  // On narrow screens the legend folds away under its heading (styles.css); wide screens always show it.
  const [open, setOpen] = useState(false);
  const body = useId();
  // Arrows (one per pair) whose every stance rests on a target the editors inferred.
  const inferred = [...index.pairs.values()].filter((pair) => pair.relations.every((r) => r.inferred)).length;

  return (
    <section className="legend" aria-labelledby="legend-heading" data-open={open}>
      <div className="legend-head">
        <h2 id="legend-heading">
          <button type="button" className="legend-disclosure" aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
            <span aria-hidden="true" className="disclosure-mark" />
            Stances <span className="count">· {status}</span>
          </button>
          <span className="legend-title">Stances</span>
        </h2>
        <span className="count legend-status">{status}</span>
        {hidden.length > 0 && (
          <button type="button" className="link-button inline" onClick={() => setStancesHidden(hidden, false)}>Show all</button>
        )}
      </div>
      <div className="legend-body" id={body}>
      {TONES.map((tone) => {
        const group = stances.filter((s) => s.tone === tone);
        if (!group.length) return null;
        const off = group.filter((s) => hidden.includes(s.id)).length;
        return (
          <div key={tone} className="legend-tone">
            <button
              type="button"
              className="tone-toggle"
              aria-pressed={off === 0 ? true : off === group.length ? false : 'mixed'}
              onClick={() => setStancesHidden(group.map((s) => s.id), off === 0)}
            >
              <ToneSwatch tone={tone} /> {TONE_STYLE[tone].label}
            </button>
            <ul>
              {group.map((stance) => (
                <li key={stance.id}>
                  <button type="button" className="stance-toggle" aria-pressed={!hidden.includes(stance.id)} onClick={() => toggleStance(stance.id)} title={stance.description}>
                    <span className="check" aria-hidden="true" />
                    <span className="stance-label">{stance.label}</span>
                    <span className="count">{counts.get(stance.id) ?? 0}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <ul className="legend-kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`kind-icon kind-${kind}`} aria-hidden="true" /> {KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      <p className="legend-mixed">
        <ToneSwatch tone="mixed" /> Stances of several tones on one arrow
      </p>
      <p className="legend-note">
        Arrows run from the actor who spoke to the actor spoken about, one per pair, listing its stances; thicker lines carry more remarks (a remark
        reported in two wordings counts once; one whose target the editors inferred adds nothing beside remarks that name it). Select an arrow to draw one per stance.
      </p>
      {inferred > 0 && (
        <p className="legend-note legend-inferred">
          <span className="inferred-tag"><span aria-hidden="true">◌ </span>Inferred arrows</span> ({inferred}), drawn with a hollow head and marked “(inferred)”:
          the source names no target; the editors read it in, and each statement says why.
        </p>
      )}
      </div>
    </section>
  );
}
