import { msg, type Finding } from '../diagnostics.js';
import { canonicalNetworkId, findNetwork } from '../networks.js';
import { didYouMean } from '../suggest.js';
import type { KeyPath, Workspace } from '../workspace.js';
import type { CheckContext } from './context.js';

function duplicateIds(file: string, list: readonly { id?: string | undefined }[], base: KeyPath): Finding[] {
  const firstIndex = new Map<string, number>();
  const findings: Finding[] = [];
  list.forEach((item, index) => {
    if (item.id === undefined) return;
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    findings.push({
      file,
      keyPath: [...base, index, 'id'],
      severity: 'error',
      code: 'duplicate-id',
      message: msg('ref.duplicate_id', { id: item.id }),
      hint: msg('ref.duplicate_id.hint'),
      related: { file, keyPath: [...base, first, 'id'] },
    });
  });
  return findings;
}

/** Ids must be unique in each list; one editorial line per network. */
export function checkUniqueIds({ workspace: ws }: CheckContext): Finding[] {
  const findings = [
    ...duplicateIds(ws.paths.objectives, ws.objectives, ['objectives']),
    ...duplicateIds(ws.paths.personas, ws.personas, ['personas']),
    ...duplicateIds(ws.paths.competitors, ws.competitors, ['competitors']),
    ...duplicateIds(ws.paths.keyDates, ws.keyDates.events ?? [], ['events']),
    ...ws.lines.flatMap((entry) => duplicateIds(entry.file, entry.line.themes ?? [], ['themes'])),
  ];
  const seen = new Map<string, string>();
  for (const entry of ws.lines) {
    const other = seen.get(entry.network);
    if (other) {
      findings.push({ file: entry.file, keyPath: ['network'], severity: 'error', code: 'duplicate-line', message: msg('ref.duplicate_line', { network: entry.network, other }) });
    } else {
      seen.set(entry.network, entry.file);
    }
    const expected = `${entry.network}.yaml`;
    const fileName = entry.file.split('/').at(-1)!;
    const named = canonicalNetworkId(fileName.replace(/\.ya?ml$/, ''));
    if (named !== entry.network) {
      findings.push({
        file: entry.file, keyPath: ['network'], severity: 'warning', code: 'line-file-name',
        message: msg('ref.line_file_name', { file: fileName, network: entry.line.network }),
        hint: msg('ref.line_file_name.hint', { expected }),
      });
    }
  }
  return findings;
}

interface RefKind {
  code: string;
  message: string;
  definedIn: (ws: Workspace) => string;
}
const PERSONA: RefKind = { code: 'ref-persona', message: 'ref.unknown_persona', definedIn: (ws) => ws.paths.personas };
const OBJECTIVE: RefKind = { code: 'ref-objective', message: 'ref.unknown_objective', definedIn: (ws) => ws.paths.objectives };
const THEME: RefKind = { code: 'ref-theme', message: 'ref.unknown_theme', definedIn: (ws) => `${ws.paths.networks}/<network>.yaml` };

function unknownRef(ws: Workspace, kind: RefKind, file: string, keyPath: KeyPath, id: string, known: readonly string[]): Finding {
  return {
    file, keyPath, severity: 'error', code: kind.code,
    message: msg(kind.message, { id }),
    hint: didYouMean(id, known) ?? msg('ref.define_in', { file: kind.definedIn(ws) }),
  };
}

function refsIn(ws: Workspace, kind: RefKind, file: string, base: KeyPath, ids: readonly string[] | undefined, known: readonly string[]): Finding[] {
  return (ids ?? []).flatMap((id, index) => (known.includes(id) ? [] : [unknownRef(ws, kind, file, [...base, index], id, known)]));
}

function networkWithoutLine(file: string, keyPath: KeyPath, network: string, lined: ReadonlySet<string>, message = 'ref.unknown_network_line', params: Record<string, string> = {}): Finding[] {
  const id = canonicalNetworkId(network);
  if (!id || lined.has(id)) return [];
  return [{
    file, keyPath, severity: 'error', code: 'ref-network',
    message: msg(message, { network: id, ...params }),
    hint: msg('ref.unknown_network_line.hint', { network: id }),
  }];
}

/** Ids used in one file and defined in another. */
export function checkReferences({ workspace: ws, broken }: CheckContext): Finding[] {
  const personaIds = ws.personas.map((p) => p.id);
  const objectiveIds = ws.objectives.map((o) => o.id);
  const themeIds = ws.lines.flatMap((entry) => (entry.line.themes ?? []).map((t) => t.id));
  const lined = new Set<string>(ws.lines.map((entry) => entry.network));
  const linesKnown = !broken.has('line');
  const findings: Finding[] = [];

  for (const entry of ws.lines) {
    if (!broken.has('personas')) findings.push(...refsIn(ws, PERSONA, entry.file, ['personas'], entry.line.personas, personaIds));
    if (!broken.has('objectives')) findings.push(...refsIn(ws, OBJECTIVE, entry.file, ['objectives'], entry.line.objectives, objectiveIds));
  }
  if (linesKnown) {
    ws.personas.forEach((persona, index) => {
      (persona.networks ?? []).forEach((network, n) => {
        findings.push(...networkWithoutLine(ws.paths.personas, ['personas', index, 'networks', n], network, lined, 'ref.persona_network_no_line', { persona: persona.id }));
      });
    });
    ws.objectives.forEach((objective, index) => {
      if (objective.network && objective.network !== 'all') {
        findings.push(...networkWithoutLine(ws.paths.objectives, ['objectives', index, 'network'], objective.network, lined));
      }
    });
    (ws.keyDates.events ?? []).forEach((event, index) => {
      (event.networks ?? []).forEach((network, n) => {
        findings.push(...networkWithoutLine(ws.paths.keyDates, ['events', index, 'networks', n], network, lined));
      });
      if (event.theme && !themeIds.includes(event.theme)) {
        findings.push(unknownRef(ws, THEME, ws.paths.keyDates, ['events', index, 'theme'], event.theme, themeIds));
      }
    });
  }
  return findings;
}

/** Every `rules` key must be a rule id (rule ids are passed in: lint owns them). */
export function checkRuleIds({ workspace: ws, ruleIds }: CheckContext): Finding[] {
  if (ruleIds.length === 0) return [];
  const places: [string, Record<string, unknown> | undefined][] = [
    [ws.paths.charter, ws.charter.rules],
    ...ws.lines.map((entry): [string, Record<string, unknown> | undefined] => [entry.file, entry.line.rules]),
  ];
  return places.flatMap(([file, rules]) =>
    Object.keys(rules ?? {}).flatMap((id): Finding[] => {
      if (ruleIds.includes(id)) return [];
      const hint = didYouMean(id, ruleIds);
      return [{
        file, keyPath: ['rules', id], atKey: true, severity: 'error', code: 'ref-rule',
        message: msg('ref.unknown_rule', { id }),
        ...(hint ? { hint } : {}),
      }];
    }),
  );
}

/** A line's formats should be formats its network has. */
export function checkFormats({ workspace: ws }: CheckContext): Finding[] {
  return ws.lines.flatMap((entry) => {
    const profile = findNetwork(entry.network)!;
    return (entry.line.formats ?? []).flatMap((format, index): Finding[] => {
      if (profile.formats.includes(format)) return [];
      const hint = didYouMean(format, profile.formats);
      return [{
        file: entry.file, keyPath: ['formats', index], severity: 'warning', code: 'line-format',
        message: msg('ref.unknown_format', { format, network: profile.name, choices: profile.formats.join(', ') }),
        ...(hint ? { hint } : {}),
      }];
    });
  });
}
