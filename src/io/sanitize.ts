/**
 * One sanitiser per destination: text from a workspace (labels, key-date
 * names, front matter, file names, YAML keys) stays raw inside edito and is
 * escaped only where it leaves, by the writer of that destination.
 */

import { needsFormulaQuote } from '../core/export/formula.js';

/** C0 controls but TAB and LF, DEL, and C1 controls: what moves a terminal's cursor, rewrites its title or hides a link. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * For a terminal or a CI log: every control character a workspace could carry
 * is shown as a visible escape (`\x1b`, `\x0d`), as git shows them in paths, so
 * no escape sequence, bare carriage return or bell from the data reaches the
 * screen. Apply it to data before colouring: edito's own colours stay.
 */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** C0 controls but TAB and LF, and DEL: RFC 5545's CONTROL, and nothing a page should carry (text is read with LF line ends). */
const DOCUMENT_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** For ICS TEXT values and HTML: control characters dropped (RFC 5545 §3.3.11 excludes them; a page has no use for them). */
export function withoutControls(text: string): string {
  return text.replace(DOCUMENT_CONTROLS, '');
}

/**
 * For a Markdown table cell or list item: one line (CR, LF, U+2028 and U+2029
 * become spaces), no control character, HTML as entities, and the
 * punctuation that restyles text (`~~` strikes through in GFM) or opens a link escaped.
 */
export function forMarkdown(text: string): string {
  return withoutControls(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
    .replace(/[\\`*_~[\]|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Lone surrogates (a name no UTF-8 can hold): U+FFFD in their place, as a file system shows them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A relative path as an RFC 3986 relative reference: each `/`-separated
 * segment percent-encoded as UTF-8, so `#`, `?`, `%`, `:`, spaces and
 * non-ASCII letters stay part of the file's name.
 */
export function uriPath(file: string): string {
  return file.replace(LONE_SURROGATE, '\uFFFD').split('/').map(encodeURIComponent).join('/');
}

/** A relative link target: each path segment percent-encoded, so `#`, `?`, `(` or `)` in a file name stay part of it. */
export function markdownLinkTarget(file: string): string {
  return uriPath(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * For a CSV cell: a value a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, TAB or CR, OWASP's list) gets a `'` before it, which
 * Excel, LibreOffice and Google Sheets read as "text", and hide. So does a
 * value already written that way (`'=…`), so that `fromCsvCell` gives back
 * exactly what was written. The rest is unchanged: quoting is the CSV
 * writer's job (io/csv-text.ts).
 */
export function forCsvCell(text: string): string {
  return needsFormulaQuote(text) ? `'${text}` : text;
}

/** What `forCsvCell` wrote, read back: the one `'` it put before a formula-like value is taken off. */
export function fromCsvCell(text: string): string {
  return text.startsWith("'") && needsFormulaQuote(text.slice(1)) ? text.slice(1) : text;
}
