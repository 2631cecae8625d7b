import type { BreakIdea } from '../domain/break-ideas';
import type { MessageKey } from '../i18n';

/** The words for each break idea. */
export const BREAK_IDEA_TEXT: Record<BreakIdea, MessageKey> = {
  stretch: 'ideaStretch',
  breathe: 'ideaBreathe',
  walk: 'ideaWalk',
  water: 'ideaWater',
  'far-away': 'ideaFarAway',
  'step-outside': 'ideaStepOutside',
  shoulders: 'ideaShoulders',
  window: 'ideaWindow',
};
