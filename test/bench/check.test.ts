import { describe, expect, it } from 'vitest';
import { checkRatios, formatCheck, type Recorded } from './check.js';

const recorded: Recorded = {
  ratios: {
    'teams.route.c50': { value: 0.8, better: 'higher' },
    'teams.route.p99': { value: 1.2, better: 'lower' },
    'slack.checkin.c200': { value: 0.6, better: 'higher' },
  },
};

describe('bench regression check', () => {
  it('passes ratios within 15% of the recorded ones, and better ones', () => {
    const r = checkRatios({ 'teams.route.c50': 0.69, 'teams.route.p99': 1.37, 'slack.checkin.c200': 0.9 }, recorded);
    expect(r.ok).toBe(true);
    expect(r.lines.map((l) => l.ok)).toEqual([true, true, true]);
    expect(r.notMeasured).toEqual([]);
  });

  it('fails a throughput ratio more than 15% below its recorded figure', () => {
    const r = checkRatios({ 'teams.route.c50': 0.67, 'teams.route.p99': 1.2, 'slack.checkin.c200': 0.6 }, recorded);
    expect(r.ok).toBe(false);
    expect(r.lines.filter((l) => !l.ok).map((l) => l.key)).toEqual(['teams.route.c50']);
    expect(r.lines[0]!.limit).toBeCloseTo(0.68, 5);
  });

  it('fails a latency ratio more than 15% above its recorded figure', () => {
    const r = checkRatios({ 'teams.route.c50': 0.8, 'teams.route.p99': 1.4, 'slack.checkin.c200': 0.6 }, recorded);
    expect(r.ok).toBe(false);
    expect(r.lines.filter((l) => !l.ok).map((l) => l.key)).toEqual(['teams.route.p99']);
    expect(formatCheck(r)).toMatch(/WORSE teams\.route\.p99: 1\.40 against 1\.20 recorded \(limit 1\.38\)/);
  });

  it('lists ratios the run did not measure without failing on them', () => {
    const r = checkRatios({ 'teams.route.c50': 0.8 }, recorded);
    expect(r.ok).toBe(true);
    expect(r.notMeasured).toEqual(['teams.route.p99', 'slack.checkin.c200']);
    expect(formatCheck(r)).toContain('slack.checkin.c200: not measured in this run');
  });

  it('fails a ratio that is not a number', () => {
    expect(checkRatios({ 'teams.route.c50': Number.NaN }, recorded).ok).toBe(false);
  });
});
