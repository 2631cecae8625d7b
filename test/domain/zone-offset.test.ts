import { tzOffset } from '@date-fns/tz/tzOffset';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/domain/workday';
import { zonedInstant } from '../../src/domain/wall-clock';
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
