import { ownFieldErrors } from '../domain/checkins/checkin-validation';
import { validateContact } from '../domain/network/contact-validation';
import { validateInteraction } from '../domain/network/interaction-validation';
import { validateNetworkSettings } from '../domain/network/network-settings-validation';
import { validateReflectionSettings } from '../domain/reflection-validation';
import { validateSettings } from '../domain/schedule-validation';
import { validateTemplates } from '../domain/templates-validation';
import type { CheckIn, Contact, Interaction, Settings } from '../domain/types';
import { validateWorkSettings } from '../domain/work-settings-validation';

// What Tend's forms and its backup import refuse is refused from another computer too: a
// record there was written by some other way (an older or newer Tend, a damaged profile),
// and a check-in lasting a million years or a workday ending at 25:00 would stop every
// wake here from planning. Each check gives the first problem, as `field: code`, or null.

// The schedule's problems name their message, the others a code.
type Found = { field: string } & ({ code: string } | { message: string });

const said = (found: Found | undefined): string | null =>
  found ? `${found.field}: ${'code' in found ? found.code : found.message}` : null;

export const settingsProblem = (settings: Settings): string | null =>
  said(
    validateSettings(settings)[0] ??
      validateWorkSettings(settings.work, settings.breaks, settings.idleThresholdSeconds)[0] ??
      validateNetworkSettings(settings.network)[0] ??
      validateReflectionSettings(settings.reflection)[0] ??
      (settings.templates ? validateTemplates(settings.templates)[0] : undefined),
  );

export const contactProblem = (contact: Contact): string | null =>
  said(validateContact(contact)[0]);

// Not how a check-in's fields relate: see ownFieldErrors.
export const checkInProblem = (checkIn: CheckIn): string | null => said(ownFieldErrors(checkIn)[0]);

// No limit on how far ahead: that is this computer's clock's, as in the import.
export const connectionProblem = (connection: Interaction): string | null =>
  said(validateInteraction(connection, Number.POSITIVE_INFINITY)[0]);
