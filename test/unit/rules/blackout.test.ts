import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const at = (date: string) => post({ date, status: 'ready' }, 'Texte');
const keyDates = { blackout: [{ from: '2027-01-20', to: '2027-01-22', reason: 'inventaire', networks: ['linkedin'] }] };

ruleTester('blackout', {
  valid: [
    { name: 'passes a post outside the period', files: at('2027-01-23T08:30'), scenario: { keyDates } },
  ],
  invalid: [
    {
      name: 'flags a post inside the period',
      files: at('2027-01-21T08:30'),
      scenario: { keyDates },
      errors: [{
        file: 'a.md', ruleId: 'blackout', line: 3, column: 7, severity: 'error', message: 'scheduled during the blackout from 2027-01-20 to 2027-01-22 (inventaire)',
      }],
    },
  ],
});
