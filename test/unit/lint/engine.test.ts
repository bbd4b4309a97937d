import { describe, expect, it } from 'vitest';
import { checkRuleOptions } from '../../../src/core/lint/config.js';
import { loadRules, RULE_IDS, RULE_LOADERS, ruleDocsPage } from '../../../src/core/rules/index.js';
import { lintEn } from '../../../src/i18n/lint.en.js';
import { lintFr } from '../../../src/i18n/lint.fr.js';
import { lintRule, post } from '../rules/helpers.js';

const RULES = await loadRules();

describe('rule registry', () => {
  it('holds exactly the rule ids of DESIGN §5, in order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });
  it('gives every rule a severity, descriptions in both languages, options with defaults and a docs anchor', () => {
    for (const rule of RULES) {
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
      expect(rule.description.en.length).toBeGreaterThan(10);
      expect(rule.description.fr.length).toBeGreaterThan(10);
      expect(() => rule.options.parse({})).not.toThrow();
      expect(ruleDocsPage(rule.id)).toBe(`rules.md#${rule.id}`);
    }
  });
  it('loads the rules asked for, in registry order, each once', async () => {
    const some = await loadRules(['spelling', 'network-known', 'no-such-rule']);
    expect(some.map((r) => r.id)).toEqual(['network-known', 'spelling']);
    expect(some[0]).toBe(RULES[0]);
  });
  it('keeps the registry light: importing it loads no rule module', async () => {
    const { readFile } = await import('node:fs/promises');
    const index = await readFile(new URL('../../../src/core/rules/index.ts', import.meta.url), 'utf8');
    expect(index.match(/^import (?!type ).*$/gm)).toBeNull();
  });
  it('tests every registry key with a ruleTester table in test/unit/rules/<id>.test.ts', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const id of RULE_IDS) {
      const test = await readFile(new URL(`../rules/${id}.test.ts`, import.meta.url), 'utf8');
      expect(test, id).toContain(`ruleTester('${id}', {`);
    }
  });
  it('documents every registry key in docs/rules.md with its default severity', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    for (const id of RULE_IDS) {
      const section = doc.split(`\n## ${id}\n`)[1]?.split('\n## ')[0];
      expect(section, id).toBeDefined();
      expect(section, id).toContain(`Default: **${(await RULE_LOADERS[id]()).defaultSeverity}**`);
    }
  });
  it('has every English message translated into French, the shared ones and each rule\'s own', () => {
    expect(Object.keys(lintFr).sort()).toEqual(Object.keys(lintEn).sort());
    for (const rule of RULES) {
      expect(Object.keys(rule.messages.fr).sort(), rule.id).toEqual(Object.keys(rule.messages.en).sort());
      for (const text of [...Object.values(rule.messages.en), ...Object.values(rule.messages.fr)]) expect(text.trim(), rule.id).not.toBe('');
    }
  });
  it('knows, in both languages, every message id a rule\'s source can emit', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const rule of RULES) {
      const source = await readFile(new URL(`../../../src/core/rules/${rule.id}.ts`, import.meta.url), 'utf8');
      const literals = [...source.matchAll(/['`](lint\.[a-z_.]*[a-z_])['`]/g)].map((m) => m[1]!);
      const prefixes = [...source.matchAll(/`(lint\.[a-z_.]*\.)\$\{/g)].map((m) => m[1]!);
      expect(literals.length + prefixes.length, rule.id).toBeGreaterThan(0);
      for (const catalog of [{ ...lintEn, ...rule.messages.en }, { ...lintFr, ...rule.messages.fr }]) {
        for (const id of literals) expect(catalog, `${rule.id}: ${id}`).toHaveProperty([id]);
        for (const prefix of prefixes) expect(Object.keys(catalog).some((key) => key.startsWith(prefix)), `${rule.id}: ${prefix}`).toBe(true);
      }
    }
  });
});

describe('configuration precedence', () => {
  const body = 'Une offre INCROYABLE';
  const files = { 'a.md': post({}, body) };
  const severityWith = (scenario: Parameters<typeof lintRule>[2], flag: Parameters<typeof lintRule>[3] = 'as-configured') =>
    lintRule('all-caps', files, scenario, flag).map((f) => f.severity);
  it('uses the rule default, then the charter, then the line, then --rule', () => {
    expect(severityWith({})).toEqual(['warning']);
    expect(severityWith({ charter: { rules: { 'all-caps': 'error' } } })).toEqual(['error']);
    expect(severityWith({ charter: { rules: { 'all-caps': 'error' } }, lines: { linkedin: { rules: { 'all-caps': 'info' } } } })).toEqual(['info']);
    expect(severityWith({ charter: { rules: { 'all-caps': 'error' } }, lines: { linkedin: { rules: { 'all-caps': 'off' } } } })).toEqual([]);
    expect(severityWith({ lines: { linkedin: { rules: { 'all-caps': 'off' } } } }, 'error')).toEqual(['error']);
  });
  it('applies a line’s settings to its own network only', () => {
    const two = { 'a.md': post({}, body), 'b.md': post({ network: 'x' }, body) };
    const scenario = { lines: { linkedin: { rules: { 'all-caps': 'off' as const } }, x: {} } };
    expect(lintRule('all-caps', two, scenario, 'as-configured').map((f) => f.file)).toEqual(['b.md']);
  });
  it('lets the charter turn spelling off with spelling.enabled: false, and rule options merge', () => {
    const off = lintRule('spelling', files, { charter: { spelling: { enabled: false } }, speller: { correct: () => false, suggest: () => [] } }, 'as-configured');
    expect(off).toEqual([]);
    const allowed = lintRule('all-caps', files, { charter: { rules: { 'all-caps': ['error', { allow: ['INCROYABLE'] }] } } }, 'as-configured');
    expect(allowed).toEqual([]);
  });
});

describe('disable directives', () => {
  const charter = { writing: { banned: ['gratuit'] } };
  it('edito-disable silences a rule for the whole post, calendar findings on the date line included', () => {
    const files = { 'a.md': post({ date: '2027-01-03T08:30' }, 'Gratuit !\n<!-- edito-disable banned-term, date-past -- citation d’un client -->\nGratuit') };
    expect(lintRule('banned-term', files, { charter })).toEqual([]);
    expect(lintRule('date-past', files, { today: '2027-01-04' })).toEqual([]);
  });
  it('edito-disable-next-line silences only the next line', () => {
    const files = { 'a.md': post({}, '<!-- edito-disable-next-line banned-term -->\nGratuit\nGratuit') };
    expect(lintRule('banned-term', files, { charter }).map((f) => f.line)).toEqual([8]);
  });
  it('a directive without ids silences every rule; another rule’s directive silences nothing here', () => {
    expect(lintRule('banned-term', { 'a.md': post({}, '<!-- edito-disable -->\nGratuit') }, { charter })).toEqual([]);
    expect(lintRule('banned-term', { 'a.md': post({}, '<!-- edito-disable all-caps -->\nGratuit') }, { charter })).toHaveLength(1);
  });
  it('reports directives that silence nothing when asked', () => {
    const files = { 'a.md': post({}, 'Bonjour\n<!-- edito-disable banned-term -- plus utile -->') };
    const found = lintRule('banned-term', files, { charter, reportUnusedDirectives: true });
    expect(found).toEqual([{
      file: 'a.md', ruleId: 'unused-disable-directive', line: 7, column: 1, severity: 'warning',
      message: 'edito-disable directive silences nothing: banned-term',
    }]);
  });
});

describe('rule options in rules', () => {
  it('are checked against each rule’s schema, naming the file and key', () => {
    const findings = checkRuleOptions(RULES, [
      { file: 'charter/charter.yaml', rules: { 'all-caps': ['warning', { minLenght: 3 }], 'status-ready': ['error', { days: 2 }] } },
    ]);
    const negative = checkRuleOptions(RULES, [{ file: 'c.yaml', rules: { 'status-ready': ['error', { days: -1 }] } }]);
    expect(negative).toMatchObject([{ keyPath: ['rules', 'status-ready', 1, 'days'], message: { id: 'schema.too_small', params: { minimum: 0 } } }]);
    expect(findings).toMatchObject([{
      file: 'charter/charter.yaml', keyPath: ['rules', 'all-caps', 1, 'minLenght'], severity: 'error',
      message: { id: 'lint.config.unknown_option', params: { id: 'all-caps', key: 'minLenght' } },
      hint: { id: 'hint.did_you_mean', params: { suggestion: 'minLength' } },
    }]);
  });
});
