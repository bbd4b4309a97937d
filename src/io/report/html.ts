import { WEEKDAYS } from '../../core/networks.js';
import type { Report } from '../../core/report/types.js';
import { escape as escapeAll } from '../exporters/html.js';
import { formats, type Formats } from './format.js';
import { networkName, reportView, type Block, type RenderOptions, type Section } from './view.js';

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:24px auto;max-width:1100px;padding:0 16px;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #dde;padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.sub{color:#556;margin:0 0 16px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}
th,td{border:1px solid #dde;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f4f8;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
p{margin:6px 0}p.flag{background:#fff6e5;border-left:4px solid #e09000;padding:4px 8px}
svg{display:block;margin:8px 0 14px;max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:#1d2330}
section{break-inside:avoid-page}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}svg,table{break-inside:avoid}}
`;

/** Most cells hold nothing to escape: those skip the five replacements (a year's table has 80,000 cells). */
const NOTHING_TO_ESCAPE = /^[^&<>"'\u0000-\u001f\u007f]*$/;
const escape = (text: string) => (NOTHING_TO_ESCAPE.test(text) ? text : escapeAll(text));

const NUMERIC = /^[−+-]?[\d\s\u202f.,]+(\s?%|\s?pt)?$/;

function blockHtml(block: Block): string {
  if (block.kind === 'subtitle') return `<h3>${escape(block.text)}</h3>`;
  if (block.kind === 'text') return `<p${block.flag ? ' class="flag"' : ''}>${block.flag ? '⚠ ' : ''}${escape(block.text)}</p>`;
  const head = block.head.map((h) => `<th>${escape(h)}</th>`).join('');
  const rows = block.rows.map((r) => `<tr>${r.map((c) => `<td${NUMERIC.test(c) ? ' class="num"' : ''}>${escape(c)}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

interface Bar {
  label: string;
  /** What the axis shows, when shorter than the label (the label stays the bar's name). */
  text?: string;
  value: number;
  shown: string;
  color: string;
}

/**
 * Horizontal bars, one per item; each `<rect>` carries its figure in
 * `data-value` (the computed number, not the drawn length) so tests can
 * check the chart against the report.
 */
function bars(chart: string, title: string, items: readonly Bar[], max = Math.max(1, ...items.map((i) => i.value))): string {
  const row = 22;
  // Room for the longest label, at about 7 px a character.
  const left = Math.min(400, 16 + 7 * Math.max(8, ...items.map((i) => [...(i.text ?? i.label)].length)));
  const width = left + 680;
  const scale = (width - left - 200) / max;
  const body = items.map((item, i) => {
    const y = 24 + i * row;
    const length = Math.max(0, Math.min(item.value, max)) * scale;
    return `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${escape(item.text ?? item.label)}</text>`
      + `<rect x="${left}" y="${y + 3}" width="${length.toFixed(1)}" height="${row - 6}" fill="${item.color}" data-label="${escape(item.label)}" data-value="${item.value}"><title>${escape(`${item.label}: ${item.shown}`)}</title></rect>`
      + `<text x="${(left + length + 6).toFixed(1)}" y="${y + 14}">${escape(item.shown)}</text>`;
  });
  const height = 30 + items.length * row;
  return `<svg xmlns="http://www.w3.org/2000/svg" data-chart="${chart}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(title)}"><text x="0" y="14" font-weight="600">${escape(title)}</text>${body.join('')}</svg>`;
}

const OURS = '#2b6cb0';
const THEIRS = '#a0aec0';
const MEDIAN = '#dd6b20';

function benchmarkCharts(report: Report, options: RenderOptions, f: Formats): string[] {
  return report.benchmark.networks.filter((n) => n.competitors.length > 0 || n.ours).map((n) => {
    const items: Bar[] = n.competitors.filter((c) => c.postsPerWeek !== null).map((c) => ({ label: c.name, value: c.postsPerWeek!, shown: f.number(c.postsPerWeek, 2), color: THEIRS }));
    if (n.median.postsPerWeek !== null) items.push({ label: options.t('report.benchmark.median'), value: n.median.postsPerWeek, shown: f.number(n.median.postsPerWeek, 2), color: MEDIAN });
    if (n.ours) items.push({ label: options.t('report.benchmark.ours'), value: n.ours.postsPerWeek, shown: f.number(n.ours.postsPerWeek, 2), color: OURS });
    return bars(`benchmark-${n.network}`, `${networkName(n.network)} — ${options.t('report.benchmark.col.per_week')}`, items);
  });
}

function mixCharts(report: Report, options: RenderOptions, f: Formats): string[] {
  const { t } = options;
  return report.mix.map((line) => bars(`mix-${line.network}`, t('report.mix.line', { network: networkName(line.network), slots: line.slots }), line.themes.flatMap((th) => [
    { label: `${th.label} — ${t('report.mix.col.share')}`, text: th.label, value: th.share, shown: `${f.percent(th.share)} ${t('report.mix.col.share').toLowerCase()}`, color: OURS },
    { label: `${th.label} — ${t('report.mix.col.weight')}`, text: '', value: th.weight ?? 0, shown: `${f.percent(th.weight ?? 0)} ${t('report.mix.col.weight').toLowerCase()}`, color: THEIRS },
  ]), 100));
}

function progressChart(report: Report, options: RenderOptions, f: Formats): string[] {
  const known = report.kpi?.objectives.filter((k) => k.progress !== null) ?? [];
  if (known.length === 0) return [];
  const items = known.map((k) => ({ label: k.objective, value: k.progress!, shown: `${f.percent(k.progress)} · ${options.t(`report.kpi.verdict.${k.verdict}`)}`, color: k.verdict === 'off-track' ? MEDIAN : OURS }));
  return [bars('progress', options.t('report.kpi.col.progress'), items, 100)];
}

/** Weekday × hour: each cell's shade follows its median rate; the figure is in `data-value`. */
function heatCharts(report: Report, options: RenderOptions, f: Formats): string[] {
  return (report.kpi?.networks ?? []).filter((n) => n.heat.length > 0).map((n) => {
    const hours = [...new Set(n.heat.map((c) => c.hour))].sort();
    const max = Math.max(...n.heat.map((c) => c.median), 0.0001);
    const cell = 44;
    const left = 70;
    const top = 40;
    const days = f.weekday;
    const head = hours.map((h, i) => `<text x="${left + i * cell + cell / 2}" y="${top - 6}" text-anchor="middle">${h}h</text>`).join('');
    const rows = WEEKDAYS.map((d, r) => {
      const label = `<text x="${left - 8}" y="${top + r * cell + cell / 2 + 4}" text-anchor="end">${escape(days(d))}</text>`;
      const cells = hours.map((h, i) => {
        const c = n.heat.find((x) => x.weekday === d && x.hour === h);
        const x = left + i * cell;
        const y = top + r * cell;
        if (!c) return `<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="#f3f4f8"/>`;
        const opacity = (0.15 + 0.85 * (c.median / max)).toFixed(2);
        return `<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${OURS}" fill-opacity="${opacity}" data-weekday="${d}" data-hour="${h}" data-posts="${c.posts}" data-value="${c.median}"><title>${escape(`${days(d)} ${h}h: ${f.percent(c.median, 2)} (${c.posts})`)}</title></rect>`
          + `<text x="${x + cell / 2 - 1}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="10">${escape(f.number(c.median, 1))}</text>`;
      });
      return label + cells.join('');
    }).join('');
    const title = `${networkName(n.network)} — ${options.t('report.kpi.heat')}`;
    const width = Math.max(left + hours.length * cell + 10, 8 * [...title].length);
    const height = top + 7 * cell + 10;
    return `<svg xmlns="http://www.w3.org/2000/svg" data-chart="heat-${n.network}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(title)}"><text x="0" y="14" font-weight="600">${escape(title)}</text>${head}${rows}</svg>`;
  });
}

function sectionHtml(section: Section, charts: readonly string[]): string {
  return `<section id="${section.id}">\n<h2>${escape(section.title)}</h2>\n${charts.join('\n')}${charts.length ? '\n' : ''}${section.blocks.map(blockHtml).join('\n')}\n</section>`;
}

/** One printable page, no script and no external request; charts are inline SVG drawn from the report's own figures. */
export function render(report: Report, options: RenderOptions): string {
  const view = reportView(report, options);
  const f = formats(options.locale);
  const charts: Partial<Record<Section['id'], string[]>> = {
    benchmark: benchmarkCharts(report, options, f),
    mix: mixCharts(report, options, f),
    kpi: [...progressChart(report, options, f), ...heatCharts(report, options, f)],
  };
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escape(view.title)}</h1><p class="sub">${escape(view.subtitle)}</p></header>
${view.sections.map((s) => sectionHtml(s, charts[s.id] ?? [])).join('\n')}
</body>
</html>
`;
}
