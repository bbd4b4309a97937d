import { closedPart, lineIndex, lineStarts } from './text.js';

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
  let starts: number[] | undefined;
  for (const match of closedPart(body).matchAll(DIRECTIVE)) {
    const [spec = '', reason] = match[2]!.split(/\s--\s?/, 2);
    const ruleIds = spec.split(/[\s,]+/).filter(Boolean);
    starts ??= lineStarts(body);
    out.push({
      kind: match[1] as Directive['kind'],
      ruleIds,
      reason: reason?.trim() || undefined,
      offset: match.index,
      // The line the comment ends on: the next line is the one disable-next-line silences.
      bodyLine: lineIndex(starts, match.index + match[0].length),
      used: new Set(),
    });
  }
  return out;
}

/**
 * A post's directives indexed by rule id and line, so that finding the one
 * that silences a finding does not scan every directive (a post of thousands of
 * comments and thousands of findings stays linear). The first directive in
 * the post that applies wins, as a scan in order would find it.
 */
/** The key of a directive that lists no rule: no rule id is empty. */
const EVERY_RULE = '';

export class DirectiveIndex {
  private readonly whole = new Map<string, Directive>();
  private readonly lines = new Map<number, Map<string, Directive>>();

  constructor(readonly list: readonly Directive[]) {
    const first = (map: Map<string, Directive>, key: string, directive: Directive) => {
      if (!map.has(key)) map.set(key, directive);
    };
    for (const directive of list) {
      let map = this.whole;
      if (directive.kind === 'disable-next-line') {
        map = this.lines.get(directive.bodyLine + 1) ?? new Map();
        this.lines.set(directive.bodyLine + 1, map);
      }
      for (const key of directive.ruleIds.length === 0 ? [EVERY_RULE] : directive.ruleIds) first(map, key, directive);
    }
  }

  /** The directive that silences `ruleId` at a body line (0-based, undefined for places outside the body), or undefined. */
  silencing(ruleId: string, bodyLine: number | undefined): Directive | undefined {
    const line = bodyLine === undefined ? undefined : this.lines.get(bodyLine);
    const candidates = [this.whole.get(EVERY_RULE), this.whole.get(ruleId), line?.get(EVERY_RULE), line?.get(ruleId)];
    let found: Directive | undefined;
    for (const candidate of candidates) if (candidate && (!found || candidate.offset < found.offset)) found = candidate;
    return found;
  }
}
