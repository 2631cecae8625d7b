import { describe, expect, it } from 'vitest';
import { addCalendarDays, dateOf, utcMidnight } from '../../src/domain/calendar-date';
import { DAY_MS } from '../../src/domain/time-units';
import { zonedInstant } from '../../src/domain/wall-clock';

// The UTC date of an instant as the platform writes it, for years 0-9999.
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('local dates', () => {
  it('writes the date of any instant of a day, over centuries and after thousands of others', () => {
    // More days than the dates kept (4 096), both sides of 1970, at every hour of the day: a
    // date kept under the wrong day, or kept past a clearing, would show here.
    const from = Date.UTC(1890, 0, 1);
    for (let round = 0; round < 2; round += 1) {
      for (let day = 0; day < 6_000; day += 1) {
        const at = from + day * 9 * DAY_MS + ((day * 3_600_000 + round) % DAY_MS);
        expect(dateOf(at)).toBe(isoDate(at));
      }
    }
    expect(dateOf(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('2026-12-31');
    // A fraction of a millisecond counts as a Date counts it, toward zero.
    expect(dateOf(-0.5)).toBe('1970-01-01');
    expect(dateOf(-DAY_MS - 0.5)).toBe('1969-12-31');
    expect(dateOf(Date.UTC(2027, 0, 1))).toBe('2027-01-01');
  });

  it('counts days across month ends, leap days and years', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-11-24', 400)).toBe('2027-12-29');
  });

  it('reads a date written with odd fields as its fields say, and one that is not a date as none', () => {
    expect(utcMidnight('2026-03-05')).toBe(Date.UTC(2026, 2, 5));
    expect(utcMidnight('2026-3-5')).toBe(Date.UTC(2026, 2, 5));
    expect(utcMidnight('2026-02-30')).toBe(Date.UTC(2026, 2, 2));
    expect(utcMidnight('soon')).toBeNaN();
    expect(utcMidnight('2026-0a-05')).toBeNaN();
    expect(utcMidnight('')).toBeNaN();
  });
});

describe('a wall-clock time in a zone', () => {
  it('names the same instant however its date and time are written', () => {
    const zone = 'Europe/London';
    const summer = zonedInstant(zone, '2026-06-05', '09:30');
    expect(summer).toBe(Date.UTC(2026, 5, 5, 8, 30));
    expect(zonedInstant(zone, '2026-6-5', '9:30')).toBe(summer);
    expect(zonedInstant(zone, '2026-06-05', '9:30')).toBe(summer);
    // In the spring-forward gap: as far past it as it was into it.
    expect(zonedInstant(zone, '2026-03-29', '01:30')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(zonedInstant(zone, '2026-06-05', '9h30')).toBeNaN();
    expect(zonedInstant(zone, '2026-06-05', 'ab:cd')).toBeNaN();
  });
});
