import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/types.js';
import { REPO, runBin } from '../helpers.js';

const FOURNIL = 'examples/fournil-lyon';
const SAAS = 'examples/saas-consultant';
const TODAY = { [FOURNIL]: '2027-02-01', [SAAS]: '2027-03-01' };
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'edito-report-'));
});

async function jsonReport(dir: keyof typeof TODAY): Promise<Report> {
  const { code, stdout, stderr } = await runBin(['report', '--dir', dir, '--format', 'json', '--today', TODAY[dir]]);
  expect(stderr).not.toContain('internal error');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

/** `data-value` of every rect of one chart, by its data-label (or weekday/hour). */
function chartValues(html: string, chart: string): Map<string, number> {
  const svg = new RegExp(`<svg[^>]*data-chart="${chart}"[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
  const values = new Map<string, number>();
  for (const m of svg.matchAll(/<rect [^>]*?(?:data-label="([^"]*)"|data-weekday="(\w+)" data-hour="(\d+)")[^>]*?data-value="([^"]+)"/g)) {
    values.set(m[1] ?? `${m[2]} ${m[3]}`, Number(m[4]));
  }
  return values;
}

describe.each([FOURNIL, SAAS] as const)('edito report on %s (built CLI)', (dir) => {
  it('writes one self-contained HTML page whose charts carry the computed figures', async () => {
    const file = path.join(out, `${path.basename(dir)}.html`);
    const { code, stdout, stderr } = await runBin(['report', '--dir', dir, '--format', 'html', '--out', file, '--today', TODAY[dir]]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(path.basename(file));
    const html = await readFile(file, 'utf8');
    expect([...html.matchAll(/<section id="(\w+)">/g)].map((m) => m[1])).toEqual(['objectives', 'personas', 'benchmark', 'mix', 'actual', 'kpi']);
    expect(html).not.toMatch(/<script|<link|@import|url\(|src="|href="https?:/i);
    const report = await jsonReport(dir);
    const ours = dir === FOURNIL ? 'Nous (prévu)' : 'Us (planned)';
    for (const n of report.benchmark.networks.filter((b) => b.ours)) expect(chartValues(html, `benchmark-${n.network}`).get(ours)).toBe(n.ours!.postsPerWeek);
    for (const line of report.mix) {
      const values = chartValues(html, `mix-${line.network}`);
      expect([...values.values()]).toEqual(line.themes.flatMap((th) => [th.share, th.weight]));
    }
    const progress = chartValues(html, 'progress');
    expect(Object.fromEntries(progress)).toEqual(Object.fromEntries(report.kpi!.objectives.filter((k) => k.progress !== null).map((k) => [k.objective, k.progress])));
    for (const n of report.kpi!.networks.filter((x) => x.heat.length > 0)) {
      expect(Object.fromEntries(chartValues(html, `heat-${n.network}`))).toEqual(Object.fromEntries(n.heat.map((c) => [`${c.weekday} ${c.hour}`, c.median])));
    }
  });

  it('reads the sample exports declared in edito.yaml and fills every section', async () => {
    const report = await jsonReport(dir);
    expect(report.sources.length).toBe(3);
    expect(report.kpi!.networks.length).toBe(3);
    const classes = new Set(report.actual.entries.map((e) => e.class));
    for (const c of ['on-time', 'late', 'missed', 'off-plan']) expect(classes.has(c as never), c).toBe(true);
    expect(report.kpi!.suggestions.length).toBeGreaterThan(0);
    expect(report.kpi!.objectives.some((k) => k.missing === 'not-in-exports')).toBe(true);
  });
});

describe('edito report formats', () => {
  it('table fits the terminal width', async () => {
    const { code, stdout } = await runBin(['report', '--dir', SAAS, '--today', TODAY[SAAS]], { env: { COLUMNS: '80' } });
    expect(code).toBe(0);
    const widest = Math.max(...stdout.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(80);
    expect(stdout).toContain('KPI tracking');
  });

  it('Markdown in the workspace locale: « 12,5 % », the formula beside the rates', async () => {
    const { code, stdout } = await runBin(['report', '--dir', FOURNIL, '--format', 'md', '--today', TODAY[FOURNIL]]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\| \d+,\d+[\u00a0\u202f]% \|/);
    expect(stdout).toContain('Taux d’engagement = (j’aime + commentaires + partages + enregistrements) ÷ couverture');
    expect(stdout).toContain('## Suivi des indicateurs');
  });

  it('--metrics replaces the files of edito.yaml; without any, the KPI section says how to get one', async () => {
    const only = await runBin(['report', '--dir', SAAS, '--format', 'json', '--today', TODAY[SAAS], '--metrics', `${SAAS}/metrics/youtube.csv`]);
    expect((JSON.parse(only.stdout) as Report).sources.map((s) => s.layout)).toEqual(['generic']);
    const none = await runBin(['report', '--dir', 'test/fixtures/valid', '--format', 'md', '--today', '2027-01-02']);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('--metrics');
  });
});

describe('bad metrics files: exit 2, file, row and column, localized, nothing written, no stack trace', () => {
  const cases: [string, string | Buffer | (() => Promise<string>), RegExp][] = [
    ['unknown.csv', 'foo,bar\n1,2\n', /unknown\.csv : format de statistiques inconnu/],
    ['number.csv', 'date,réseau,j’aime\n2027-01-05,facebook,12\n2027-01-06,facebook,douze\n', /number\.csv:3:3 : « douze » dans la colonne j’aime n’est pas un nombre/],
    ['range.csv', 'date,réseau,j’aime\n2027-03-05,facebook,12\n', /range\.csv:2:1 : 2027-03-05 .* hors de la période du bilan 2027-01-04 – 2027-01-31/],
    ['empty.csv', '', /empty\.csv : le fichier est vide/],
    ['latin1.csv', Buffer.from('date,réseau,j’aime\n2027-01-05,facebook,12\n'.replace('é', '\u00e9'), 'latin1'), /latin1\.csv:1:7 : texte qui n’est pas en UTF-8/],
    ['renamed.csv', async () => path.join(REPO, 'test/fixtures/metrics/renamed-xls.csv'), /renamed\.csv : un classeur Excel 97–2003/],
    ['renamed-xlsx.csv', async () => path.join(REPO, 'test/fixtures/metrics/linkedin-content.xlsx'), /renamed-xlsx\.csv : un classeur Excel \(\.xlsx\) sous un autre nom/],
  ];
  it.each(cases)('%s', async (name, content, message) => {
    const file = path.join(out, name);
    if (typeof content === 'function') await copyFile(await content(), file);
    else await writeFile(file, content);
    const target = path.join(out, `${name}.html`);
    const { code, stderr, stdout } = await runBin(['report', '--dir', path.join(REPO, FOURNIL), '--metrics', file, '--format', 'html', '--out', target, '--today', TODAY[FOURNIL]], { cwd: out });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('→');
    expect(stderr).not.toMatch(/\n\s+at |internal error/);
    expect(stdout).toBe('');
    expect(existsSync(target)).toBe(false);
  });

  it('a 50 MB file is refused before it is read', async () => {
    const file = path.join(out, 'big.csv');
    await writeFile(file, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const { code, stderr } = await runBin(['report', '--dir', path.join(REPO, SAAS), '--metrics', file, '--today', TODAY[SAAS]], { cwd: out });
    expect(code).toBe(2);
    expect(stderr).toContain('big.csv: 50.0 MiB, more than the 20.0 MiB a metrics file may hold');
  });

  it('a missing file names the file', async () => {
    const { code, stderr } = await runBin(['report', '--dir', path.join(REPO, SAAS), '--metrics', 'nope.csv'], { cwd: out });
    expect(code).toBe(2);
    expect(stderr).toContain('nope.csv');
  });
});
