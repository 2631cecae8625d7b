import { MINUTE_MS } from './time-units';

/** Things to do with a break, as codes the page words; varied so breaks do not feel like a chore. */
export const BREAK_IDEAS = [
  'stretch',
  'breathe',
  'walk',
  'water',
  'far-away',
  'step-outside',
  'shoulders',
  'window',
] as const;

export type BreakIdea = (typeof BREAK_IDEAS)[number];

/** The idea for a break starting at `at`: a different one each few minutes, no randomness to test around. */
export function breakIdea(at: number): BreakIdea {
  return BREAK_IDEAS[Math.floor(at / (5 * MINUTE_MS)) % BREAK_IDEAS.length]!;
}
