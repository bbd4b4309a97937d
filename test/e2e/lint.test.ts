import { pathToFileURL } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { copyOf, REPO, runBin, sarifValidator } from '../helpers.js';

const VIOLATIONS = 'test/fixtures/lint-violations';
const TODAY = ['--today', '2027-01-06'];

interface EslintFile {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number }[];
  errorCount: number;
  warningCount: number;
}

async function lintJson(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = await runBin(['lint', '--format', 'json', ...args], options);
  const report = JSON.parse(result.stdout) as EslintFile[];
  const rows = report.flatMap((f) => f.messages.map((m) => ({ ...m, file: path.relative(path.join(REPO, VIOLATIONS), f.filePath).split(path.sep).join('/') })));
  return { ...result, report, rows };
}

/** One violation of each rule: file, line, column, rule id. */
const EXPECTED = [
  ['charter/networks/linkedin.yaml', 10, 1, 'frequency-min'],
  ['posts/calendar/2027-01-01-holiday.md', 3, 7, 'holiday'],
  ['posts/calendar/2027-01-05-date-past.md', 3, 7, 'date-past'],
  ['posts/calendar/2027-01-07-status-ready.md', 3, 7, 'status-ready'],
  ['posts/calendar/2027-01-13-day-allowed.md', 3, 7, 'day-allowed'],
  ['posts/calendar/2027-01-16-frequency-max.md', 3, 7, 'frequency-max'],
  ['posts/calendar/2027-01-20-gap-min.md', 3, 7, 'gap-min'],
  ['posts/calendar/2027-01-26-blackout.md', 3, 7, 'blackout'],
  ['posts/calendar/2027-01-28-time-allowed.md', 3, 7, 'time-allowed'],
  ['posts/text/01-length-max.md', 7, 1, 'length-max'],
  ['posts/text/02-length-recommended.md', 7, 1, 'length-recommended'],
  ['posts/text/03-hashtags-count.md', 7, 1, 'hashtags-count'],
  ['posts/text/04-emojis-max.md', 7, 27, 'emojis-max'],
  ['posts/text/05-mentions-max.md', 7, 18, 'mentions-max'],
  ['posts/text/06-banned-term.md', 7, 12, 'banned-term'],
  ['posts/text/07-substitution.md', 7, 13, 'substitution'],
  ['posts/text/08-register.md', 7, 1, 'register'],
  ['posts/text/09-exclamations-max.md', 7, 15, 'exclamations-max'],
  ['posts/text/10-all-caps.md', 7, 11, 'all-caps'],
  ['posts/text/11-spelling.md', 7, 7, 'spelling'],
  ['posts/text/12-utm-required.md', 7, 14, 'utm-required'],
  ['posts/text/13-link-allowed.md', 7, 14, 'link-allowed'],
  ['posts/text/14-format-allowed.md', 4, 9, 'format-allowed'],
  ['posts/text/15-theme-known.md', 5, 8, 'theme-known'],
  ['posts/text/16-persona-known.md', 5, 10, 'persona-known'],
  ['posts/text/17-objective-known.md', 5, 12, 'objective-known'],
  ['posts/text/18-account-matches.md', 5, 10, 'account-matches'],
  ['posts/text/19-front-matter.md', 5, 1, 'front-matter'],
  ['posts/text/20-network-known.md', 2, 10, 'network-known'],
  ['posts/text/22-hook-fold.md', 7, 126, 'hook-fold'],
];

describe('edito lint on a workspace with one violation of each rule', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`finds exactly the expected rule ids, lines and columns (${locale})`, async () => {
      const { code, rows } = await lintJson(['--dir', VIOLATIONS, ...TODAY, '--locale', locale]);
      expect(rows.map((r) => [r.file, r.line, r.column, r.ruleId])).toEqual(EXPECTED);
      expect(new Set(rows.map((r) => r.ruleId)).size).toBe(30);
      expect(code).toBe(1);
      const message = (rule: string) => rows.find((r) => r.ruleId === rule)!.message;
      if (locale === 'en') {
        expect(message('register')).toBe('"Tu" speaks as "tu", but this line uses "vous"');
        expect(message('holiday')).toBe("2027-01-01 is a public holiday (New Year's Day)");
      } else {
        expect(message('register')).toBe('« Tu » tutoie, mais cette ligne vouvoie');
        expect(message('holiday')).toBe('le 2027-01-01 est un jour férié (Nouvel An)');
        expect(message('network-known')).toBe('réseau inconnu « linkdin » (vouliez-vous dire « linkedin » ?)');
      }
    });
  }

  it('prints ESLint-like stylish output with a summary', async () => {
    const { stdout } = await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, '--locale', 'en', '--no-color']);
    expect(stdout).toContain(`${VIOLATIONS}/posts/text/08-register.md\n  7:1  error  "Tu" speaks as "tu", but this line uses "vous"  register`);
    expect(stdout).toContain('✖ 30 problem(s) (19 error(s), 11 warning(s), 0 info)');
    expect(stdout).toContain('2 problem(s) fixable with --fix');
  });

  it('json has the ESLint formatter shape', async () => {
    const { report } = await lintJson(['--dir', VIOLATIONS, ...TODAY]);
    const file = report.find((f) => f.filePath.endsWith('06-banned-term.md'))!;
    expect(path.isAbsolute(file.filePath)).toBe(true);
    expect(file).toMatchObject({ errorCount: 1, warningCount: 0, messages: [{ ruleId: 'banned-term', severity: 2, line: 7, column: 12 }] });
    expect(report.find((f) => f.filePath.endsWith('10-all-caps.md'))!.messages[0]!.severity).toBe(1);
    const disabled = report.find((f) => f.filePath.endsWith('21-disabled.md')) as EslintFile & { suppressedMessages: { ruleId: string; line: number; suppressions: unknown[] }[] };
    expect(disabled.messages).toEqual([]);
    expect(disabled.suppressedMessages).toMatchObject([{ ruleId: 'register', line: 8, suppressions: [{ kind: 'directive', justification: 'une citation' }] }]);
  });

  it('sarif validates against the SARIF 2.1.0 JSON schema and carries rule metadata', async () => {
    const { stdout } = await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, '--format', 'sarif']);
    const validate = await sarifValidator();
    const log = JSON.parse(stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; tool: { driver: { informationUri?: string; rules: { id: string; name?: string; helpUri?: string; help: { text: string; markdown: string } }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules).toHaveLength(30);
    const spelling = run.tool.driver.rules.find((r) => r.id === 'spelling')!;
    // package.json names no repository: no made-up address, but a help text GitHub code scanning shows.
    expect(spelling.helpUri).toBeUndefined();
    expect(spelling.help.text.length).toBeGreaterThan(10);
    expect(run.tool.driver.rules.every((r) => r.name === undefined && r.help.markdown.length > 0)).toBe(true);
    // Paths relative to the repository holding the workspace, which %SRCROOT% names.
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(REPO).href}/`);
    expect(run.results).toHaveLength(31);
    expect(run.results.find((r) => r.ruleId === 'register' && 'suppressions' in r)).toMatchObject({ suppressions: [{ kind: 'inSource', justification: 'une citation' }] });
    const register = run.results.find((r) => r.ruleId === 'register' && !('suppressions' in r))!;
    expect(register.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: `${VIOLATIONS}/posts/text/08-register.md` }, region: { startLine: 7 } });
  });

  it('junit parses as XML with one testcase per file', async () => {
    const { stdout } = await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, '--format', 'junit']);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout) as {
      testsuites: { testsuite: { tests: string; failures: string; testcase: { name: string; failure?: { type: string } }[] } };
    };
    const suite = xml.testsuites.testsuite;
    expect(suite.testcase).toHaveLength(Number(suite.tests));
    expect(Number(suite.failures)).toBe(30);
    expect(suite.testcase.find((c) => c.name.endsWith('21-disabled.md'))!.failure).toBeUndefined();
    expect(suite.testcase.find((c) => c.name.endsWith('08-register.md'))!.failure!.type).toBe('error');
  });

  it('github prints workflow annotations', async () => {
    const { stdout } = await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, '--format', 'github', '--locale', 'en']);
    expect(stdout).toContain(`::error file=${VIOLATIONS}/posts/text/08-register.md,line=7,col=1,endLine=7,endColumn=3,title=register::"Tu" speaks as "tu", but this line uses "vous"\n`);
    expect(stdout).toContain(`::warning file=${VIOLATIONS}/posts/text/10-all-caps.md,line=7,col=11`);
    expect(stdout.trim().split('\n')).toHaveLength(30);
  });
});

describe('edito lint exit codes and flags', () => {
  it('exits 0 with warnings only, and 1 past --max-warnings', async () => {
    const only = ['--dir', VIOLATIONS, ...TODAY, 'posts/text/10-all-caps.md'];
    expect((await runBin(['lint', ...only], { cwd: REPO })).code).toBe(2); // paths are relative to the cwd: no such post
    const file = `${VIOLATIONS}/posts/text/10-all-caps.md`;
    expect((await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, file])).code).toBe(0);
    const strict = await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, '--max-warnings', '0', '--locale', 'en', file]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('edito lint found too many warnings (maximum: 0)');
  });

  it('lints only the paths given, with the whole plan as calendar context', async () => {
    const { rows } = await lintJson(['--dir', VIOLATIONS, ...TODAY, `${VIOLATIONS}/posts/calendar/2027-01-16-frequency-max.md`]);
    expect(rows.map((r) => r.ruleId)).toEqual(['frequency-max']);
  });

  it('--rule changes a severity, --quiet shows errors only, info never fails', async () => {
    const { rows } = await lintJson(['--dir', VIOLATIONS, ...TODAY, '--rule', 'spelling:off', '--rule', 'register:info']);
    expect(rows.map((r) => r.ruleId)).not.toContain('spelling');
    expect(rows.find((r) => r.ruleId === 'register')!.severity).toBe(0);
    const quiet = await lintJson(['--dir', VIOLATIONS, ...TODAY, '--quiet']);
    expect(quiet.rows.every((r) => r.severity === 2)).toBe(true);
    const file = `${VIOLATIONS}/posts/text/08-register.md`;
    expect((await runBin(['lint', '--dir', VIOLATIONS, ...TODAY, '--rule', 'register:info', file])).code).toBe(0);
  });

  it('exits 2 on a bad flag, an unknown rule and an invalid workspace', async () => {
    const unknown = await runBin(['lint', '--dir', VIOLATIONS, '--locale', 'en', '--rule', 'speling:off']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "speling" in --rule');
    expect(unknown.stderr).toContain('did you mean "spelling"?');
    expect((await runBin(['lint', '--dir', VIOLATIONS, '--today', '2027-02-30'])).code).toBe(2);
    expect((await runBin(['lint', '--dir', VIOLATIONS, '--format', 'xml'])).code).toBe(2);
    const dir = await copyOf(VIOLATIONS);
    await writeFile(path.join(dir, 'charter/charter.yaml'), 'rules:\n  all-caps: [warning, { minLenght: 3 }]\n');
    const invalid = await runBin(['lint', '--locale', 'en', '--no-color'], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('charter/charter.yaml:2:25');
    expect(invalid.stderr).toContain('unknown option "minLenght" for rule "all-caps"');
  });

  it('lints one post from standard input', async () => {
    const input = '---\nnetwork: linkedin\ndate: 2027-03-02T08:30\nformat: text\nstatus: ready\n---\nUn atelier GRATUIT. #artisanat\n';
    const { rows, code } = await lintJson(['--dir', VIOLATIONS, ...TODAY, '--stdin', '--stdin-filename', `${VIOLATIONS}/posts/new.md`], { input });
    expect(rows.map((r) => [r.file, r.line, r.column, r.ruleId])).toEqual([
      ['posts/new.md', 7, 12, 'all-caps'], ['posts/new.md', 7, 12, 'banned-term'],
    ]);
    expect(code).toBe(1);
    expect((await runBin(['lint', '--dir', VIOLATIONS, '--stdin'])).code).toBe(2);
  });

  it('lints a spreadsheet plan, pointing at row and column', async () => {
    const dir = await copyOf(VIOLATIONS);
    const csv = [
      '\uFEFFdate;réseau;format;thème;persona;objectif;statut;texte',
      '02/03/2027 08:30;linkedin;text;expertise;claire-dsi;linkedin-followers;ready;Découvrez notre atelier. #artisanat',
      '04/03/2027 08:30;linkdin;text;expertise;;;ready;"Un atelier ""gratuit""',
      'pour vous ! #artisanat"',
    ].join('\r\n');
    await writeFile(path.join(dir, 'plan.csv'), csv);
    const result = await runBin(['lint', '--format', 'json', ...TODAY, 'plan.csv'], { cwd: dir });
    const rows = (JSON.parse(result.stdout) as EslintFile[]).flatMap((f) => f.messages.map((m) => [path.basename(f.filePath), m.line, m.column, m.ruleId]));
    expect(rows).toEqual([['plan.csv', 3, 18, 'network-known']]);
    await writeFile(path.join(dir, 'plan.csv'), csv.replace('linkdin', 'linkedin'));
    const fixed = await runBin(['lint', '--format', 'json', ...TODAY, 'plan.csv'], { cwd: dir });
    const after = (JSON.parse(fixed.stdout) as EslintFile[]).flatMap((f) => f.messages.map((m) => [m.line, m.column, m.ruleId]));
    expect(after).toEqual([[3, 63, 'banned-term']]);
  });

  it('--fix-dry-run prints the diff; --fix applies substitutions and UTM parameters and nothing else', async () => {
    const dir = await copyOf(VIOLATIONS);
    const dry = await runBin(['lint', '--fix-dry-run', ...TODAY], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('--- a/posts/text/07-substitution.md\n+++ b/posts/text/07-substitution.md\n@@ -7,1 +7,1 @@\n-Merci à nos clients fidèles. #artisanat\n+Merci à nos partenaires fidèles. #artisanat\n');
    expect(dry.stdout).toContain('+Réservez sur https://atelier-nord.fr/ateliers?utm_source=linkedin&utm_medium=social&utm_campaign=hiver #artisanat');
    const before = await readFile(path.join(dir, 'posts/text/07-substitution.md'), 'utf8');
    expect(before).toContain('clients');
    const fix = await runBin(['lint', '--fix', '--format', 'json', ...TODAY], { cwd: dir });
    const remaining = (JSON.parse(fix.stdout) as EslintFile[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(remaining).not.toContain('substitution');
    expect(remaining).not.toContain('utm-required');
    expect(remaining).toHaveLength(28);
    const after = await readFile(path.join(dir, 'posts/text/07-substitution.md'), 'utf8');
    expect(after).toBe(before.replace('clients', 'partenaires'));
  });

  it('reports disable directives that silence nothing', async () => {
    const dir = await copyOf(VIOLATIONS);
    await writeFile(path.join(dir, 'posts/text/22-unused.md'), '---\nnetwork: linkedin\ndate: 2027-05-11T08:30\nformat: text\nstatus: ready\n---\n<!-- edito-disable banned-term -->\nDécouvrez notre atelier. #artisanat\n');
    const { stdout } = await runBin(['lint', '--format', 'json', '--report-unused-disable-directives', ...TODAY, 'posts/text/22-unused.md', 'posts/text/21-disabled.md'], { cwd: dir });
    const rows = (JSON.parse(stdout) as EslintFile[]).flatMap((f) => f.messages.map((m) => [path.basename(f.filePath), m.line, m.column, m.ruleId]));
    expect(rows).toEqual([['22-unused.md', 7, 1, 'unused-disable-directive']]);
  });
});

describe('the bundled examples', () => {
  for (const example of ['fournil-lyon', 'saas-consultant']) {
    it(`examples/${example} lints with 0 errors`, async () => {
      // Pinned before the examples' period: as real days pass, drafts would become due (status-ready).
      const { code, stdout } = await runBin(['lint', '--dir', `examples/${example}`, '--format', 'json', '--today', '2026-12-01']);
      const errors = (JSON.parse(stdout) as EslintFile[]).flatMap((f) => f.messages.filter((m) => m.severity === 2).map((m) => ({ file: f.filePath, ...m })));
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    });
  }
});

describe('edito validate and rule options', () => {
  it('reports bad options in rules as errors with did you mean', async () => {
    const dir = await copyOf(VIOLATIONS);
    await writeFile(path.join(dir, 'charter/charter.yaml'), 'rules:\n  all-caps: [warning, { minLenght: 3 }]\n  status-ready: [error, { days: 2 }]\n');
    const { code, stdout } = await runBin(['validate', '--locale', 'en', '--no-color'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('charter/charter.yaml:2:25  error    rules.all-caps[1].minLenght  unknown option "minLenght" for rule "all-caps"  rule-options');
    expect(stdout).toContain('→ did you mean "minLength"?');
  });
});
