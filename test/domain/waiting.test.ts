import { describe, expect, it } from 'vitest';
import type { Nudge } from '../../src/domain/nudge';
import { zonedInstant } from '../../src/domain/wall-clock';
import { stillWaiting, waitingUntil, type StoredWaiting } from '../../src/domain/waiting';

const ZONE = 'America/New_York';
const at = (local: string) => {
  const [date = '', time = ''] = local.split('T');
  return zonedInstant(ZONE, date, time);
};
// Only the kind (and a check-in's occurrence) decide how long a nudge waits; the rest of
// each kind's fields are left out of these fixtures.
const nudge = (fields: { kind: Nudge['kind']; occurrence?: unknown }): Nudge =>
  ({ key: `${fields.kind}:x`, dueAt: 0, ...fields }) as Nudge;

describe('how long a nudge waits for an answer', () => {
  it('keeps a break for an hour', () => {
    const shown = at('2026-11-23T10:00');
    expect(waitingUntil(nudge({ kind: 'break' }), shown, ZONE)).toBe(at('2026-11-23T11:00'));
  });

  it('keeps the end-of-day ones until the local day ends', () => {
    for (const kind of ['wrap-up', 'boundary', 'hours-limit'] as const) {
      expect(waitingUntil(nudge({ kind }), at('2026-11-23T16:45'), ZONE)).toBe(
        at('2026-11-24T00:00'),
      );
    }
    // A late boundary reminder still goes after twelve hours at most.
    expect(waitingUntil(nudge({ kind: 'boundary' }), at('2026-11-23T01:00'), ZONE)).toBe(
      at('2026-11-23T13:00'),
    );
  });

  it('keeps a check-in reminder until the check-in is over', () => {
    const occurrence = {
      checkInId: 'c',
      date: '2026-11-23',
      start: at('2026-11-23T14:00'),
      end: at('2026-11-23T14:30'),
      moved: false,
    };
    const shown = at('2026-11-23T13:50');
    expect(waitingUntil(nudge({ kind: 'check-in-reminder', occurrence }), shown, ZONE)).toBe(
      occurrence.end,
    );
  });

  it('keeps the others for twelve hours, across a daylight-saving change', () => {
    // New York falls back on 1 November 2026: twelve hours of real time, not of the clock.
    const shown = at('2026-10-31T22:00');
    expect(waitingUntil(nudge({ kind: 'reconnect' }), shown, ZONE)).toBe(shown + 12 * 3_600_000);
  });
});

describe('what the popup shows as waiting', () => {
  const shown = (key: string, shownAt: string, expiresAt: string): StoredWaiting => ({
    key,
    kind: 'reconnect',
    title: key,
    message: '',
    shownAt: at(shownAt),
    expiresAt: at(expiresAt),
  });

  it('shows the newest first and drops the ones no longer worth answering', () => {
    const items = [
      shown('break', '2026-11-23T09:00', '2026-11-23T10:00'),
      shown('sam', '2026-11-23T09:30', '2026-11-23T21:30'),
      shown('alex', '2026-11-23T10:15', '2026-11-23T22:15'),
    ];
    const waiting = stillWaiting(items, at('2026-11-23T10:30'));
    expect(waiting.map((item) => item.key)).toEqual(['alex', 'sam']);
    expect(waiting[0]).not.toHaveProperty('expiresAt');
  });
});
