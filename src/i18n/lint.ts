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
    registerMessages('en', rule.messages.en);
    registerMessages('fr', rule.messages.fr);
    registered.add(rule.id);
  }
}
