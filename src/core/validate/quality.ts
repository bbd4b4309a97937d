import { msg, type Finding } from '../diagnostics.js';
import { findNetwork, perWeek } from '../networks.js';
import { FREQUENCY_UNITS } from '../schemas/files.js';
import type { CheckContext } from './context.js';

/** Fewer competitors than this is a thin benchmark (5 are recommended). */
export const MIN_COMPETITORS = 3;

const round = (n: number) => Math.round(n * 10) / 10;

/** The 4 criteria of an editorial line, theme weights, frequency and platform caps. */
export function checkEditorialLines({ workspace: ws }: CheckContext): Finding[] {
  return ws.lines.flatMap((entry) => {
    const { line, file } = entry;
    const profile = findNetwork(entry.network)!;
    const findings: Finding[] = [];
    const warn = (keyPath: (string | number)[], code: string, message: ReturnType<typeof msg>, hint?: ReturnType<typeof msg>) =>
      findings.push({ file, keyPath, severity: 'warning', code, message, ...(hint ? { hint } : {}) });

    const criteria: [string, unknown][] = [['themes', line.themes?.length], ['formats', line.formats?.length], ['tone', line.tone], ['frequency', line.frequency]];
    for (const [criterion, present] of criteria) {
      if (!present) warn([], 'line-criterion', msg('line.missing_criterion', { network: profile.name, criterion }), msg('line.missing_criterion.hint'));
    }
    if (line.themes?.length) {
      const sum = line.themes.reduce((total, theme) => total + theme.weight, 0);
      if (Math.abs(sum - 100) > 0.001) warn(['themes'], 'line-weights', msg('line.weights_sum', { sum: round(sum) }), msg('line.weights_sum.hint'));
    }
    const unit = FREQUENCY_UNITS.find((u) => line.frequency?.[u] !== undefined);
    if (unit) {
      const count = line.frequency![unit]!;
      const network = profile.name;
      // A week or month still puts at most one post a day at each time.
      const times = new Set(line.frequency!.times ?? profile.defaultTimes).size;
      const perDay = unit === 'per_day' ? count.max : Math.min(count.max, times);
      if (perDay > profile.postsPerDayMax.value) {
        findings.push({
          file, keyPath: ['frequency', unit, 'max'], severity: 'error', code: 'line-frequency-cap',
          message: msg('line.frequency_cap', { count: perDay, network, max: profile.postsPerDayMax.value }), hint: msg('line.frequency_cap.hint'),
        });
      } else if (perWeek(unit, count.max) > profile.saneWeekly.max) {
        warn(['frequency', unit, 'max'], 'line-frequency', msg('line.frequency_high', { count: round(perWeek(unit, count.max)), network, max: profile.saneWeekly.max }), msg('line.frequency.hint'));
      } else if (count.max > 0 && perWeek(unit, count.max) < profile.saneWeekly.min) {
        warn(['frequency', unit, 'max'], 'line-frequency', msg('line.frequency_low', { count: round(perWeek(unit, count.max)), network, min: profile.saneWeekly.min }), msg('line.frequency.hint'));
      }
    }
    const hashtagsMax = line.tone?.hashtags?.max;
    if (profile.hashtagCap !== null && hashtagsMax !== undefined && hashtagsMax > profile.hashtagCap) {
      warn(['tone', 'hashtags', 'max'], 'line-cap', msg('line.hashtags_cap', { max: hashtagsMax, network: profile.name, cap: profile.hashtagCap }));
    }
    const lengthMax = line.length?.max;
    if (lengthMax !== undefined && lengthMax > profile.textLimit) {
      warn(['length', 'max'], 'line-cap', msg('line.length_cap', { max: lengthMax, network: profile.name, cap: profile.textLimit }));
    }
    if (!profile.linksClickable && line.links?.utm === 'required') {
      warn(['links', 'utm'], 'line-links', msg('line.links_not_clickable', { network: profile.name }));
    }
    return findings;
  });
}

const PERSONA_QUESTIONS = ['sector', 'role', 'age', 'location', 'interests', 'challenges', 'networks'] as const;

/** A persona answers the §1 questions. */
export function checkPersonas({ workspace: ws }: CheckContext): Finding[] {
  return ws.personas.flatMap((persona, index): Finding[] => {
    const missing = PERSONA_QUESTIONS.filter((key) => {
      const value = persona[key];
      return value === undefined || (Array.isArray(value) && value.length === 0);
    });
    if (missing.length === 0) return [];
    return [{
      file: ws.paths.personas, keyPath: ['personas', index], severity: 'warning', code: 'persona-incomplete',
      message: msg('persona.incomplete', { id: persona.id, missing: missing.join(', ') }),
      hint: msg('persona.incomplete.hint'),
    }];
  });
}

/** About 5 competitors, each with figures on at least one of our networks. */
export function checkBenchmark({ workspace: ws, broken }: CheckContext): Finding[] {
  if (broken.has('competitors')) return [];
  const file = ws.paths.competitors;
  const findings: Finding[] = [];
  if (ws.competitors.length < MIN_COMPETITORS) {
    findings.push({ file, keyPath: ws.hasCompetitorsFile ? ['competitors'] : [], severity: 'warning', code: 'bench-few', message: msg('bench.few', { count: ws.competitors.length }) });
  }
  const ours = ws.lines.map((entry) => entry.network as string);
  ws.competitors.forEach((competitor, index) => {
    const theirs = Object.keys(competitor.networks ?? {}).map((name) => findNetwork(name)?.id);
    if (ours.length > 0 && !theirs.some((id) => id !== undefined && ours.includes(id))) {
      findings.push({
        file, keyPath: ['competitors', index], severity: 'warning', code: 'bench-no-data',
        message: msg('bench.no_data', { id: competitor.id, networks: ours.join(', ') }),
        hint: msg('bench.no_data.hint'),
      });
    }
  });
  return findings;
}
