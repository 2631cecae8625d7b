import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import type { BreakSettings, WorkSettings } from '../../src/domain/types';
import { validateWorkSettings } from '../../src/domain/work-settings-validation';

const { work, breaks, idleThresholdSeconds } = defaultSettings('Europe/London');

type Change = { work?: Partial<WorkSettings>; breaks?: Partial<BreakSettings>; idle?: number };

describe('the work-time and break settings', () => {
  it('accept the defaults, with no hours limits', () => {
    expect(validateWorkSettings(work, breaks, idleThresholdSeconds)).toEqual([]);
  });

  it.each([
    ['an idle threshold under the browser’s 15 seconds', { idle: 10 }, 'idleThresholdSeconds'],
    ['a daily limit of 25 hours', { work: { dailyLimitMinutes: 1500 } }, 'dailyLimitMinutes'],
    [
      'a weekly limit that is not a whole number',
      { work: { weeklyLimitMinutes: 37.5 } },
      'weeklyLimitMinutes',
    ],
    ['a break after 0 minutes', { breaks: { shortAfterMinutes: 0 } }, 'shortAfterMinutes'],
    ['a 3-hour long break', { breaks: { longMinutes: 180 } }, 'longMinutes'],
  ] as [string, Change, string][])('refuse %s', (_, change, field) => {
    const errors = validateWorkSettings(
      { ...work, ...change.work },
      { ...breaks, ...change.breaks },
      change.idle ?? idleThresholdSeconds,
    );
    expect(errors.map((error) => [error.field, error.code])).toEqual([[field, 'out-of-range']]);
  });

  it('refuse a long break that would come before the short one', () => {
    const errors = validateWorkSettings(work, { ...breaks, longAfterMinutes: 45 }, 300);
    expect(errors).toEqual([{ field: 'longAfterMinutes', code: 'long-before-short' }]);
  });

  it('refuse a short break as long as the work between breaks', () => {
    const errors = validateWorkSettings(
      work,
      { ...breaks, shortAfterMinutes: 20, shortMinutes: 20 },
      300,
    );
    expect(errors).toEqual([{ field: 'shortMinutes', code: 'break-longer-than-gap' }]);
  });
});
