import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { zonedInstant } from '../../../domain/wall-clock';
import type {
  ConnectionKind,
  ConnectionMode,
  Interaction,
  SupportDirection,
} from '../../../domain/types';
import { numberOrNull, numberText } from '../../shared/number-field';

/** The connection form's fields as typed. */
export interface ConnectionDraft {
  /** 'yyyy-MM-ddTHH:mm' in the user's zone, as a datetime-local input holds it. */
  when: string;
  contactIds: string[];
  kind: ConnectionKind;
  mode: ConnectionMode;
  direction: SupportDirection;
  feltBefore: string;
  feltAfter: string;
  note: string;
}

/** A datetime-local value for an instant in a zone. */
export function localInputValue(at: number, timeZone: string): string {
  return format(at, "yyyy-MM-dd'T'HH:mm", { in: tz(timeZone) });
}

/** The instant a datetime-local value names in a zone, or NaN when it names none. */
export function instantOf(value: string, timeZone: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? zonedInstant(timeZone, match[1]!, match[2]!) : Number.NaN;
}

/** The form's starting values: an existing connection, or one happening now. */
export function connectionDraft(
  existing: Interaction | null,
  now: number,
  timeZone: string,
): ConnectionDraft {
  return {
    when: localInputValue(existing?.at ?? now, timeZone),
    contactIds: [...(existing?.contactIds ?? [])],
    kind: existing?.kind ?? 'peer-check-in',
    mode: existing?.mode ?? 'in-person',
    direction: existing?.direction ?? 'both',
    feltBefore: numberText(existing?.feltBefore),
    feltAfter: numberText(existing?.feltAfter),
    note: existing?.note ?? '',
  };
}

/** The connection the form describes. */
export function interactionFrom(draft: ConnectionDraft, id: string, timeZone: string): Interaction {
  return {
    id,
    at: instantOf(draft.when, timeZone),
    contactIds: [...draft.contactIds],
    kind: draft.kind,
    mode: draft.mode,
    direction: draft.direction,
    feltBefore: numberOrNull(draft.feltBefore),
    feltAfter: numberOrNull(draft.feltAfter),
    note: draft.note.trim(),
  };
}
