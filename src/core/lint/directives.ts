/**
 * `<!-- edito-disable rule-id, other-id -- reason -->` silences rules for the
 * whole post (front matter included: calendar findings point at `date:`);
 * `<!-- edito-disable-next-line rule-id -- reason -->` only for the line
 * after the comment. Without ids, every rule is silenced.
 */
export interface Directive {
  kind: 'disable' | 'disable-next-line';
  /** Empty: every rule. */
  ruleIds: string[];
  reason: string | undefined;
  /** Body offset of the comment and its body-relative line (0-based). */
  offset: number;
  bodyLine: number;
  /** Rule ids this directive silenced at least once (or '*' for a bare directive). */
  used: Set<string>;
}

const DIRECTIVE = /<!--\s*edito-(disable-next-line|disable)\b([\s\S]*?)-->/g;

export function parseDirectives(body: string): Directive[] {
  const out: Directive[] = [];
  for (const match of body.matchAll(DIRECTIVE)) {
    const [spec = '', reason] = match[2]!.split(/\s--\s?/, 2);
    const ruleIds = spec.split(/[\s,]+/).filter(Boolean);
    const bodyLine = body.slice(0, match.index).split('\n').length - 1;
    out.push({
      kind: match[1] as Directive['kind'],
      ruleIds,
      reason: reason?.trim() || undefined,
      offset: match.index,
      bodyLine: bodyLine + body.slice(match.index, match.index + match[0].length).split('\n').length - 1,
      used: new Set(),
    });
  }
  return out;
}

/**
 * The directive that silences `ruleId` at a body line (0-based, undefined for
 * places outside the body), or undefined.
 */
export function silencing(directives: readonly Directive[], ruleId: string, bodyLine: number | undefined): Directive | undefined {
  return directives.find((d) => {
    if (d.ruleIds.length > 0 && !d.ruleIds.includes(ruleId)) return false;
    return d.kind === 'disable' || (bodyLine !== undefined && bodyLine === d.bodyLine + 1);
  });
}
