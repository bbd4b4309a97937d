import { describe, expect, it } from 'vitest';
import type { Diagnostic, MessageRef } from '../../../src/core/diagnostics.js';
import type { Severity } from '../../../src/core/schemas/common.js';
import { translator } from '../../../src/i18n/index.js';
import { lintDiagnostics, translated, type Found, type Scenario } from './helpers.js';

export interface RuleCase {
  name: string;
  /** Post files: path → text, or the text of a single `a.md`. */
  files: Record<string, string> | string;
  scenario?: Scenario;
  /** The rule's severity for the case (default: its own), or 'as-configured' by the scenario. */
  severity?: Severity | 'as-configured';
}

/** A finding as expected: its place always, the other keys when given. */
export type ExpectedError = Partial<Found> & Pick<Found, 'line' | 'column'> & { messageId?: string };

export interface InvalidCase extends RuleCase {
  /** Every finding, in order: each listed key must match; no finding may be left over. */
  errors: readonly ExpectedError[];
}

const LOCALES = ['en', 'fr'] as const;

/** The message, its hint and every parameter that is itself a message id translate in both languages. */
function expectTranslated(diagnostic: Diagnostic): void {
  const refs: MessageRef[] = [diagnostic.message, ...(diagnostic.hint ? [diagnostic.hint] : [])];
  for (const locale of LOCALES) {
    const t = translator(locale);
    for (const ref of refs) {
      expect(t(ref.id), `${locale}: ${ref.id}`).not.toBe(ref.id);
      for (const value of Object.values(ref.params ?? {})) {
        if (typeof value === 'object') expect(t(value.ref), `${locale}: ${value.ref}`).not.toBe(value.ref);
      }
    }
  }
}

const filesOf = (c: RuleCase) => (typeof c.files === 'string' ? { 'a.md': c.files } : c.files);

function pick(found: Found & { messageId: string }, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, found[key as keyof typeof found]]));
}

/**
 * A rule's test as a table (ESLint's RuleTester): each valid case lints with
 * no finding; each invalid case gives exactly the listed findings.
 */
export function ruleTester(ruleId: string, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  describe(ruleId, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(translated(lintDiagnostics(ruleId, filesOf(c), c.scenario, c.severity), c.scenario?.locale ?? 'en')).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const diagnostics = lintDiagnostics(ruleId, filesOf(c), c.scenario, c.severity);
        diagnostics.forEach(expectTranslated);
        const found = translated(diagnostics, c.scenario?.locale ?? 'en').map((f, i) => ({ ...f, messageId: diagnostics[i]!.message.id }));
        expect(found.map((f, i) => pick(f, Object.keys(c.errors[i] ?? f)))).toEqual(c.errors);
      });
    }
  });
}
