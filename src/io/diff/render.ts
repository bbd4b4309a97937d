import type { WorkspaceDiff } from '../../core/diff/index.js';
import type { FingerprintedFinding } from '../../core/diff/findings.js';
import { countsOf } from '../../core/diagnostics.js';
import { blockMd } from '../report/md.js';
import { blockText } from '../report/table.js';
import { messageText } from '../reporters/common.js';
import { github } from '../reporters/github.js';
import { forMarkdown, forTerminal } from '../sanitize.js';
import type { DiffFormat } from './formats.js';
import { diffView, type DiffViewOptions } from './view.js';

export interface DiffRenderOptions extends DiffViewOptions {
  color: boolean;
  /** Columns of the terminal (table). */
  width: number;
  /** Workspace root and the folder paths are shown from (github: the repository's top). */
  root: string;
  cwd: string;
  version: string;
  /** The commits compared, for json (head: undefined for the working tree). */
  commits: { base: string; head: string | undefined };
}

/** Tables of more rows than this are folded inside <details> in md. */
const FOLD_ROWS = 10;

const ESC = String.fromCharCode(27);
const bold = (on: boolean, text: string) => (on ? `${ESC}[1m${text}${ESC}[0m` : text);

function table(diff: WorkspaceDiff, options: DiffRenderOptions): string {
  const view = diffView(diff, options);
  const render = { t: options.t, locale: options.locale, color: options.color, brand: '', width: options.width };
  const out = [bold(options.color, forTerminal(view.title)), ...view.summary.map(forTerminal)];
  for (const section of view.sections) {
    out.push('', bold(options.color, forTerminal(section.title)));
    for (const { title, block } of section.tables.filter((table) => !table.folded)) out.push(...(title ? [forTerminal(title)] : []), blockText(block, render));
  }
  return `${out.join('\n')}\n`;
}

/** For a pull-request comment: the summary first, each section a `###`, long tables folded. */
function md(diff: WorkspaceDiff, options: DiffRenderOptions): string {
  const view = diffView(diff, options);
  const parts = [`## ${forMarkdown(view.title)}`, view.summary.map((line) => `${forMarkdown(line)}  `).join('\n').replace(/ {2}$/, '')];
  for (const section of view.sections) {
    parts.push(`### ${forMarkdown(section.title)}`);
    for (const { title, block, folded } of section.tables) {
      const body = blockMd(block);
      const label = `${forMarkdown(title || section.title)} (${block.rows.length})`;
      parts.push(folded || block.rows.length > FOLD_ROWS ? `<details><summary>${label}</summary>\n\n${body}\n\n</details>` : `**${label}**\n\n${body}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}

function findingJson(finding: FingerprintedFinding, options: DiffRenderOptions) {
  return {
    ruleId: finding.ruleId, severity: finding.severity, file: finding.file, line: finding.line, column: finding.column,
    message: messageText(finding, options.t), fingerprint: finding.fingerprint, excerpt: finding.excerpt,
  };
}

/** The documented machine format (docs/diff.md, "JSON"). */
function json(diff: WorkspaceDiff, options: DiffRenderOptions): string {
  const findings = (list: readonly FingerprintedFinding[]) => list.map((f) => findingJson(f, options));
  return `${JSON.stringify({
    version: 1,
    tool: { name: 'edito', version: options.version },
    base: { ref: options.base, commit: options.commits.base },
    head: options.commits.head === undefined ? { ref: null, commit: null } : { ref: options.head, commit: options.commits.head },
    range: diff.range,
    baseExists: diff.baseExists,
    calendar: diff.calendar,
    mix: diff.mix,
    charter: diff.charter.map((c) => ({ ...c, broken: findings(c.broken), freed: findings(c.freed) })),
    findings: { added: findings(diff.findings.added), fixed: findings(diff.findings.fixed), unchanged: findings(diff.findings.unchanged) },
  }, null, 2)}\n`;
}

/** Workflow annotations of the new findings only, through the lint reporter's escaping. */
function annotations(diff: WorkspaceDiff, options: DiffRenderOptions): string {
  const messages = diff.findings.added;
  const report = { tool: 'lint' as const, messages, suppressed: [], files: [...new Set(messages.map((m) => m.file))], ...countsOf(messages) };
  return github(report, { t: options.t, locale: options.locale, color: false, root: options.root, cwd: options.cwd, version: options.version, rules: [] });
}

export const DIFF_RENDERERS: Record<DiffFormat, (diff: WorkspaceDiff, options: DiffRenderOptions) => string> = { table, md, json, github: annotations };
