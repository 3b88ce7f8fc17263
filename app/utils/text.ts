// A LIKE wildcard or a control character in a search box is never meant: drop them. (PostgreSQL
// refuses a NUL in any text, so a `?q=%00` was a 500 there.)
const NOT_SEARCHABLE = /[%_\\\u0000-\u001f\u007f]/g;

/** A search box's text as a LIKE pattern matching it anywhere, case-folded. */
export const containsPattern = (term: string) => `%${term.toLowerCase().replace(NOT_SEARCHABLE, "")}%`;

/** As `containsPattern`, matching at the start only (case kept). */
export const prefixPattern = (term: string) => `${term.replace(NOT_SEARCHABLE, "")}%`;
