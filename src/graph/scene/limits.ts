import type { Index } from '../../model/relations';

/** The most actors the interactive map draws by default (the benchmark behind it: README, Performance). */
export const MAX_INTERACTIVE_ACTORS = 5000;

/**
 * Above this many elements, per-element styling and dimming cost too much to stay fluid (the
 * benchmark: seconds per hover at 10,000 actors), so big maps draw plainer and mark only the selection.
 */
export const LARGE_GRAPH = 6000;

/** Whether a dataset draws as a big map: counted as actors plus pair arrows plus stance arrows. */
export const isLargeIndex = (index: Index) => index.dataset.actors.length + index.pairs.size + index.relations.size > LARGE_GRAPH;
