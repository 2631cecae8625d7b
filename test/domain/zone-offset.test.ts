import { tzOffset } from '@date-fns/tz/tzOffset';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/domain/workday';
import { sameTimeDaysAway, zonedInstant } from '../../src/domain/wall-clock';
import { dayOffset } from '../../src/domain/zone-offset';

// The date Intl itself reads for an instant in a zone: what localDate gave before it knew
// each day's offset.
function formatted(format: Intl.DateTimeFormat, at: number): string {
  const parts = format.formatToParts(at);
  const part = (type: string) => parts.find((one) => one.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

// Zones with changes at odd hours and of odd lengths: half-hour summer time (Lord Howe),
// a skipped day (Apia, 2011), changes at UTC midnight and local midnight, no changes at all.
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'America/Santiago',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];
// Around the changes of these years, every 17 minutes: each side of each change.
const SPANS = [
  ['2011-12-28', '2012-01-02'],
  ['2026-03-26', '2026-04-08'],
  ['2026-09-24', '2026-11-03'],
];

describe('a zone’s offset, known for the day', () => {
  it.each(ZONES)('gives the same local dates and offsets as Intl in %s', (zone) => {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (const [from, to] of SPANS) {
      for (
        let at = Date.parse(`${from!}T00:00Z`);
        at < Date.parse(`${to!}T00:00Z`);
        at += 17 * 60_000
      ) {
        expect(localDate(zone, at)).toBe(formatted(format, at));
        expect(dayOffset(zone, at) ?? tzOffset(zone, new Date(at))).toBe(
          tzOffset(zone, new Date(at)),
        );
      }
    }
  });

  it('knows no offset of a zone the browser does not know, and no date in it', () => {
    expect(dayOffset('Not/AZone', Date.parse('2026-05-01T12:00Z'))).toBeNull();
    expect(() => localDate('Not/AZone', Date.parse('2026-05-01T12:00Z'))).toThrow(RangeError);
    expect(zonedInstant('Not/AZone', '2026-05-01', '09:00')).toBeNaN();
  });
});

describe('the same wall-clock time a day away', () => {
  // As date-fns' addDays in a TZDate gave the busy windows before: a local day, not 24 hours.
  it('is a local day away across a daylight-saving change, and 24 hours on other days', () => {
    const zone = 'Europe/London';
    // Sunday 29 March 2026, 12:00 BST: the clocks went forward at 01:00 that morning.
    const noon = Date.parse('2026-03-29T11:00:00Z');
    expect(new Date(sameTimeDaysAway(zone, noon, -1)).toISOString()).toBe(
      '2026-03-28T12:00:00.000Z',
    );
    expect(new Date(sameTimeDaysAway(zone, noon, 1)).toISOString()).toBe(
      '2026-03-30T11:00:00.000Z',
    );
    const ordinary = Date.parse('2026-11-24T10:15:30.250Z');
    expect(sameTimeDaysAway(zone, ordinary, 1) - ordinary).toBe(86_400_000);
  });

  it('moves a time the change skips forward by the gap, as zonedInstant does', () => {
    // 01:30 on the 29th is in the hour the clocks skip: a day after 01:30 on the 28th is
    // 02:30 BST, as zonedInstant reads that time.
    const before = Date.parse('2026-03-28T01:30:00Z');
    expect(sameTimeDaysAway('Europe/London', before, 1)).toBe(
      zonedInstant('Europe/London', '2026-03-29', '01:30'),
    );
  });
});
