/** The most actors the interactive map draws by default (the benchmark behind it: README, Performance). */
export const MAX_INTERACTIVE_ACTORS = 5000;
