/** What a spreadsheet runs as a formula: a cell starting with one of these (OWASP's list, with TAB and CR). */
export const FORMULA_START = /^[=+\-@\t\r]/;
