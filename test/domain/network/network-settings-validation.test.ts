import { describe, expect, it } from 'vitest';
import { validateNetworkSettings } from '../../../src/domain/network/network-settings-validation';
import { defaultSettings } from '../../../src/domain/settings';

const valid = defaultSettings('Europe/London').network;

describe('the reconnect settings', () => {
  it('accept the defaults, and "no reconnect nudges at all"', () => {
    expect(validateNetworkSettings(valid)).toEqual([]);
    expect(validateNetworkSettings({ ...valid, reconnectMaxPerDay: 0 })).toEqual([]);
  });

  it.each([
    ['eleven nudges a day', { reconnectMaxPerDay: 11 }, 'reconnectMaxPerDay', 'count-range'],
    [
      'hours that end before they start',
      { reconnectFrom: '16:00', reconnectUntil: '10:00' },
      'reconnectHours',
      'hours-order',
    ],
    ['an empty time', { reconnectFrom: '' }, 'reconnectHours', 'time-format'],
    ['a gap of zero days', { reconnectGapDays: 0 }, 'reconnectGapDays', 'gap-range'],
  ])('refuse %s', (_, change, field, code) => {
    expect(validateNetworkSettings({ ...valid, ...change })).toEqual([{ field, code }]);
  });

  it('names the role whose default is out of range', () => {
    const cadenceByRole = { ...valid.cadenceByRole, mentor: 400 };
    expect(validateNetworkSettings({ ...valid, cadenceByRole })).toEqual([
      { field: 'cadenceByRole', role: 'mentor', code: 'cadence-range' },
    ]);
  });
});
