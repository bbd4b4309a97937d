import { byFile, joined, messageText, shown, shownPath, type ChunkedReporter } from './common.js';

/** Characters outside XML 1.0's `Char` production (controls, U+FFFE, U+FFFF, lone surrogates): strict parsers reject the whole file. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(NOT_XML_CHAR, '');

/** In an attribute a raw line break is read back as a space: keep it as a character reference. */
export const escapeAttribute = (s: string) => escapeXml(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

/** JUnit XML: one testcase per file, failing when it has errors or warnings; the head, then a testcase a piece, then the end. */
export const junitChunks: ChunkedReporter = function* (report, options) {
  const suite = `edito ${report.tool}`;
  const classname = `edito.${report.tool}`;
  const groups = [...byFile(report.files, shown(report, options))];
  const failing = groups.filter(([, group]) => group.some((m) => m.severity !== 'info')).length;
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suite}" tests="${groups.length}" failures="${failing}" errors="0">`,
    `  <testsuite name="${suite}" tests="${groups.length}" failures="${failing}" errors="0" skipped="0" time="0">`,
    '',
  ].join('\n');
  for (const [file, group] of groups) {
    const name = escapeAttribute(shownPath(file, options));
    const failures = group.filter((m) => m.severity !== 'info');
    if (failures.length === 0) {
      yield `    <testcase classname="${classname}" name="${name}" time="0"/>\n`;
      continue;
    }
    const details = failures.map((m) => `${m.line}:${m.column} ${m.severity} ${messageText(m, options.t)} (${m.ruleId})`).join('\n');
    const first = failures[0]!;
    yield [
      `    <testcase classname="${classname}" name="${name}" time="0">`,
      `      <failure type="${first.severity}" message="${escapeAttribute(`${failures.length} problem(s): ${messageText(first, options.t)}`)}">${escapeXml(details)}</failure>`,
      '    </testcase>',
      '',
    ].join('\n');
  }
  yield '  </testsuite>\n</testsuites>\n';
};

export const junit = joined(junitChunks);
