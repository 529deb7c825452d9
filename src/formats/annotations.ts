// Every statement as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), the model
// Hypothesis and other annotation clients share. The target is the passage in the archived copy, by
// both a TextQuoteSelector (exact words, prefix, suffix) and a TextPositionSelector (code points, as
// the model counts them), and the same words in the original article; the body says who said it,
// about whom (inferred targets marked, with why), the stance, the day and the mode. Pure.
import { anchorQuote } from '../model/anchor';
import type { Archives } from '../model/archives';
import { actorName, citation, speakerOf } from '../model/format';
import { dateInference, dayOf, targetId, targetInference } from '../model/provenance';
import { buildIndex } from '../model/relations';
import type { Dataset, Source, Statement } from '../model/schema';

/** Where the annotations point: each is resolved by the caller, so the same producer serves a site, a file or the command line. */
export type AnnotationLinks = {
  /** The annotation's own id, e.g. the statement's permalink. */
  statement: (statement: Statement) => string;
  /** Where the archived text can be fetched, e.g. data/sources/<file>.txt beside the dataset. */
  archive: (source: Source) => string;
};

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
// Terms of our own for the body's structured facts, kept apart from the Web Annotation vocabulary.
// A URN, not a web address: the project publishes no vocabulary document to point at.
const TERMS = { stancemap: 'urn:stancemap:' };

/** Code points before `index` (a UTF-16 offset): the Web Annotation model counts characters, not code units. */
const codePoints = (text: string, index: number) => [...text.slice(0, index)].length;

export function toAnnotations(dataset: Dataset, archives: Archives, links: AnnotationLinks): Record<string, unknown> {
  const index = buildIndex(dataset);
  const items = dataset.statements.map((statement) => {
    const source = index.sources.get(statement.source)!;
    const speaker = speakerOf(index, statement);
    const text = source.archive === undefined ? undefined : archives.get(source.archive);
    const anchored = text === undefined ? undefined : anchorQuote(text, statement.quote, statement.occurrence);
    const targets: Record<string, unknown>[] = [];
    if (text !== undefined && anchored?.ok) {
      const { start, end, selector } = anchored.anchor;
      targets.push({
        type: 'SpecificResource',
        source: links.archive(source),
        selector: [selector, { type: 'TextPositionSelector', start: codePoints(text, start), end: codePoints(text, end) }],
      });
    }
    // The original page is the published article: the words are found there by quote alone.
    targets.push({ type: 'SpecificResource', source: source.url, selector: anchored?.ok ? anchored.anchor.selector : { type: 'TextQuoteSelector', exact: statement.quote } });
    return {
      id: links.statement(statement),
      type: 'Annotation',
      motivation: 'describing',
      body: [
        { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: citation(index, statement) },
        { type: 'TextualBody', purpose: 'classifying', format: 'text/plain', value: index.stances.get(statement.stance)!.label },
        {
          type: 'stancemap:Statement',
          'stancemap:statement': statement.id,
          'stancemap:speaker': speaker.name,
          ...(speaker.role ? { 'stancemap:role': speaker.role } : {}),
          'stancemap:actor': { 'stancemap:id': statement.actor, 'stancemap:name': actorName(index, statement.actor) },
          'stancemap:targets': statement.targets.map((target) => {
            const id = targetId(target);
            const why = targetInference(statement, id);
            return { 'stancemap:id': id, 'stancemap:name': actorName(index, id), ...(why ? { 'stancemap:inferred': why } : {}) };
          }),
          'stancemap:stance': statement.stance,
          ...(dayOf(statement) ? { 'stancemap:date': dayOf(statement) } : {}),
          ...(dateInference(statement) ? { 'stancemap:dateInferred': dateInference(statement) } : {}),
          'stancemap:mode': statement.mode,
        },
      ],
      target: targets,
    };
  });
  return {
    '@context': [ANNOTATION_CONTEXT, TERMS],
    type: 'AnnotationCollection',
    label: dataset.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
