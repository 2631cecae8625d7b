import { describe, expect, it } from 'vitest';
import { sinceText } from '../../src/ui/shared/relative-time';

const at = (iso: string) => new Date(iso).getTime();

describe('how long since someone was last in touch', () => {
  it('counts calendar days in the zone, not 24-hour spans', () => {
    const now = at('2026-03-10T00:30:00+01:00');
    expect(sinceText(at('2026-03-09T23:50:00+01:00'), now, 'Europe/Berlin')).toBe('yesterday');
    expect(sinceText(at('2026-03-10T00:10:00+01:00'), now, 'Europe/Berlin')).toBe('today');
    // The same two instants are both on the 9th in New York.
    expect(sinceText(at('2026-03-09T23:50:00+01:00'), now, 'America/New_York')).toBe('today');
  });

  it('counts a day that a clock change shortened or lengthened as one day', () => {
    // Clocks went forward in New York on 8 March 2026 and back on 1 November 2026.
    const now = at('2026-03-09T00:30:00-04:00');
    expect(sinceText(at('2026-03-07T23:30:00-05:00'), now, 'America/New_York')).toBe('2 days ago');
    const later = at('2026-11-02T00:10:00-05:00');
    expect(sinceText(at('2026-10-31T23:50:00-04:00'), later, 'America/New_York')).toBe(
      '2 days ago',
    );
  });

  it('says so when nothing was ever logged, and words weeks and months', () => {
    const now = at('2026-12-03T12:00:00Z');
    expect(sinceText(null, now, 'UTC')).toBe('not logged yet');
    expect(sinceText(at('2026-11-12T12:00:00Z'), now, 'UTC')).toBe('3 weeks ago');
    // Another zone with the same now: the date of now is not kept from the last call.
    expect(sinceText(at('2026-12-02T23:30:00Z'), at('2026-12-03T00:30:00Z'), 'Asia/Tokyo')).toBe(
      'today',
    );
  });
});
