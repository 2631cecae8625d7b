import { afterAll, describe, expect, it } from 'vitest';
import { figures, Month, type MonthFigures } from './month-rules';
import { patterns } from './month-patterns';
import { simulate } from './simulate';

// Four weeks of each working pattern, played through the background as it runs (alarms,
// the browser's reports, quits, sleeps, the still-here marks), judged by the rules of
// issue 11. `npm run simulate` prints each pattern's figures.
const report: { name: string; figures: MonthFigures }[] = [];

describe.each(patterns())('four weeks of $name', (pattern) => {
  const month = new Month(pattern, simulate(pattern));
  const found = figures(month);
  report.push({ name: pattern.name, figures: found });

  it('breaks none of the rules: nudges in the day, to someone there, few and timely', () => {
    expect(found.violations).toEqual([]);
  });

  it('spends at most one empty wake a day while the user is away: the next workday start', () => {
    expect(found.emptyAwayMax).toBeLessThanOrEqual(1);
  });

  it('shows at most two notifications in one wake', () => {
    expect(Math.max(0, ...month.sim.wakes.map((wake) => wake.notified))).toBeLessThanOrEqual(2);
  });
});

afterAll(() => {
  if (process.env.SIMULATION_REPORT !== '1') return;
  for (const { name, figures: one } of report) {
    const kinds = Object.entries(one.perWorkday)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ');
    // The report is what `npm run simulate` is for.
    // eslint-disable-next-line no-console -- printed only when asked, for the figures
    console.log(
      [
        `\n${name}: ${one.workdays} workdays`,
        `  nudges per workday: ${kinds || 'none'}`,
        `  most in one hour: ${one.mostInAnHour}`,
        `  wakes per workday: ${one.wakesShown} showing something, ${one.wakesEmpty} empty`,
        `  empty wakes while away, most in a day: ${one.emptyAwayMax}`,
        `  violations: ${one.violations.length}`,
        ...one.violations.slice(0, 20).map((line) => `    ${line}`),
      ].join('\n'),
    );
  }
});
