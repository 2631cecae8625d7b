import { describe, expect, it } from 'vitest';
import { dayTimeText } from '../../src/ui/shared/day-text';

// Monday 23 November 2026, 10:00 in Madrid (UTC+1).
const now = Date.UTC(2026, 10, 23, 9, 0);
const HOUR = 3_600_000;
const zone = 'Europe/Madrid';

describe('a moment as the popup names it', () => {
  it('says only the time today, also late in the evening', () => {
    expect(dayTimeText(now + 13 * HOUR, now, zone)).not.toMatch(/Monday|November/);
  });

  it('names the weekday within six days either way, counted in the zone', () => {
    // 00:30 on Tuesday in Madrid, still Monday in UTC.
    expect(dayTimeText(Date.UTC(2026, 10, 23, 23, 30), now, zone)).toMatch(/^Tuesday /);
    expect(dayTimeText(now - 2 * 24 * HOUR, now, zone)).toMatch(/^Saturday /);
    expect(dayTimeText(now + 6 * 24 * HOUR, now, zone)).toMatch(/^Sunday /);
  });

  it('gives the date a week or more away, past a change of the clocks', () => {
    expect(dayTimeText(now + 7 * 24 * HOUR, now, zone)).toMatch(/^Monday, November 30, /);
    // Back to 23 October: Madrid was on summer time then.
    expect(dayTimeText(now - 31 * 24 * HOUR, now, zone)).toMatch(/^Friday, October 23, /);
  });
});
