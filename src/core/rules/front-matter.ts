import * as z from 'zod/mini';
import { msg } from '../diagnostics.js';
import { postFrontMatter } from '../schemas/files.js';
import type { RuleReport } from '../lint/types.js';
import { fileRule } from './define.js';

const KEYS = Object.keys(postFrontMatter.shape);

/**
 * The front matter parses and matches the post schema; `required` lists keys
 * this workspace wants on every post beyond `network` and `date`.
 */
export const frontMatter = fileRule({
  id: 'front-matter',
  defaultSeverity: 'error',
  options: z.strictObject({ required: z._default(z.array(z.enum(KEYS as [string, ...string[]])), []) }),
  description: {
    en: 'The front matter is present, parses, and has valid keys (with “did you mean”).',
    fr: 'L’en-tête (front matter) est présent, se lit, et ses clés sont valides (avec « vouliez-vous dire »).',
  },
  messages: {
    en: {
      'lint.front_matter.required': 'the front matter has no "{key}" (required by the front-matter rule)',
    },
    fr: {
      'lint.front_matter.required': 'l’en-tête n’a pas de « {key} » (exigé par la règle front-matter)',
    },
  },
  check: ({ post, options }) => {
    const raw = post.raw as Record<string, unknown> | undefined;
    const reports: RuleReport[] = post.problems
      // An unknown network is network-known's finding, with its own suggestion.
      .filter((p) => !(p.keyPath?.length === 1 && p.keyPath[0] === 'network' && typeof raw?.network === 'string'))
      .map((p) => ({
        post, at: { kind: 'position', position: { line: p.line, column: p.column } },
        message: p.message, ...(p.hint ? { hint: p.hint } : {}), severityCap: p.severity,
        ...(p.keyPath && p.keyPath.length > 0 ? { keyPath: p.keyPath } : {}),
      }));
    if (raw && typeof raw === 'object') {
      for (const key of options.required) {
        if (raw[key] === undefined || raw[key] === null || raw[key] === '') {
          reports.push({ post, at: { kind: 'position', position: post.keyPosition('', false) ?? { line: 1, column: 1 } }, message: msg('lint.front_matter.required', { key }) });
        }
      }
    }
    return reports;
  },
});
