import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/diagnostics.js';
import type { PlanWarning } from '../../../src/core/planner/types.js';
import { translator } from '../../../src/i18n/index.js';
import '../../../src/i18n/plan.js';
import { planWarningLines } from '../../../src/io/plan-warnings.js';

const underMin = (network: 'x' | 'linkedin', date: string): PlanWarning => ({
  file: 'charter/networks/x.yaml', keyPath: ['frequency'], severity: 'warning', code: 'under-min', network, period: { from: date, to: date },
  message: msg('plan.warn.under_min', { network, count: 0, from: date, to: date, min: 1, reason: 'holiday' }),
});
const overMax = (date: string): PlanWarning => ({
  file: 'charter/networks/linkedin.yaml', keyPath: ['frequency'], severity: 'warning', code: 'over-max', network: 'linkedin', period: { from: date, to: date },
  message: msg('plan.warn.over_max', { network: 'linkedin', count: 3, from: date, to: date, max: 2 }),
});
const holidays = ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-08'].map((d) => underMin('x', d));
const warnings = [...holidays, overMax('2027-01-04'), overMax('2027-01-11'), underMin('linkedin', '2027-01-01')];

describe('plan warnings on stderr', () => {
  it('one line per kind and network from two of them, with the count and the first dates, in French', () => {
    const t = translator('fr');
    expect(planWarningLines(warnings, t, 'fr', false)).toEqual([
      'avertissement : x : 4 périodes sous le minimum : 1er janv., 29 mars, 1er mai…',
      'avertissement : linkedin : 2 périodes au-delà du maximum : 4 janv., 11 janv.',
      `avertissement : ${t(warnings[6]!.message)}`,
      '(edito plan --verbose liste chaque avertissement ; --format json les donne toujours tous)',
    ]);
  });

  it('in English, exactly three dates need no ellipsis', () => {
    const t = translator('en');
    expect(planWarningLines(holidays.slice(0, 3), t, 'en', false)).toEqual([
      'warning: x: 3 periods under the minimum: 1 Jan, 29 Mar, 1 May',
      '(edito plan --verbose lists every warning; --format json always has them all)',
    ]);
  });

  it('--verbose lists every warning on its own line, in order, with no hint', () => {
    const t = translator('en');
    const lines = planWarningLines(warnings, t, 'en', true);
    expect(lines).toEqual(warnings.map((w) => `warning: ${t(w.message)}`));
  });
});
