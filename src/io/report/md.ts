import type { Report } from '../../core/report/types.js';
import { forMarkdown } from '../sanitize.js';
import { reportView, type Block, type RenderOptions } from './view.js';

export function blockMd(block: Block): string {
  if (block.kind === 'subtitle') return `### ${forMarkdown(block.text)}`;
  if (block.kind === 'text') return `${block.flag ? '> ⚠ ' : ''}${forMarkdown(block.text)}`;
  const row = (cells: readonly string[]) => `| ${cells.map((c) => forMarkdown(c) || ' ').join(' | ')} |`;
  return [row(block.head), `|${block.head.map(() => ' --- |').join('')}`, ...block.rows.map(row)].join('\n');
}

/** A client-ready Markdown document: one `##` per section, GitHub tables, every cell escaped. */
export function render(report: Report, options: RenderOptions): string {
  const view = reportView(report, options);
  const parts = [`# ${forMarkdown(view.title)}`, forMarkdown(view.subtitle)];
  for (const section of view.sections) parts.push(`## ${forMarkdown(section.title)}`, ...section.blocks.map(blockMd));
  return `${parts.join('\n\n')}\n`;
}
