import { describe, expect, it } from 'vitest';
import { nudgeKey, readNudgeKey, type NudgeId } from '../../src/domain/nudge-key';

const ids: [NudgeId, string][] = [
  [
    { kind: 'wrap-up', date: '2026-11-23', endsAt: 1795453200000 },
    'wrap-up:2026-11-23:1795453200000',
  ],
  [
    { kind: 'boundary', date: '2026-11-23', endsAt: 1795453200000, slot: 2 },
    'boundary:2026-11-23:1795453200000:2',
  ],
  [
    { kind: 'break', breakKind: 'long', streakStart: 1795424400000, count: 0 },
    'break:long:1795424400000:0',
  ],
  [{ kind: 'check-in-log', checkInId: 'sup', date: '2026-11-23' }, 'check-in-log:sup:2026-11-23'],
  [{ kind: 'reconnect', contactId: 'sam', date: '2026-11-23' }, 'reconnect:sam:2026-11-23'],
  [{ kind: 'reflection', weekStart: '2026-11-23' }, 'reflection:2026-11-23'],
  [{ kind: 'gathering-idea', week: '2026-W48' }, 'gathering-idea:2026-W48'],
  [{ kind: 'hours-limit', limit: 'week', date: '2026-11-23' }, 'hours-limit:week:2026-11-23'],
  [
    { kind: 'time-zone', user: 'America/New_York', schedule: 'Europe/Berlin' },
    'time-zone:America/New_York:Europe/Berlin',
  ],
];

describe('nudge keys', () => {
  it.each(ids)('name %j as the log has always stored it, and read back', (id, key) => {
    expect(nudgeKey(id)).toBe(key);
    expect(readNudgeKey(key)).toEqual(id);
  });

  it('keep an id with a colon or a percent sign whole (a backup may bring one)', () => {
    const id: NudgeId = { kind: 'reconnect', contactId: 'a:b%3A', date: '2026-11-23' };
    expect(nudgeKey(id)).toBe('reconnect:a%3Ab%253A:2026-11-23');
    expect(readNudgeKey(nudgeKey(id))).toEqual(id);
  });

  it.each(['a&b', 'a#b', 'a:b', 'a%b', '%3A', 'a b', ' :%&# '])(
    'read back an id %j whole in every kind of key that names one',
    (odd) => {
      const named: NudgeId[] = [
        { kind: 'reconnect', contactId: odd, date: '2026-11-23' },
        { kind: 'check-in-reminder', checkInId: odd, date: '2026-11-23' },
        { kind: 'check-in-prep', checkInId: odd, date: '2026-11-23' },
        { kind: 'check-in-log', checkInId: odd, date: '2026-11-23' },
        { kind: 'time-zone', user: odd, schedule: 'Europe/Berlin' },
      ];
      for (const id of named) expect(readNudgeKey(nudgeKey(id))).toEqual(id);
    },
  );

  it('read nothing into a key no Tend wrote', () => {
    expect(readNudgeKey('other-extension:123')).toBeNull();
    expect(readNudgeKey('break:medium:1:0')).toBeNull();
    expect(readNudgeKey('')).toBeNull();
  });
});
