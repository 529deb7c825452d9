// Display helpers shared by the panel's components; pure, so they are tested without React.
import type { Index } from './relations';
import type { ActorKind, Statement } from './schema';
import type { Selection } from './selection';
import { countRemarks, dateInference, dayOf } from './provenance';

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
  return { name: actorName(index, statement.actor) };
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "3 about it, 2 more inferred": remarks whose target the editors inferred are never added to the named ones. */
export const inferredApart = (named: string, inferred: number): string => (inferred ? `${named}, ${inferred} more inferred` : named);

/** An arrow's or a stance's remarks: "2 remarks, 1 more inferred", or "1 remark, target inferred" when none names the target. */
export const remarksText = ({ named, inferred }: { named: number; inferred: number }): string =>
  named ? inferredApart(plural(named, 'remark'), inferred) : `${plural(inferred, 'remark')}, target inferred`;

export const KIND_LABEL: Record<ActorKind, string> = {
  state: 'State',
  alliance: 'Alliance',
  organization: 'Organisation',
  group: 'Group',
};

/** How a statement's day reads: the day, marked when the editors inferred it, or its absence. */
export function dayText(statement: Statement): string {
  const day = dayOf(statement);
  if (!day) return 'date not given in the source';
  return dateInference(statement) ? `${formatDay(day)} (date inferred, not stated in the source)` : formatDay(day);
}

/**
 * One plain-text line that cites a statement fully: speaker, role, date, quote, publisher,
 * publication, URL, and where given, the archived copy the quote was checked against.
 */
export function citation(index: Index, statement: Statement, archive?: string): string {
  const speaker = speakerOf(index, statement);
  const source = index.sources.get(statement.source)!;
  const who = speaker.role ? `${speaker.name} (${speaker.role}, ${actorName(index, statement.actor)})` : speaker.name;
  const how = statement.mode === 'direct' ? '' : ' (as paraphrased by the source)';
  const title = source.title ? ` "${source.title}",` : '';
  const copy = archive ? ` Archived copy: ${archive}` : '';
  const origin = source.metadataFrom ? ` (Source details: ${source.metadataFrom})` : '';
  return `${who}, ${dayText(statement)}${how}: “${statement.quote}” Reported by ${source.publisher},${title} ${formatDay(source.published)}, ${source.url}${origin}${copy}`;
}

/** The sentence a screen reader hears when the selection changes. */
export function describeSelection(index: Index, selection: Selection): string {
  if (!selection) return 'Selection cleared; showing the overview.';
  if (selection.kind === 'actor') {
    const by = index.dataset.statements.filter((s) => s.actor === selection.id).length;
    return `${actorName(index, selection.id)} selected: ${plural(by, 'statement')} by it. Its statements are in the panel.`;
  }
  if (selection.kind === 'relation') {
    return `Relation selected: ${actorName(index, selection.from)} and ${actorName(index, selection.to)}. Statements in both directions are in the panel.`;
  }
  const statement = index.statements.get(selection.id);
  return statement ? `Statement by ${speakerOf(index, statement).name} selected and shown in the panel.` : '';
}

/** A text summary of the whole map, for readers who cannot see the canvas. */
export function summarizeMap(index: Index): string {
  const { actors, statements } = index.dataset;
  const said = new Map<string, number>();
  for (const s of statements) said.set(s.actor, (said.get(s.actor) ?? 0) + 1);
  const top = [...said].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id, n]) => `${actorName(index, id)} (${n})`);
  const remarks = countRemarks(statements);
  const wordings = remarks === statements.length ? '' : ` (${plural(remarks, 'distinct remark')})`;
  return `Map of ${plural(actors.length, 'actor')} joined by ${plural(index.relations.size, 'relation')}, backed by ${plural(statements.length, 'statement')}${wordings}. Most statements: ${top.join(', ')}. Use the list view or the actor list in the panel to reach every statement.`;
}

/** The page title for a dataset, as the browser tab and search results show it. */
export const pageTitle = (title: string) => `${title} · Stancemap`;

/** "Hindustan Times", "A and B", "A, B and 3 more": who reported the words the map quotes. */
export function publishers(index: Index): string {
  const names = [...new Set(index.dataset.sources.map((s) => s.publisher))];
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/** The credit an image carries when it stands alone: whose words, which version of the map, how fresh. */
export function creditLine(index: Index): string {
  const { version, updated } = index.dataset;
  return [`Quotes from ${publishers(index)}`, version && `Version ${version}`, updated && `Updated ${formatDay(updated)}`, 'Stancemap'].filter(Boolean).join(' · ');
}
