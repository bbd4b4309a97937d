import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sarifValidator, type RunResult } from '../helpers.js';
import {
  CLEAN_FIELDS, RUNS, SEED, TERMINAL_CONTROL, controlAt, edito, hostileFields, hostileWorkspace, inBatches, wellFormed,
  workflowCommands, type HostileFields, type Outputs,
} from './hostile-workspace.js';

/**
 * Issue 14, "Must show": fast-check strings in every field a contributor
 * controls, through every format of every command, each output read back by a
 * strict parser of its format. A failure names the output and what is wrong;
 * fast-check prints the seed and the fields that made it.
 */

const TODAY = ['--today', '2027-01-02'];
const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
const PLAN_FORMATS = ['table', 'calendar', 'md', 'csv', 'ics', 'json', 'html'] as const;

/** A command line per output, named `command format`. */
function commands(): [string, string[]][] {
  return [
    ...REPORT_FORMATS.map((f): [string, string[]] => [`validate ${f}`, ['validate', '--format', f]]),
    ...REPORT_FORMATS.map((f): [string, string[]] => [`lint ${f}`, ['lint', ...TODAY, '--format', f]]),
    ...PLAN_FORMATS.map((f): [string, string[]] => [`plan ${f}`, ['plan', ...TODAY, '--format', f]]),
  ];
}

/** What an argument vector can carry: no NUL (spawn refuses it), well-formed UTF-16. */
const argument = (text: string) => wellFormed(text.replace(/\u0000/g, ''));

/** Every output for one workspace; `new` last, as it adds a post. */
async function runAll(fields: HostileFields): Promise<Outputs> {
  const dir = await hostileWorkspace(fields);
  const results = await inBatches(commands().map(([name, args]) => async () => [name, await edito(dir, args)] as const));
  const outputs: Outputs = Object.fromEntries(results);
  outputs.new = await edito(dir, ['new', '--date', '2027-01-14', ...TODAY, '--title', argument(fields.newTitle)]);
  // The post `new` wrote, as a pseudo-output: its front matter is read back below.
  const written = outputs.new.code === 0 ? await readFile(path.join(dir, outputs.new.stdout.trim()), 'utf8') : '';
  outputs['new file'] = { code: 0, stdout: written, stderr: '' };
  return outputs;
}

// RFC 5545 CONTROL: C0 but HTAB, and DEL (CRLF line ends removed first).
// eslint-disable-next-line no-control-regex
const ICS_CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const DOCUMENT_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

let sarifSchema: ValidateFunction;

const markdown = new MarkdownIt({ html: false });

interface MdShape {
  /** Block tokens by type, and inline tokens other than text by type: a heading, link or emphasis from a field changes it. */
  tokens: Record<string, number>;
  lt: number;
}

function mdShape(text: string): MdShape {
  markdown.render(text);
  const tokens: Record<string, number> = {};
  const count = (type: string) => (tokens[type] = (tokens[type] ?? 0) + 1);
  for (const token of markdown.parse(text, {})) {
    count(token.type);
    for (const child of token.children ?? []) if (!['text', 'text_special'].includes(child.type)) count(child.type);
  }
  return { tokens, lt: text.split('<').length - 1 };
}

/** Tag names in a page, with how often each occurs. */
function tagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of html.matchAll(/<\/?([A-Za-z][\w-]*)/g)) counts[match[1]!.toLowerCase()] = (counts[match[1]!.toLowerCase()] ?? 0) + 1;
  return counts;
}

/** Errors a strict XML 1.0 parser reports (saxes checks the Char production, well-formedness, entities). */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/**
 * A GitHub log's lines that are neither one of edito's annotations nor inside a
 * `::stop-commands::` bracket: the runner would print them as raw log lines.
 */
function strayLines(log: string): string[] {
  let token: string | undefined;
  const stray: string[] = [];
  for (const line of log.split(/\r\n|\r|\n/)) {
    if (token !== undefined) {
      if (line.trim() === `::${token}::`) token = undefined;
      continue;
    }
    const start = /^::stop-commands::(.+)$/.exec(line.trim());
    if (start) token = start[1];
    else if (line !== '' && !/^::(error|warning|notice) file=[^:]*::/.test(line)) stray.push(line);
  }
  return stray;
}

/** The rules validate --format json reports, sorted. */
function ruleIds(outputs: Outputs): string[] {
  const report = JSON.parse(outputs['validate json']!.stdout) as { messages: { ruleId: string }[] }[];
  return report.flatMap((file) => file.messages.map((m) => m.ruleId)).sort();
}

// A URI reference holds printable ASCII only, and `%` only as the start of an escape.
const BAD_URI = /[^\x21-\x7E]|%(?![0-9A-Fa-f]{2})/;

/** Every problem with one workspace's outputs, as `output: what` lines (empty when all is well). */
function problems(outputs: Outputs, clean: Outputs, title: string): string[] {
  const found: string[] = [];
  const check = (name: string, ok: boolean, what: string) => {
    if (!ok) found.push(`${name}: ${what}`);
  };
  const noControl = (name: string, text: string, pattern: RegExp = TERMINAL_CONTROL) => {
    const at = controlAt(text, pattern);
    check(name, at === undefined, `control character in ${at}`);
  };
  const attempt = (name: string, read: () => void) => {
    try {
      read();
    } catch (error) {
      found.push(`${name}: ${String(error).slice(0, 500)}`);
    }
  };

  for (const [name, { code, stdout, stderr }] of Object.entries(outputs) as [string, RunResult][]) {
    check(name, [0, 1, 2].includes(code), `exit code ${code}`);
    check(name, !/^ {4}at /m.test(stderr), `stack trace in stderr ${stderr.slice(0, 500)}`);
    check(name, !/internal error/i.test(stderr), `internal error ${stderr.slice(0, 500)}`);
    check(name, stdout !== '', 'empty stdout');
    if (!name.endsWith('github')) noControl(`${name} stderr`, stderr);
  }
  // The workspace is valid whatever the strings: every command ran to the end.
  for (const name of ['validate stylish', 'plan table']) check(name, outputs[name]!.code === 0, `exit ${outputs[name]!.code}: ${outputs[name]!.stdout.slice(0, 300)}${outputs[name]!.stderr.slice(0, 300)}`);

  for (const name of ['validate stylish', 'lint stylish', 'plan table', 'plan calendar', 'new']) noControl(name, outputs[name]!.stdout);

  for (const name of ['validate json', 'lint json', 'plan json', 'validate sarif', 'lint sarif']) attempt(name, () => JSON.parse(outputs[name]!.stdout));
  // validate saw every field as it sees plain words: the same checks fire (each hostile key, the line's format, …), none more.
  attempt('validate json', () => check('validate json', JSON.stringify(ruleIds(outputs)) === JSON.stringify(ruleIds(clean)), `rules ${ruleIds(outputs).join(' ')}, clean ${ruleIds(clean).join(' ')}`));

  for (const name of ['validate sarif', 'lint sarif']) {
    attempt(name, () => {
      const log = JSON.parse(outputs[name]!.stdout) as { runs: { results: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] };
      check(name, sarifSchema(log), `not SARIF 2.1.0: ${JSON.stringify(sarifSchema.errors?.slice(0, 3))}`);
      for (const result of log.runs[0]!.results) {
        for (const location of result.locations ?? []) {
          const uri = location.physicalLocation?.artifactLocation?.uri;
          if (uri === undefined) continue;
          check(name, !BAD_URI.test(uri), `artifact URI ${JSON.stringify(uri)}`);
          attempt(name, () => new URL(uri, 'file:///root/'));
        }
      }
    });
  }

  for (const name of ['validate junit', 'lint junit']) {
    for (const error of xmlErrors(outputs[name]!.stdout)) found.push(`${name}: XML ${error}`);
  }

  for (const name of ['validate github', 'lint github']) {
    for (const stream of ['stdout', 'stderr'] as const) {
      const log = outputs[name]![stream];
      check(`${name} ${stream}`, workflowCommands(log).length === 0, `workflow commands ${JSON.stringify(workflowCommands(log).slice(0, 3))}`);
      check(`${name} ${stream}`, strayLines(log).length === 0, `lines outside a bracket ${JSON.stringify(strayLines(log).slice(0, 3))}`);
      noControl(`${name} ${stream}`, log);
    }
  }

  attempt('new file', () => {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(outputs['new file']!.stdout);
    check('new file', front !== null, 'no front matter');
    const data = parseYaml(front?.[1] ?? '', { strict: true, uniqueKeys: true }) as Record<string, unknown>;
    check('new file', data.title === title, `title ${JSON.stringify(data.title)}, not ${JSON.stringify(title)}`);
    check('new file', data.date === '2027-01-14T08:30' && data.status === 'draft', `front matter ${JSON.stringify(data)}`);
  });

  attempt('plan csv', () => {
    const rows = parseCsv(outputs['plan csv']!.stdout, { bom: true }) as string[][];
    const cleanRows = parseCsv(clean['plan csv']!.stdout, { bom: true }) as string[][];
    check('plan csv', JSON.stringify(rows[0]) === JSON.stringify(cleanRows[0]), `header ${JSON.stringify(rows[0])}`);
    check('plan csv', rows.length === cleanRows.length, `${rows.length} rows, ${cleanRows.length} in the clean run`);
    check('plan csv', rows.every((row) => row.length === cleanRows[0]!.length), 'a row with another column count');
  });

  attempt('plan ics', () => {
    const ics = outputs['plan ics']!.stdout;
    for (const line of ics.split('\r\n')) check('plan ics', Buffer.byteLength(line) <= 75, `line of ${Buffer.byteLength(line)} octets`);
    noControl('plan ics', ics.replace(/\r\n/g, ''), ICS_CONTROL);
  });

  const md = mdShape(outputs['plan md']!.stdout);
  const cleanMd = mdShape(clean['plan md']!.stdout);
  check('plan md', JSON.stringify(md.tokens) === JSON.stringify(cleanMd.tokens), `tokens ${JSON.stringify(md.tokens)}, clean ${JSON.stringify(cleanMd.tokens)}`);
  check('plan md', md.lt === cleanMd.lt, `${md.lt} "<", ${cleanMd.lt} in the clean run`);
  noControl('plan md', outputs['plan md']!.stdout, DOCUMENT_CONTROL);

  const html = outputs['plan html']!.stdout;
  noControl('plan html', html, DOCUMENT_CONTROL);
  const tags = tagCounts(html);
  const cleanTags = tagCounts(clean['plan html']!.stdout);
  for (const [tag, n] of Object.entries(tags)) check('plan html', tag in cleanTags, `tag <${tag}> (${n}) edito does not write`);
  check('plan html', (tags.script ?? 0) === (cleanTags.script ?? 0), `${tags.script ?? 0} <script>, ${cleanTags.script ?? 0} in the clean run`);
  // Every `<` opens one of edito's tags or a comment: none is data.
  check('plan html', !/<(?![A-Za-z/!])/.test(html), `raw "<" in ${controlAt(html, /<(?![A-Za-z/!])/)}`);

  return found;
}

/** ical.js reads the file; every event has its own UID. */
async function icsProblems(ics: string): Promise<string[]> {
  const { default: ICAL } = await import('ical.js');
  try {
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    return new Set(uids).size === uids.length ? [] : [`plan ics: duplicate UID in ${uids.join(' ')}`];
  } catch (error) {
    return [`plan ics: ical.js ${String(error).slice(0, 500)}`];
  }
}

describe('hostile input: every field, every command, every format, read back strictly (issue 14)', () => {
  let clean: Outputs;
  beforeAll(async () => {
    sarifSchema = await sarifValidator();
    clean = await runAll(CLEAN_FIELDS);
  }, 60_000);

  it('the clean workspace passes every check, so the comparisons are meaningful', async () => {
    expect(problems(clean, clean, CLEAN_FIELDS.newTitle)).toEqual([]);
    expect(await icsProblems(clean['plan ics']!.stdout)).toEqual([]);
    expect(clean['validate stylish']!.code).toBe(0);
    // The planned post, and the unplanned one shown on its day.
    expect(mdShape(clean['plan md']!.stdout).tokens.link_open).toBe(2);
  });

  it(`${RUNS} hostile workspaces (seed ${SEED}): every output is what its format's parser accepts`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileFields, async (fields) => {
        const outputs = await runAll(fields);
        expect([...problems(outputs, clean, argument(fields.newTitle)), ...await icsProblems(outputs['plan ics']!.stdout)]).toEqual([]);
      }),
      // Each run spawns 18 commands: no shrinking (it would rerun them hundreds of times); the seed replays the failure.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 60_000 + RUNS * 30_000);
});
