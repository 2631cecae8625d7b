import type { Cadence, Contact, ReachWay, Role } from '../../../domain/types';
import { numberOf, numberOrNull, numberText } from '../../shared/number-field';

/** The person form's fields as typed; numbers stay text until validated. */
export interface PersonDraft {
  name: string;
  isGroup: boolean;
  roles: Role[];
  reach: ReachWay[];
  cadenceKind: Cadence['kind'];
  cadenceCount: string;
  cadenceUnit: 'days' | 'weeks';
  availability: string;
  availabilityLevel: string;
  trust: string;
  trustLevel: string;
  notes: string;
}

/** The form's starting values: an existing person, or a blank one. */
export function personDraft(contact: Contact | null): PersonDraft {
  const cadence = contact?.cadence ?? { kind: 'role-default' };
  return {
    name: contact?.name ?? '',
    isGroup: contact?.isGroup ?? false,
    roles: [...(contact?.roles ?? [])],
    reach: (contact?.reach ?? []).map((way) => ({ ...way })),
    cadenceKind: cadence.kind,
    cadenceCount: cadence.kind === 'every' ? String(cadence.count) : '2',
    cadenceUnit: cadence.kind === 'every' ? cadence.unit : 'weeks',
    availability: contact?.availability ?? '',
    availabilityLevel: numberText(contact?.availabilityLevel),
    trust: contact?.trust ?? '',
    trustLevel: numberText(contact?.trustLevel),
    notes: contact?.notes ?? '',
  };
}

function cadenceFrom(draft: PersonDraft): Cadence {
  if (draft.cadenceKind !== 'every') return { kind: draft.cadenceKind };
  return { kind: 'every', count: numberOf(draft.cadenceCount), unit: draft.cadenceUnit };
}

/** The contact the form describes; `base` keeps what the form does not edit. */
export function contactFrom(
  draft: PersonDraft,
  base: Contact | null,
  id: string,
  now: number,
): Contact {
  return {
    id: base?.id ?? id,
    name: draft.name.trim(),
    isGroup: draft.isGroup,
    roles: [...draft.roles],
    reach: draft.reach.map((way) => ({ kind: way.kind, value: way.value.trim() })),
    cadence: cadenceFrom(draft),
    availability: draft.availability.trim(),
    availabilityLevel: numberOrNull(draft.availabilityLevel),
    trust: draft.trust.trim(),
    trustLevel: numberOrNull(draft.trustLevel),
    notes: draft.notes.trim(),
    archived: base?.archived ?? false,
    snoozedUntil: base?.snoozedUntil ?? null,
    lastContactAt: base?.lastContactAt ?? null,
    createdAt: base?.createdAt ?? now,
    updatedAt: now,
  };
}
