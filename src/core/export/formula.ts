/** What a spreadsheet runs as a formula: a cell starting with one of these (OWASP's list, with TAB and CR). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Whether a CSV writer must put a `'` before `text`: it starts like a
 * formula, or is already quoted that way (`'=…`), so that reading the quote
 * back off gives exactly `text`.
 */
export function needsFormulaQuote(text: string): boolean {
  return FORMULA_START.test(text.replace(/^'+/, ''));
}
