import { msg } from '../diagnostics.js';
import type { Fix, RuleReport } from '../lint/types.js';
import { noOptions, postRule } from './define.js';

const DEFAULT_MEDIUM = 'social';

function params(url: string): URLSearchParams {
  const query = url.split('#')[0]!.split('?')[1] ?? '';
  return new URLSearchParams(query);
}

/** The URL with `additions` appended to its query string, before any #fragment. */
function withParams(url: string, additions: readonly [string, string][]): string {
  const [beforeHash, hash] = url.split(/(?=#)/, 2) as [string, string | undefined];
  const query = additions.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const separator = beforeHash.includes('?') ? (beforeHash.endsWith('?') || beforeHash.endsWith('&') ? '' : '&') : '?';
  return `${beforeHash}${separator}${query}${hash ?? ''}`;
}

/**
 * On a line with `links.utm: required`, every link carries utm_source (the
 * line's utm_source, default the network id), utm_medium and utm_campaign.
 * The fix adds what is missing: the line's values, medium "social" and the
 * post's theme as campaign when the line names none.
 */
export const utmRequired = postRule({
  id: 'utm-required',
  defaultSeverity: 'error',
  fixable: true,
  options: noOptions,
  description: {
    en: 'Links carry utm_source, utm_medium and utm_campaign when the line requires UTM parameters (fixable).',
    fr: 'Les liens portent utm_source, utm_medium et utm_campaign quand la ligne exige les UTM (corrigeable).',
  },
  messages: {
    en: {
      'lint.utm.missing': 'the link lacks {params}',
      'lint.utm.source': 'utm_source is "{found}", the line expects "{expected}"',
    },
    fr: {
      'lint.utm.missing': 'il manque au lien {params}',
      'lint.utm.source': 'utm_source vaut « {found} », la ligne attend « {expected} »',
    },
  },
  check: ({ post, meta, text, line }): RuleReport[] => {
    if (line.links.utm !== 'required') return [];
    const wanted: Record<string, string | undefined> = {
      utm_source: line.links.source,
      utm_medium: line.links.medium ?? DEFAULT_MEDIUM,
      utm_campaign: line.links.campaign ?? meta.theme,
    };
    return text.urls.flatMap((url): RuleReport[] => {
      const found = params(url.text);
      const missing = Object.keys(wanted).filter((key) => !found.get(key));
      const reports: RuleReport[] = [];
      const source = found.get('utm_source');
      if (source && source !== line.links.source) {
        reports.push({ post, at: { kind: 'body', start: url.start, end: url.end }, message: msg('lint.utm.source', { found: source, expected: line.links.source }) });
      }
      if (missing.length > 0) {
        const additions = missing.flatMap((key): [string, string][] => (wanted[key] ? [[key, wanted[key]]] : []));
        const fix: Fix[] | undefined = additions.length > 0 ? [{ start: url.start, end: url.end, text: withParams(url.text, additions) }] : undefined;
        reports.push({
          post, at: { kind: 'body', start: url.start, end: url.end },
          message: msg('lint.utm.missing', { params: missing.join(', ') }),
          ...(fix ? { fix } : {}),
        });
      }
      return reports;
    });
  },
});
