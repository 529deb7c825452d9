import { TONES, type ActorKind } from '../model/schema';
import { TONE_STYLE } from '../theme/tones';
import { ToneSwatch } from './ToneSwatch';
import { KIND_LABEL } from './format';

/** How to read the map: line colour and style by tone, shape by kind of actor. */
export function Legend({ kinds }: { kinds: ActorKind[] }) {
  return (
    <div className="legend" aria-label="Legend">
      <ul>
        {TONES.map((tone) => (
          <li key={tone}>
            <ToneSwatch tone={tone} /> {TONE_STYLE[tone].label}
          </li>
        ))}
      </ul>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`kind-icon kind-${kind}`} aria-hidden="true" /> {KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      <p>Arrows point from the actor who spoke to the actor spoken about; thicker lines carry more statements.</p>
    </div>
  );
}
