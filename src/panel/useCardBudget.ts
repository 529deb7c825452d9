// A selection's statements can run to hundreds of elements, and laying them all out held back the
// frame that answers a click (on a phone, the sheet's first frame). That frame draws the first few
// cards, what the sheet or the panel shows first; the rest follow once it has painted.
import { startTransition, useEffect, useState } from 'react';
import type { RelationGroup } from '../model/relations';
import { afterPaint } from '../util/afterPaint';

/** Statement cards drawn in the frame that answers a click. */
export const FIRST_CARDS = 3;

/** How many cards a newly mounted view may draw: FIRST_CARDS until its first frame has painted, then all. */
export function useCardBudget(): number {
  const [painted, setPainted] = useState(false);
  // A transition: drawing the rest can yield to the reader's next tap.
  useEffect(() => (painted ? undefined : afterPaint(() => startTransition(() => setPainted(true)))), [painted]);
  return painted ? Infinity : FIRST_CARDS;
}

/** The groups to draw within a budget of cards, in order: whole groups, as long as some budget is left before each. */
export function groupsWithin(groups: readonly RelationGroup[], budget: number): RelationGroup[] {
  let cards = 0;
  const within: RelationGroup[] = [];
  for (const group of groups) {
    if (cards >= budget) break;
    within.push(group);
    cards += group.statements.length;
  }
  return within;
}

/** The cards a list of groups holds: what is left of a budget after it. */
export const cardsIn = (groups: readonly RelationGroup[]) => groups.reduce((sum, group) => sum + group.statements.length, 0);
