import { describe, expect, it } from 'vitest';
import { smartFailures, targetValue } from '../../../src/core/validate/smart.js';

const complete = {
  id: 'o', title: 'Grow', kind: 'notoriety', kpi: 'followers', network: 'linkedin',
  baseline: 1000, target: '+30%', deadline: '2027-06-30',
} as const;

const letters = (objective: Parameters<typeof smartFailures>[0], start?: string) => smartFailures(objective, start).map((f) => f.letter);

describe('SMART check', () => {
  it('passes a complete objective', () => {
    expect(letters(complete)).toEqual([]);
  });
  it('computes relative and absolute targets', () => {
    expect(targetValue(complete)).toBeCloseTo(1300);
    expect(targetValue({ ...complete, target: '+12,5 %' })).toBeCloseTo(1125);
    expect(targetValue({ ...complete, target: 2500 })).toBe(2500);
    expect(targetValue({ ...complete, baseline: undefined })).toBeUndefined();
  });
  it('fails S without a title or a kind', () => {
    expect(letters({ ...complete, title: undefined })).toEqual(['S']);
    expect(letters({ ...complete, kind: undefined })).toEqual(['S']);
  });
  it('fails M without a KPI, a target, or a baseline for a relative target', () => {
    expect(letters({ ...complete, kpi: undefined })).toEqual(['M']);
    expect(letters({ ...complete, target: undefined })).toEqual(['M']);
    expect(letters({ ...complete, baseline: undefined })).toEqual(['M']);
  });
  it('fails A when the target is not above the baseline', () => {
    expect(letters({ ...complete, target: 1000 })).toEqual(['A']);
    expect(letters({ ...complete, target: '-5%' })).toEqual(['A']);
  });
  it('fails R (achievable) above 10× the baseline, not at 10×', () => {
    expect(letters({ ...complete, target: 10_000 })).toEqual([]);
    expect(letters({ ...complete, target: 10_001 })).toEqual(['R']);
    expect(letters({ ...complete, target: '+1000%' })).toEqual(['R']);
    expect(letters({ ...complete, baseline: 0, target: 500 })).toEqual([]);
  });
  it('fails T without a deadline or with one before the period', () => {
    expect(letters({ ...complete, deadline: undefined })).toEqual(['T']);
    expect(letters(complete, '2027-07-01')).toEqual(['T']);
    expect(smartFailures(complete, '2027-07-01')[0]?.message).toEqual({
      id: 'smart.timebound.past', params: { id: 'o', deadline: '2027-06-30', start: '2027-07-01' },
    });
  });
  it('reports several letters at once', () => {
    expect(letters({ id: 'bare' })).toEqual(['S', 'M', 'T']);
  });
});
