import { t, type MessageKey } from '../i18n';

/** Tend's own ideas for time together, used until the user writes their own list. */
export const GATHERING_IDEA_KEYS: readonly MessageKey[] = [
  'gatheringIdeaWalk',
  'gatheringIdeaCoffee',
  'gatheringIdeaLunch',
  'gatheringIdeaPark',
  'gatheringIdeaCook',
  'gatheringIdeaMuseum',
  'gatheringIdeaGames',
  'gatheringIdeaSwim',
];

/** The ideas in force: the user's own list, or Tend's in the UI language. */
export function gatheringIdeas(own: string[] | null): string[] {
  return own && own.length > 0 ? own : GATHERING_IDEA_KEYS.map((key) => t(key));
}
