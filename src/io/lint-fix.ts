import type { Diagnostic, Fix } from '../core/diagnostics.js';
import { groupBy } from '../core/collections.js';
import type { Post } from '../core/workspace.js';
import { withFixes } from './posts.js';

/**
 * Applies non-overlapping fixes to a body: of two that overlap, the later one
 * wins and the other is left for the next run. The text is cut once and
 * joined once, so thousands of fixes cost time linear in the body.
 */
export function applyFixes(body: string, fixes: readonly Fix[]): string {
  const chosen: Fix[] = [];
  let limit = Infinity;
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) {
    if (fix.end > limit) continue;
    chosen.push(fix);
    limit = fix.start;
  }
  const parts: string[] = [];
  let at = 0;
  for (const fix of chosen.reverse()) {
    parts.push(body.slice(at, fix.start), fix.text);
    at = fix.end;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

/** New text of every post file that fixes change. */
export function fixedFiles(posts: readonly Post[], messages: readonly Diagnostic[]): Map<Post, string> {
  const byFile = groupBy(messages.filter((message) => message.fix), (message) => message.file);
  const out = new Map<Post, string>();
  for (const post of posts) {
    if (post.source === undefined) continue;
    const fixes = byFile.get(post.file)?.flatMap((message) => message.fix!);
    if (!fixes) continue;
    const text = withFixes(post, fixes, applyFixes);
    if (text !== post.source) out.set(post, text);
  }
  return out;
}

/** A unified diff of two texts with the same lines but some changed (fixes never add lines). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] === b[i]) continue;
    let j = i;
    while (j < Math.max(a.length, b.length) && a[j] !== b[j]) j += 1;
    const count = j - i;
    out.push(`@@ -${i + 1},${count} +${i + 1},${count} @@`);
    for (let k = i; k < j; k += 1) if (a[k] !== undefined) out.push(`-${a[k]!.replace(/\r$/, '')}`);
    for (let k = i; k < j; k += 1) if (b[k] !== undefined) out.push(`+${b[k]!.replace(/\r$/, '')}`);
    i = j;
  }
  return `${out.join('\n')}\n`;
}
