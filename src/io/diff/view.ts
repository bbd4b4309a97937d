import type { WorkspaceDiff } from '../../core/diff/index.js';
import type { FingerprintedFinding } from '../../core/diff/findings.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { dateRange, shortDate } from '../../i18n/dates.js';
import { messageText } from '../reporters/common.js';
import { networkName, type Block } from '../report/view.js';

export interface DiffViewOptions {
  t: Translate;
  locale: Locale;
  /** How the two sides are named in the title (a ref, "working tree"). */
  base: string;
  head: string;
}

export interface DiffSection {
  id: 'calendar' | 'mix' | 'charter' | 'findings';
  title: string;
  /** Each table with its title ('' for a section's only table); the long ones are folded in md. `folded`: only in md, always inside <details>. */
  tables: { title: string; block: Block & { kind: 'table' }; folded?: boolean }[];
}

export interface DiffView {
  title: string;
  /** The three-line summary, or one line when nothing changed. */
  summary: string[];
  sections: DiffSection[];
}

/** A local date or date-time in the reader's language: « 12 janv. 08:30 ». */
function when(date: string, locale: Locale): string {
  const day = shortDate(date.slice(0, 10), locale);
  return date.length > 10 ? `${day} ${date.slice(11, 16)}` : day;
}

const list = (findings: readonly FingerprintedFinding[]) => [...new Set(findings.map((f) => f.file))].join(', ');

/** The diff as the documents show it: a title, the summary, and each non-empty section as tables of already-written cells. */
export function diffView(diff: WorkspaceDiff, options: DiffViewOptions): DiffView {
  const { t, locale } = options;
  const col = (id: string) => t(`diff.col.${id}`);
  const change = (id: string) => t(`diff.change.${id}`);
  const table = (title: string, head: string[], rows: string[][]) => ({ title: title === '' ? '' : t(title), block: { kind: 'table' as const, head: head.map(col), rows } });
  const { calendar: c, findings: f } = diff;

  const slots = [
    ...c.slotsAdded.map((s) => [`+ ${change('added')}`, networkName(s.network), when(`${s.date}T${s.time}`, locale)]),
    ...c.slotsRemoved.map((s) => [`− ${change('removed')}`, networkName(s.network), when(`${s.date}T${s.time}`, locale)]),
  ];
  const posts = [
    ...c.postsAdded.map((p) => [`+ ${change('added')}`, networkName(p.network), when(p.date, locale), p.file]),
    ...c.postsRemoved.map((p) => [`− ${change('removed')}`, networkName(p.network), when(p.date, locale), p.file]),
    ...c.moved.map((m) => [change('moved'), networkName(m.network), `${when(m.from, locale)} → ${when(m.to, locale)}`, m.file]),
    ...c.renamed.map((r) => [change('renamed'), networkName(r.network), when(r.date, locale), `${r.from} → ${r.to}`]),
    ...c.status.map((s) => [`${change('status')} ${s.from ?? '—'} → ${s.to ?? '—'}`, networkName(s.network), '', s.file]),
  ];
  const weeks = c.weeks.map((w) => {
    const bounds = w.min !== undefined && w.max !== undefined ? `${w.min}–${w.max}` : '';
    const outside = w.min !== undefined && w.max !== undefined && (w.after < w.min || w.after > w.max);
    return [networkName(w.network), shortDate(w.week, locale), `${w.before} → ${w.after}`, outside ? `${bounds} ⚠ ${t('diff.out_of_bounds', { min: w.min!, max: w.max! })}` : bounds];
  });
  const number = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const points = (n: number) => `${n > 0 ? '+' : ''}${number(n)}`;
  const mix = diff.mix.map((m) => [
    networkName(m.network), t(`diff.kind.${m.dimension}`), m.value, `${number(m.before)} % → ${number(m.after)} %`, points(m.points), m.weight === undefined ? '' : `${number(m.weight)} %`,
  ]);
  const charter = diff.charter.map((ch) => [
    ch.scope === 'charter' ? t('diff.scope.charter') : networkName(ch.scope), ch.key, `${ch.before ?? '—'} → ${ch.after ?? '—'}`, list(ch.broken), list(ch.freed),
  ]);
  const findingRows = (found: readonly FingerprintedFinding[]) => found.map((m) => [t(`report.severity.${m.severity}`), m.ruleId, `${m.file}:${m.line}`, messageText(m, t)]);
  const findingHead = ['severity', 'rule', 'file', 'message'];

  const sections: DiffSection[] = [
    { id: 'calendar', title: t('diff.section.calendar'), tables: [
      ...(slots.length ? [table('diff.table.slots', ['change', 'network', 'date'], slots)] : []),
      ...(posts.length ? [table('diff.table.posts', ['change', 'network', 'date', 'post'], posts)] : []),
      ...(weeks.length ? [table('diff.table.weeks', ['network', 'week', 'before_after', 'bounds'], weeks)] : []),
    ] },
    { id: 'mix', title: t('diff.section.mix'), tables: mix.length ? [table('', ['network', 'kind', 'value', 'before_after', 'points', 'weight'], mix)] : [] },
    { id: 'charter', title: t('diff.section.charter'), tables: charter.length ? [table('', ['scope', 'setting', 'before_after', 'broken', 'freed'], charter)] : [] },
    { id: 'findings', title: t('diff.section.findings'), tables: [
      ...(f.added.length ? [table('diff.table.new', findingHead, findingRows(f.added))] : []),
      ...(f.fixed.length ? [table('diff.table.fixed', findingHead, findingRows(f.fixed))] : []),
      ...(f.unchanged.length && (f.added.length || f.fixed.length) ? [{ ...table('diff.table.unchanged', findingHead, findingRows(f.unchanged)), folded: true }] : []),
    ] },
  ];
  const nonEmpty = sections.filter((s) => s.tables.length > 0);
  const summary = [
    t('diff.summary.calendar', {
      slotsAdded: c.slotsAdded.length, slotsRemoved: c.slotsRemoved.length, postsAdded: c.postsAdded.length, postsRemoved: c.postsRemoved.length,
      moved: c.moved.length, renamed: c.renamed.length, status: c.status.length,
    }),
    t('diff.summary.mix_charter', { mix: diff.mix.length, charter: diff.charter.length }),
    t('diff.summary.findings', { added: f.added.length, errors: f.added.filter((m) => m.severity === 'error').length, fixed: f.fixed.length, unchanged: f.unchanged.length }),
  ];
  return {
    title: t('diff.title', { base: options.base, head: options.head, range: dateRange(diff.range.from, diff.range.to, locale) }),
    summary: [...(diff.baseExists ? [] : [t('diff.no_base', { ref: options.base })]), ...(nonEmpty.length === 0 && f.unchanged.length === 0 ? [t('diff.nothing')] : summary)],
    sections: nonEmpty,
  };
}
