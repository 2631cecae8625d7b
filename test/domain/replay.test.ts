import { describe, expect, it } from 'vitest';
import type { BoundaryNudge, BreakNudge, ReconnectNudge } from '../../src/domain/nudge';
import { deliveryOf, type ClaimedNudge } from '../../src/domain/replay';
import { defaultSettings } from '../../src/domain/settings';
import { aContact } from '../db/factories';

const ZONE = 'Europe/London';
const at = (time: string) => Date.parse(`2026-11-23T${time}:00Z`);
const settings = defaultSettings(ZONE);

const boundary = (slot: number, time: string): BoundaryNudge => ({
  kind: 'boundary',
  key: `boundary:2026-11-23:${at('17:00')}:${slot}`,
  dueAt: at(time),
  workdayEndsAt: at('17:00'),
});
const aBreak: BreakNudge = {
  kind: 'break',
  key: 'break:short:1:1',
  dueAt: at('10:00'),
  breakKind: 'short',
  breakMinutes: 10,
};
const reconnect: ReconnectNudge = {
  kind: 'reconnect',
  key: 'reconnect:sam:2026-11-23',
  dueAt: at('10:00'),
  contactId: 'sam',
  daysSince: 21,
};
const claimed = (nudge: ClaimedNudge['nudge'], time: string, notify = true): ClaimedNudge => ({
  nudge,
  notify,
  claimedAt: at(time),
});
const keys = (list: readonly ClaimedNudge[]) => list.map(({ nudge }) => nudge.key);

describe('nudges claimed and not yet shown', () => {
  const sam = aContact({ id: 'sam' });

  it('shows this wake’s own, and one a stopped worker left, under its own key', () => {
    const left = claimed(reconnect, '10:00');
    const own = claimed(aBreak, '10:05');
    const { show, drop } = deliveryOf(
      [left, own],
      new Set([aBreak.key]),
      { settings, contacts: [sam] },
      at('10:05'),
    );
    expect(keys(show)).toEqual([reconnect.key, aBreak.key]);
    expect(drop).toEqual([]);
  });

  it('drops one no longer worth answering: a break due an hour and more ago', () => {
    const { show, drop } = deliveryOf(
      [claimed(aBreak, '10:00')],
      new Set(),
      { settings, contacts: [] },
      at('11:00'),
    );
    expect(show).toEqual([]);
    expect(keys(drop)).toEqual([aBreak.key]);
  });

  it('drops one answered another way: Sam was written to since', () => {
    const written = aContact({ id: 'sam', lastContactAt: at('10:02') });
    const { drop } = deliveryOf(
      [claimed(reconnect, '10:00')],
      new Set(),
      { settings, contacts: [written] },
      at('10:05'),
    );
    expect(keys(drop)).toEqual([reconnect.key]);
  });

  it('drops one a newer nudge of its thread says again: the 17:00 reminder beside 17:30', () => {
    const first = claimed(boundary(0, '17:00'), '17:00');
    const next = claimed(boundary(1, '17:30'), '17:30');
    const { show, drop } = deliveryOf(
      [first, next],
      new Set([next.nudge.key]),
      { settings, contacts: [] },
      at('17:30'),
    );
    expect(keys(show)).toEqual([next.nudge.key]);
    expect(keys(drop)).toEqual([first.nudge.key]);
  });
});
