import type { Interaction } from '../types';
import { MINUTE_MS } from '../time-units';

export type InteractionField = 'at' | 'people' | 'felt' | 'note';
export type InteractionErrorCode =
  'at-invalid' | 'at-future' | 'people-empty' | 'level-range' | 'text-too-long';

export interface InteractionError {
  field: InteractionField;
  code: InteractionErrorCode;
}

const NOTE_LIMIT = 5000;
// A connection is something that happened; a little slack covers a clock set slightly off.
const FUTURE_SLACK_MS = 5 * MINUTE_MS;

const isLevel = (value: number | null) =>
  value === null || (Number.isInteger(value) && value >= 1 && value <= 5);

/** What is wrong with a connection about to be logged at `now`; empty when it is fine. */
export function validateInteraction(interaction: Interaction, now: number): InteractionError[] {
  const errors: InteractionError[] = [];
  if (!Number.isFinite(interaction.at)) errors.push({ field: 'at', code: 'at-invalid' });
  else if (interaction.at > now + FUTURE_SLACK_MS) errors.push({ field: 'at', code: 'at-future' });
  if (interaction.contactIds.length === 0) errors.push({ field: 'people', code: 'people-empty' });
  if (!isLevel(interaction.feltBefore) || !isLevel(interaction.feltAfter)) {
    errors.push({ field: 'felt', code: 'level-range' });
  }
  if (interaction.note.length > NOTE_LIMIT) errors.push({ field: 'note', code: 'text-too-long' });
  return errors;
}
