import { forMarkdown, forTerminal } from '../sanitize.js';
import { escapeAttribute, escapeXml } from './junit.js';

/** One workspace's run, as the merging of several needs it. */
export interface WorkspaceOutput {
  /** The folder, relative to the current one, forward slashes. */
  dir: string;
  exitCode: number;
  /** What the command printed on stdout for it: one document of the format, '' when it could not run. */
  output: string;
}

export type Merger = (runs: readonly WorkspaceOutput[], context: { command: string }) => string;

const parsed = (text: string): unknown => (text.trim() === '' ? null : JSON.parse(text));

/** json: one document, each workspace's own json as `result` (null when it could not run), in the order the folders were given. */
const json: Merger = (runs) =>
  `${JSON.stringify({ workspaces: runs.map((run) => ({ dir: run.dir, exitCode: run.exitCode, result: parsed(run.output) })) }, null, 2)}\n`;

interface SarifLog {
  runs: Record<string, unknown>[];
  [key: string]: unknown;
}

/**
 * sarif: one log, one run per workspace, each with its own automation id
 * (`edito/lint/clients/a/`): code scanning keeps apart, as categories, the
 * runs of one tool that one upload carries.
 */
const sarif: Merger = (runs, { command }) => {
  const logs = runs.map((run) => ({ run, log: parsed(run.output) as SarifLog | null }));
  const first = logs.find(({ log }) => log !== null)?.log;
  const merged = {
    $schema: first?.$schema ?? 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: logs.flatMap(({ run, log }) => {
      const automationDetails = { id: `edito/${command}/${run.dir}/` };
      if (log === null) return [{ tool: first?.runs[0]?.tool ?? { driver: { name: 'edito' } }, automationDetails, invocations: [{ executionSuccessful: false, exitCode: run.exitCode }], results: [] }];
      return log.runs.map((entry) => ({ ...entry, automationDetails }));
    }),
  };
  return `${JSON.stringify(merged, null, 2)}\n`;
};

const SUITE = /<testsuite [^>]*>[\s\S]*?<\/testsuite>/;
const count = (tag: string, name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(tag)?.[1] ?? 0);

/**
 * junit: one `<testsuite>` per workspace, named after it (`edito lint
 * clients/a`); a workspace that could not be checked is a suite with one
 * `<error>` case, so the CI's test view shows it instead of dropping it.
 */
const junit: Merger = (runs, { command }) => {
  const suites = runs.map((run) => {
    const name = escapeAttribute(`edito ${command} ${run.dir}`);
    const suite = SUITE.exec(run.output)?.[0];
    if (suite) return { xml: suite.replace(/^<testsuite name="[^"]*"/, `<testsuite name="${name}"`), tests: count(suite, 'tests'), failures: count(suite, 'failures'), errors: 0 };
    const message = escapeAttribute(`could not run (exit code ${run.exitCode})`);
    const xml = [
      `<testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0" time="0">`,
      `    <testcase classname="edito.${command}" name="${escapeXml(run.dir)}" time="0">`,
      `      <error type="cannot-run" message="${message}"/>`,
      '    </testcase>',
      '  </testsuite>',
    ].join('\n');
    return { xml, tests: 1, failures: 0, errors: 1 };
  });
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="edito ${command}" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}">`,
    ...suites.map((suite) => `  ${suite.xml}`),
    '</testsuites>',
    '',
  ].join('\n');
};

/** The formats whose output is one document, merged from each workspace's; the others are printed one after the other. */
export const MERGERS: Readonly<Record<string, Merger | undefined>> = { json, sarif, junit };

/**
 * The line naming a workspace above its output: in md a bold paragraph
 * (each workspace's document has its own `#` title) and a rule between two;
 * elsewhere a bold line, a blank line between two.
 */
export function heading(format: string, dir: string, first: boolean, color: boolean): string {
  if (format === 'md') return `${first ? '' : '\n---\n\n'}**${forMarkdown(dir)}**\n\n`;
  const gap = first ? '' : '\n';
  const text = `▸ ${forTerminal(dir)}`;
  return `${gap}${color ? `\u001b[1m${text}\u001b[22m` : text}\n`;
}
