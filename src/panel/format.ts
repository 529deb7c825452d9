// Display helpers shared by the panel's components; pure, so they are tested without React.
import type { Index } from '../model/relations';
import type { ActorKind, Statement } from '../model/schema';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2022-02-24" -> "24 February 2022", read as a calendar day whatever the reader's time zone. */
export function formatDay(day: string): string {
  return DATE.format(new Date(`${day}T00:00:00Z`));
}

export function actorName(index: Index, id: string): string {
  return index.actors.get(id)?.name ?? id;
}

/** Who speaks: a named person with their role, or the actor itself as an institution. */
export function speakerOf(index: Index, statement: Statement): { name: string; role?: string } {
  const person = statement.speaker ? index.people.get(statement.speaker) : undefined;
  if (person) return { name: person.name, role: person.role };
  return { name: actorName(index, statement.actor), role: 'institutional statement' };
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const KIND_LABEL: Record<ActorKind, string> = {
  state: 'State',
  alliance: 'Alliance',
  organization: 'Organisation',
  group: 'Group',
};
