// Statements as event records in the style of PLOVER (the Open Event Data Alliance's successor to
// CAMEO): one JSON object per line, one line per statement, with actor, recipients, the event
// category its stance names (stances[].plover, beside the stance vocabulary), day, mode, the quote
// as the text and a full citation. A recipient the editors inferred says so, and why. Pure.
import { actorName, citation, speakerOf } from '../model/format';
import { dateInference, dayOf, targetId, targetInference } from '../model/provenance';
import { buildIndex } from '../model/relations';
import type { Dataset } from '../model/schema';

export function toPloverLines(dataset: Dataset): string {
  const index = buildIndex(dataset);
  const lines = dataset.statements.map((statement) => {
    const stance = index.stances.get(statement.stance)!;
    const source = index.sources.get(statement.source)!;
    const speaker = speakerOf(index, statement);
    return JSON.stringify({
      id: statement.id,
      date: dayOf(statement) ?? null,
      date_inferred: dateInference(statement) ?? null,
      actor: statement.actor,
      actor_name: actorName(index, statement.actor),
      speaker: speaker.name,
      speaker_role: speaker.role ?? null,
      recipient: statement.targets.map((target) => {
        const id = targetId(target);
        return { id, name: actorName(index, id), inferred: targetInference(statement, id) ?? null };
      }),
      // Null where the stance names no category: PLOVER codes no mere commentary.
      event: stance.plover ?? null,
      stance: stance.id,
      stance_label: stance.label,
      mode: statement.mode,
      text: statement.quote,
      publisher: source.publisher,
      published: source.published,
      url: source.url,
      citation: citation(index, statement),
    });
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
