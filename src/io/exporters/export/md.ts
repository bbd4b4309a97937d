import { mondayOf } from '../../../core/dates.js';
import { groupBy } from '../../../core/collections.js';
import { forMarkdown, markdownLinkTarget } from '../../sanitize.js';
import { networkName, shortDay } from '../shared.js';
import { defineTarget, type ExportPost, type ExportOptions } from './target.js';

/** One post: a heading, what it is, its text as a quote (line by line, escaped), a box to tick. */
function postBlock(post: ExportPost, options: ExportOptions): string[] {
  const { t, locale } = options;
  const heading = `### ${shortDay(post.at.date, locale)} ${post.at.time} · ${networkName(post.network)}`;
  const facts = [
    [t('export.md.theme'), post.themeLabel], [t('export.md.format'), post.format], [t('export.md.persona'), post.persona],
    [t('export.md.status'), post.status], [t('export.md.link'), post.link],
  ].filter((fact): fact is [string, string] => fact[1] !== undefined);
  // French typography puts a space before the colon.
  const colon = locale === 'fr' ? ' : ' : ': ';
  // A backslash at the end of a quoted line keeps the post's line break (CommonMark's hard break).
  const lines = post.text.split('\n');
  const quote = lines.map((line, i) => {
    if (line.trim() === '') return '>';
    const next = lines[i + 1];
    return `> ${forMarkdown(line)}${next !== undefined && next.trim() !== '' ? '\\' : ''}`;
  });
  return [
    heading, '',
    ...facts.map(([name, value]) => `- ${name}${colon}${forMarkdown(value)}`),
    ...post.media.map((media) => `- ${t('export.md.media')}${colon}${forMarkdown(media)}`),
    `- ${t('export.md.file')}${colon}[${forMarkdown(post.file)}](${markdownLinkTarget(post.file)})`,
    '', ...quote, '', `- [ ] ${t('export.md.approved')}`, '',
  ];
}

/** A review document for a client's sign-off: the posts grouped by week (Monday to Sunday), in date order. */
const md = defineTarget({
  id: 'md',
  limits: { media: 'any', link: true, csv: false },
  output: 'file',
  extension: '.md',
  render: (posts, options) => {
    const { t, locale } = options;
    const lines = [`# ${forMarkdown(t('export.md.title', { brand: options.brand }))}`, '', t('export.md.intro', { count: posts.length, timezone: options.timezone }), ''];
    for (const [monday, week] of groupBy(posts, (p) => mondayOf(p.at.date))) {
      lines.push(`## ${t('export.md.week', { date: shortDay(monday, locale) })}`, '');
      for (const post of week) lines.push(...postBlock(post, options));
    }
    return lines.join('\n');
  },
});

export default md;
