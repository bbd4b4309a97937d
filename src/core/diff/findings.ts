import type { Diagnostic } from '../diagnostics.js';

/** A finding with the fingerprint of the text it is about, so that it is matched across revisions without its line number. */
export interface FingerprintedFinding extends Diagnostic {
  /** rule + file + the offending text, hashed (FNV-1a, 32 bits, hex). */
  fingerprint: string;
  /** The offending text, whitespace collapsed (at most 120 characters). */
  excerpt: string;
}

export interface FindingsDiff {
  added: FingerprintedFinding[];
  fixed: FingerprintedFinding[];
  unchanged: FingerprintedFinding[];
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The text a finding is about: its span when it has one, else its whole line
 * (trimmed); none for a finding without a file text. Line numbers are not part of it.
 */
export function offendingText(finding: Diagnostic, text: string | undefined): string {
  if (text === undefined) return '';
  const lines = text.split(/\r?\n/);
  const first = lines[finding.line - 1] ?? '';
  let span: string;
  if (finding.endLine !== undefined && finding.endColumn !== undefined && (finding.endLine > finding.line || finding.endColumn > finding.column)) {
    const middle = lines.slice(finding.line - 1, finding.endLine);
    if (middle.length === 1) span = first.slice(finding.column - 1, finding.endColumn - 1);
    else span = [first.slice(finding.column - 1), ...middle.slice(1, -1), (middle.at(-1) ?? '').slice(0, finding.endColumn - 1)].join('\n');
  } else span = first;
  return span.replace(/\s+/g, ' ').trim();
}

/** The fingerprint of a finding of `ruleId` in `file` about `excerpt`. */
export function fingerprintOf(ruleId: string, file: string, excerpt: string): string {
  return fnv1a(`${ruleId}\0${file}\0${excerpt}`);
}

/**
 * The finding with its fingerprint: rule, file and offending text, and the
 * string parameters of its message (a term, a week: what tells two findings of
 * one line apart; numbers, which measure, are left out).
 */
export function fingerprinted(finding: Diagnostic, text: string | undefined): FingerprintedFinding {
  const named = Object.values(finding.message.params ?? {}).filter((v): v is string => typeof v === 'string');
  const whole = [offendingText(finding, text), ...named].join(' ').trim();
  const excerpt = whole.length > 120 ? `${whole.slice(0, 119)}…` : whole;
  return { ...finding, fingerprint: fingerprintOf(finding.ruleId, finding.file, excerpt), excerpt };
}

/**
 * New, fixed and unchanged findings: matched by fingerprint, as many times as
 * it occurs on each side (two identical findings before and three after: one new).
 */
export function diffFindings(before: readonly FingerprintedFinding[], after: readonly FingerprintedFinding[]): FindingsDiff {
  const pool = new Map<string, FingerprintedFinding[]>();
  for (const finding of before) pool.set(finding.fingerprint, [...(pool.get(finding.fingerprint) ?? []), finding]);
  const added: FingerprintedFinding[] = [];
  const unchanged: FingerprintedFinding[] = [];
  for (const finding of after) {
    const match = pool.get(finding.fingerprint);
    if (match && match.length > 0) {
      match.shift();
      unchanged.push(finding);
    } else added.push(finding);
  }
  const fixed = [...pool.values()].flat().sort((a, b) => before.indexOf(a) - before.indexOf(b));
  return { added, fixed, unchanged };
}

/** Whether the head adds a finding at error level (the exit code is then 1). */
export function addsError(diff: FindingsDiff): boolean {
  return diff.added.some((f) => f.severity === 'error');
}
