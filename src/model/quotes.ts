// Quotes are compared with their archived source after folding only typography that a copy-paste
// changes (curly vs straight quotes, ellipsis, runs of white space). Words, case and punctuation
// otherwise must match exactly.
export function normalizeForQuoteCheck(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}
