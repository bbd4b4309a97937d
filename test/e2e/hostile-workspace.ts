import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { copyOf, runBin, type RunResult } from '../helpers.js';

/**
 * The hostile-input suite's workspace: test/fixtures/valid with a fast-check
 * string in every field a contributor controls (labels, key dates, blackout
 * reasons, front matter, bodies, YAML keys, file names), still a valid
 * workspace, so that every command and every format runs to the end.
 */

/**
 * Fixed so a failure replays (fast-check prints the seed and the path too);
 * EDITO_FUZZ_SEED and EDITO_FUZZ_RUNS explore further, by hand.
 */
export const SEED = Number(process.env.EDITO_FUZZ_SEED ?? 0x14_2027);
export const RUNS = Number(process.env.EDITO_FUZZ_RUNS ?? 8);

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i));

/** What each destination has to neutralise: controls and line breaks of every kind, and each format's syntax. */
const FRAGMENTS = [
  ...C0, '\u007F', ...C1,
  '\r', '\r\n', '\n', '\u2028', '\u2029', '\u0085', '\uFFFE', '\uFFFF', '\uFEFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00',
  '\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007', '\u001B]0;title\u0007', '\u001B[2J', '\u001B[31m', '\u009B31m',
  '::', '::error::injected', '::add-mask::x', '::stop-commands::tok', '::tok::', '##[', '##[error]injected', '##[group]',
  '=', '=cmd|\' /C calc\'!A0', '+1', '-1', '@SUM(1)', '](', '](javascript:alert(1))', '[x](https://evil.example)', '![i](x.png)',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</td>', '<!--', '-->', ']]>', '<![CDATA[', '&amp;', '&#10;', '&lt;',
  '%', '%0A', '%25', '%SRCROOT%', '#', '?', '"', "'", '\\', '\\n', '`', '*', '**', '_', '~~', '|', '~', '^', '{', '}', '$', '!',
  ';', ',', ':', 'BEGIN:VEVENT', '\r\nEND:VEVENT\r\n', '---', '# ', '- ', '> ', '1. ', '    ', '\t', ' ', 'é', 'ß', '\u202E', '\u200B',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
);
const short = fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
/** Now and then a very long one: thousands of characters of the same pieces. */
export const hostileText = fc.oneof(
  { weight: 9, arbitrary: short },
  { weight: 1, arbitrary: fc.tuple(short, fc.integer({ min: 200, max: 2000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length) + 1).slice(0, n * 3)) },
);

export interface HostileFields {
  brand: string;
  settingsKey: string;
  themeLabel: string;
  themeLabel2: string;
  lineFormat: string;
  lineKey: string;
  personaName: string;
  personaText: string;
  personaKey: string;
  objectiveTitle: string;
  competitorName: string;
  voice: string;
  banned: string;
  substitutionFrom: string;
  substitutionTo: string;
  keyDateName: string;
  keyDateNotes: string;
  blackoutReason: string;
  keyDatesKey: string;
  postFormat: string;
  postTitle: string;
  postLink: string;
  postTag: string;
  postKey: string;
  postKeyValue: string;
  postBody: string;
  postSlug: string;
  unplannedBody: string;
  unplannedSlug: string;
  brokenTheme: string;
  brokenStatus: string;
  brokenSlug: string;
  newTitle: string;
}

const FIELD_NAMES: (keyof HostileFields)[] = [
  'brand', 'settingsKey', 'themeLabel', 'themeLabel2', 'lineFormat', 'lineKey', 'personaName', 'personaText', 'personaKey',
  'objectiveTitle', 'competitorName', 'voice', 'banned', 'substitutionFrom', 'substitutionTo', 'keyDateName', 'keyDateNotes',
  'blackoutReason', 'keyDatesKey', 'postFormat', 'postTitle', 'postLink', 'postTag', 'postKey', 'postKeyValue', 'postBody',
  'postSlug', 'unplannedBody', 'unplannedSlug', 'brokenTheme', 'brokenStatus', 'brokenSlug', 'newTitle',
];

export const hostileFields: fc.Arbitrary<HostileFields> = fc.record(
  Object.fromEntries(FIELD_NAMES.map((name) => [name, hostileText])) as Record<keyof HostileFields, fc.Arbitrary<string>>,
);

/** The same workspace with plain words: what the output looks like when nothing is hostile. */
export const CLEAN_FIELDS = Object.fromEntries(FIELD_NAMES.map((name) => [name, `clean ${name}`])) as unknown as HostileFields;

/** A YAML double-quoted scalar holding exactly `text`: every character outside printable ASCII as an escape. */
export function yamlString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) out += `\\${text[i]}`;
    else if (code >= 0x20 && code < 0x7f) out += text[i];
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** A file name segment: what a file system can hold (no NUL, no `/`, at most 200 bytes with the prefix). */
export function fileSegment(text: string): string {
  let out = '';
  for (const char of wellFormed(text.replace(/[\u0000/]/g, ''))) {
    if (Buffer.byteLength(out + char) > 150) break;
    out += char;
  }
  return out === '' || out === '.' || out === '..' ? 'x' : out;
}

/** What UTF-8 can carry: a lone surrogate becomes U+FFFD, as Node writes it to a file, a path or a pipe. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const q = yamlString;

/**
 * A mapping entry with a hostile key, written as an explicit key (`? key`):
 * an implicit key ends within 1024 characters (YAML 1.2 §7.4), which a long
 * escaped string passes, and the file would not parse at all.
 */
const entry = (key: string, value: string) => `? ${q(key)}\n: ${value}`;

function files(f: HostileFields): Map<string, string> {
  return new Map([
    ['edito.yaml', `brand: ${q(f.brand)}\nlocale: en\ntimezone: Europe/Paris\ncountry: FR\nperiod:\n  start: 2027-01-04\n  end: 2027-01-31\n${entry(f.settingsKey, '1')}\n`],
    ['charter/charter.yaml', [
      `voice: [expert, ${q(f.voice)}]`,
      'writing:\n  register: neutral\n  emojis: { max: 2 }',
      `  banned: [cheap, ${q(f.banned)}]`,
      `  substitutions:\n    utilize: use\n    ${entry(f.substitutionFrom, q(f.substitutionTo)).replace('\n', '\n    ')}`,
      'spelling:\n  enabled: true\n  words: [Atelier]\nrules:\n  all-caps: warning\n',
    ].join('\n')],
    ['charter/networks/linkedin.yaml', [
      'network: linkedin\naccount: brand\nobjectives: [linkedin-followers, site-visits]\npersonas: [claire-dsi]\nthemes:',
      `  - { id: expertise, label: ${q(f.themeLabel)}, weight: 60 }`,
      `  - { id: culture, label: ${q(f.themeLabel2)}, weight: 40 }`,
      `formats: [text, ${q(f.lineFormat)}]`,
      'tone:\n  register: neutral\n  hashtags: { min: 1, max: 3 }',
      'frequency:\n  per_week: { min: 1, max: 2 }\n  days: [tue, thu]\n  times: ["08:30"]\n  min_gap_hours: 24',
      `${entry(f.lineKey, '1')}\n`,
    ].join('\n')],
    ['calendar/key-dates.yaml', [
      'holidays:\n  country: FR\n  policy: skip\nevents:',
      `  - id: launch\n    name: ${q(f.keyDateName)}\n    date: 2027-01-19\n    networks: [linkedin]\n    theme: expertise\n    priority: high\n    notes: ${q(f.keyDateNotes)}`,
      `blackout:\n  - from: 2027-01-25\n    to: 2027-01-26\n    reason: ${q(f.blackoutReason)}`,
      `${entry(f.keyDatesKey, '1')}\n`,
    ].join('\n')],
    ['strategy/objectives.yaml', [
      `objectives:\n  - id: linkedin-followers\n    title: ${q(f.objectiveTitle)}\n    kind: notoriety\n    kpi: followers\n    network: linkedin`,
      '  - id: site-visits\n    title: Visits\n    kind: traffic\n    kpi: social_sessions\n    network: all\n',
    ].join('\n')],
    ['strategy/personas.yaml', [
      `personas:\n  - id: claire-dsi\n    name: ${q(f.personaName)}\n    sector: ${q(f.personaText)}\n    role: ${q(f.personaText)}`,
      `    interests: [cloud, ${q(f.personaText)}]\n    networks: [linkedin]`,
      `${entry(f.personaKey, '1')}\n`,
    ].join('\n')],
    ['strategy/competitors.yaml', `competitors:\n  - id: alpha\n    name: ${q(f.competitorName)}\n    positioning: ${q(f.competitorName)}\n`],
    // Planned: it fills the first slot, so the plan shows its file name.
    [`posts/2027-01-05-linkedin-${fileSegment(f.postSlug)}.md`, [
      '---\nnetwork: linkedin\ndate: 2027-01-05T08:30',
      `format: ${q(f.postFormat)}`,
      'theme: expertise\npersona: claire-dsi\nobjective: linkedin-followers\naccount: brand\nstatus: ready',
      `title: ${q(f.postTitle)}\nlink: ${q(f.postLink)}\ntags: [${q(f.postTag)}]`,
      entry(f.postKey, q(f.postKeyValue)),
      `---\nHello from the workshop, utilize ${f.substitutionFrom} cheap ${f.banned}. #cloud\n${f.postBody}\n`,
    ].join('\n')],
    // Unplanned: a Wednesday, a day the line does not post.
    [`posts/2027-01-06-linkedin-${fileSegment(f.unplannedSlug)}.md`, `---\nnetwork: linkedin\ndate: 2027-01-06T10:00\nformat: text\n---\n${f.unplannedBody}\n`],
    // Broken front matter: values the schema refuses, echoed by validate and lint.
    [`posts/2027-01-12-linkedin-${fileSegment(f.brokenSlug)}.md`, `---\nnetwork: linkedin\ndate: 2027-01-12T08:30\ntheme: ${q(f.brokenTheme)}\nstatus: ${q(f.brokenStatus)}\n---\nBody.\n`],
  ]);
}

/** A fresh copy of the valid fixture holding `fields` everywhere. */
export async function hostileWorkspace(fields: HostileFields): Promise<string> {
  const dir = await copyOf('test/fixtures/valid');
  await rm(path.join(dir, 'posts'), { recursive: true });
  for (const [file, text] of files(fields)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** A run's every output, named for the failure message. */
export type Outputs = Record<string, RunResult>;

/** The built CLI on `dir`, colours off both ways; killed after 20 s (a hang is a finding, exit code -1, not a stuck suite). */
export function edito(dir: string, args: string[]): Promise<RunResult> {
  return runBin(['--no-color', ...args], { cwd: dir, env: { NO_COLOR: '1' }, timeout: 20_000 });
}

/** Runs at most `width` commands at a time (the machine has few cores; spawning them all at once only queues them). */
export async function inBatches<T>(tasks: (() => Promise<T>)[], width = 3): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += width) results.push(...await Promise.all(tasks.slice(i, i + width).map((task) => task())));
  return results;
}

/**
 * Control characters edito never writes to a terminal or a CI log: C0 but TAB
 * and LF, DEL, C1. TAB and LF from data are let through by design (a cell, a
 * multi-line label).
 */
// eslint-disable-next-line no-control-regex
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Where a control character was found, shown escaped, for the failure message. */
export function controlAt(text: string, pattern = TERMINAL_CONTROL): string | undefined {
  const match = new RegExp(pattern.source, 'g').exec(text);
  if (!match) return undefined;
  return JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 40));
}

/**
 * The lines of a log the Actions runner would run as workflow commands, other
 * than edito's own annotations: it trims whitespace, and between
 * `::stop-commands::T` and `::T::` runs nothing.
 */
export function workflowCommands(log: string): string[] {
  let token: string | undefined;
  const commands: string[] = [];
  for (const line of log.split(/\r\n|\r|\n/).map((l) => l.trim())) {
    if (token !== undefined) {
      if (line === `::${token}::`) token = undefined;
      continue;
    }
    const start = /^::stop-commands::(.+)$/.exec(line);
    if (start) token = start[1];
    else if ((line.startsWith('::') && !/^::(error|warning|notice) file=/.test(line)) || line.includes('##[')) commands.push(line);
  }
  return token === undefined ? commands : [...commands, `unclosed stop-commands ${token}`];
}
