import type { Rule } from '../core/lint/types.js';
import { registerMessages } from './index.js';
import { lintEn } from './lint.en.js';
import { lintFr } from './lint.fr.js';

const registered = new Set<string>();

/** Adds lint's shared messages and each given rule's own messages to the catalogs (each once). */
export function registerLintMessages(rules: readonly Rule[] = []): void {
  if (!registered.has('')) {
    registerMessages('en', lintEn);
    registerMessages('fr', lintFr);
    registered.add('');
  }
  for (const rule of rules) {
    if (registered.has(rule.id)) continue;
    const messages = (rule as { messages?: { en: Record<string, string>; fr: Record<string, string> } }).messages;
    if (messages) {
      registerMessages('en', messages.en);
      registerMessages('fr', messages.fr);
    }
    registered.add(rule.id);
  }
}
