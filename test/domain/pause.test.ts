import { describe, expect, it } from 'vitest';
import { nextWorkdayAfter } from '../../src/domain/effective-workday';
import { pauseEnd } from '../../src/domain/pause';
import { defaultSettings } from '../../src/domain/settings';

const { schedule } = defaultSettings('Europe/London');
const at = (iso: string) => new Date(iso);

describe('a pause from the popup', () => {
  it.each([
    ['30m', '2026-11-23T10:00:00Z', '2026-11-23T10:30:00Z'],
    ['1h', '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'],
    ['2h', '2026-11-23T10:00:00Z', '2026-11-23T12:00:00Z'],
    // Before Monday's start: until it starts.
    ['tomorrow', '2026-11-23T08:00:00Z', '2026-11-23T09:00:00Z'],
    // Monday afternoon: until Tuesday's start.
    ['tomorrow', '2026-11-23T14:00:00Z', '2026-11-24T09:00:00Z'],
    // Just after midnight on Thursday: Thursday's own start, not Friday's.
    ['tomorrow', '2026-11-26T00:30:00Z', '2026-11-26T09:00:00Z'],
    // Friday evening: the next workday is Monday.
    ['tomorrow', '2026-11-27T18:00:00Z', '2026-11-30T09:00:00Z'],
  ] as const)('chosen as %s at %s lasts until %s', (choice, now, until) => {
    // The popup's view carries the next workday's start, worked out by the background.
    const next = nextWorkdayAfter(schedule, at(now))?.startsAt ?? null;
    expect(new Date(pauseEnd(choice, next, at(now).getTime())).toISOString()).toBe(
      new Date(until).toISOString(),
    );
  });

  it('lasts a week "until my next workday" when no workday is to come', () => {
    const now = at('2026-11-23T14:00:00Z').getTime();
    expect(pauseEnd('tomorrow', null, now)).toBe(at('2026-11-30T14:00:00Z').getTime());
    // A view from before the next workday began says nothing about the one after it.
    expect(pauseEnd('tomorrow', now - 1, now)).toBe(at('2026-11-30T14:00:00Z').getTime());
  });
});
