import { post } from './helpers.js';
import { ruleTester } from './tester.js';

// LinkedIn folds after 210 characters, Instagram after 125 (src/core/networks.ts).
const words = (count: number) => Array.from({ length: count }, (_, i) => `mot${i % 10}`).join(' '); // 4 characters a word, plus spaces
const longHook = `${words(50)}.`; // 50 × 4 + 49 + 1 = 250 characters
const instagram = { lines: { instagram: {} } };

ruleTester('hook-fold', {
  valid: [
    { name: 'passes a short first sentence before a long text', files: { 'a.md': post({}, `Une accroche courte. ${words(200)}`) } },
    { name: 'passes a first line that ends before the fold, even without a stop', files: { 'a.md': post({}, `Une accroche sans point\n${words(100)}`) } },
    { name: 'passes exactly 210 characters on LinkedIn', files: { 'a.md': post({}, `${'a'.repeat(209)}.`) } },
    { name: 'is silent on a network without a fold', files: { 'x.md': post({ network: 'x' }, `${'a'.repeat(250)}`) }, scenario: { lines: { x: {} } } },
    { name: 'takes the line’s own length.fold', files: { 'a.md': post({}, longHook) }, scenario: { lines: { linkedin: { length: { fold: 300 } } } } },
    { name: 'does not count an edito comment before the hook', files: { 'a.md': post({}, `<!-- edito-disable-next-line spelling -- ${'x'.repeat(300)} -->\nCourt.`) } },
  ],
  invalid: [
    {
      name: 'flags a first sentence past the LinkedIn fold, at the column where the fold falls',
      files: { 'a.md': post({}, longHook) },
      errors: [{
        file: 'a.md', ruleId: 'hook-fold', line: 6, column: 211, severity: 'warning', messageId: 'lint.hook_fold',
        message: 'the hook is 250 characters long: LinkedIn folds after 210 (“see more”), here, after “…mot8 mot9 mot0 mot1”',
      }],
    },
    {
      name: 'flags a long first line without a stop on Instagram (fold 125), in French',
      files: { 'a.md': post({ network: 'instagram' }, `${'é'.repeat(130)}\nSuite.`) },
      scenario: { ...instagram, locale: 'fr' },
      errors: [{
        line: 6, column: 126, messageId: 'lint.hook_fold',
        message: `l’accroche fait 130 caractères : Instagram la coupe après 125 (« voir plus »), ici, après « …${'é'.repeat(24)} »`,
      }],
    },
    {
      name: 'counts an emoji as one character, and the column in UTF-16 units like editors',
      files: { 'a.md': post({ network: 'instagram' }, `🥐${'a'.repeat(130)}.`) },
      scenario: instagram,
      errors: [{ line: 6, column: 127 }],
    },
  ],
});
