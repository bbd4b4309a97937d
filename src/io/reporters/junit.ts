import { byFile, messageText, shown, shownPath, type Reporter } from './common.js';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML: one testcase per file, failing when it has errors or warnings. */
export const junit: Reporter = (report, options) => {
  const suite = `edito ${report.tool}`;
  const classname = `edito.${report.tool}`;
  const groups = [...byFile(report.files, shown(report, options))];
  const failing = groups.filter(([, group]) => group.some((m) => m.severity !== 'info')).length;
  const cases = groups.map(([file, group]) => {
    const name = escapeXml(shownPath(file, options));
    const failures = group.filter((m) => m.severity !== 'info');
    if (failures.length === 0) return `    <testcase classname="${classname}" name="${name}" time="0"/>`;
    const details = failures.map((m) => `${m.line}:${m.column} ${m.severity} ${messageText(m, options.t)} (${m.ruleId})`).join('\n');
    const first = failures[0]!;
    return [
      `    <testcase classname="${classname}" name="${name}" time="0">`,
      `      <failure type="${first.severity}" message="${escapeXml(`${failures.length} problem(s): ${messageText(first, options.t)}`)}">${escapeXml(details)}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suite}" tests="${groups.length}" failures="${failing}" errors="0">`,
    `  <testsuite name="${suite}" tests="${groups.length}" failures="${failing}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
