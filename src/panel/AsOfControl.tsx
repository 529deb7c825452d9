import { useMemo } from 'react';
import { dateRange } from '../model/filter';
import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';
import { formatDay } from '../model/format';

/** Shows the map as it stood on a chosen day. The last step is 'everything', so the URL stays clean. */
export function AsOfControl({ index }: { index: Index }) {
  const asOf = useStore((s) => s.asOf);
  const setAsOf = useStore((s) => s.setAsOf);
  const days = useMemo(() => dateRange(index), [index]);
  const last = days.length - 1;
  // A day between two dated steps shows as the latest step not after it.
  const position = asOf === null ? last : Math.max(0, days.filter((d) => d <= asOf).length - 1);
  const day = asOf ?? days[last];

  return (
    <div className="as-of">
      <label htmlFor="as-of-input">As of</label>
      <input
        id="as-of-input"
        type="range"
        min={0}
        max={Math.max(last, 0)}
        step={1}
        value={position}
        disabled={days.length < 2}
        aria-valuetext={day ? formatDay(day) : 'no dates'}
        onChange={(event) => {
          const next = Number(event.target.value);
          setAsOf(next >= last ? null : days[next]);
        }}
      />
      <output htmlFor="as-of-input">{day ? formatDay(day) : '–'}</output>
    </div>
  );
}
