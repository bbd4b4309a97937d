import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const at = (date: string) => post({ date, status: 'ready' }, 'Texte');
const holidays = { '2027-05-01': 'Fête du travail' };

ruleTester('holiday', {
  valid: [
    { name: 'passes a working day', files: at('2027-05-03T08:30'), scenario: { holidays } },
    { name: 'passes any day when the policy is mark', files: at('2027-05-01T08:30'), scenario: { holidays, keyDates: { holidays: { policy: 'mark' } } } },
  ],
  invalid: [
    {
      name: 'flags a post on a public holiday',
      files: at('2027-05-01T08:30'),
      scenario: { holidays, locale: 'fr' },
      errors: [{ file: 'a.md', ruleId: 'holiday', line: 3, column: 7, severity: 'warning', message: 'le 2027-05-01 est un jour férié (Fête du travail)' }],
    },
  ],
});
