import { ROLES } from '../../../domain/network/roles';
import type { NetworkSettings, Role } from '../../../domain/types';
import { numberOf, numberOrNull, numberText } from '../../shared/number-field';

/** The reconnect settings' fields as typed (numbers stay text until validated). */
export interface ReconnectDraft {
  max: string;
  from: string;
  until: string;
  gap: string;
  /** Each role's cadence in days, '' for none. */
  roles: Record<Role, string>;
}

/** The form's starting values from stored settings. */
export function reconnectDraft(network: NetworkSettings): ReconnectDraft {
  return {
    max: String(network.reconnectMaxPerDay),
    from: network.reconnectFrom,
    until: network.reconnectUntil,
    gap: String(network.reconnectGapDays),
    roles: Object.fromEntries(
      ROLES.map((role) => [role, numberText(network.cadenceByRole[role])]),
    ) as Record<Role, string>,
  };
}

/** The settings the form describes. */
export function networkFrom(draft: ReconnectDraft): NetworkSettings {
  return {
    reconnectMaxPerDay: numberOf(draft.max),
    reconnectFrom: draft.from,
    reconnectUntil: draft.until,
    reconnectGapDays: numberOf(draft.gap),
    cadenceByRole: Object.fromEntries(
      ROLES.map((role) => [role, numberOrNull(draft.roles[role])]),
    ) as Record<Role, number | null>,
  };
}
