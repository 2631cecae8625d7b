import type { NetworkSettings, Role } from '../types';
import { isClockTime } from '../clock-time';

export type NetworkSettingsError =
  | { field: 'reconnectMaxPerDay'; code: 'count-range' }
  | { field: 'reconnectHours'; code: 'time-format' | 'hours-order' }
  | { field: 'reconnectGapDays'; code: 'gap-range' }
  | { field: 'cadenceByRole'; role: Role; code: 'cadence-range' };

const isIntegerIn = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** What is wrong with the reconnect settings; empty when they can be saved. */
export function validateNetworkSettings(network: NetworkSettings): NetworkSettingsError[] {
  const errors: NetworkSettingsError[] = [];
  if (!isIntegerIn(network.reconnectMaxPerDay, 0, 10)) {
    errors.push({ field: 'reconnectMaxPerDay', code: 'count-range' });
  }
  if (!isClockTime(network.reconnectFrom) || !isClockTime(network.reconnectUntil)) {
    errors.push({ field: 'reconnectHours', code: 'time-format' });
  } else if (network.reconnectUntil <= network.reconnectFrom) {
    // 'HH:mm' strings compare in time order.
    errors.push({ field: 'reconnectHours', code: 'hours-order' });
  }
  if (!isIntegerIn(network.reconnectGapDays, 1, 90)) {
    errors.push({ field: 'reconnectGapDays', code: 'gap-range' });
  }
  for (const [role, days] of Object.entries(network.cadenceByRole) as [Role, number | null][]) {
    if (days !== null && !isIntegerIn(days, 1, 365)) {
      errors.push({ field: 'cadenceByRole', role, code: 'cadence-range' });
    }
  }
  return errors;
}
