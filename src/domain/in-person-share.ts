import { tz } from '@date-fns/tz';
import { subWeeks } from 'date-fns';
import type { Interaction } from './types';

/** How many recent connections met in person, against the share the user wants. */
export interface InPersonShare {
  inPerson: number;
  /** Video and phone calls. */
  virtual: number;
  total: number;
  /** In person out of all meetings, 0–1; null when there were none. */
  share: number | null;
  target: number;
  /** Whether the share reaches the target; null when there were no meetings to judge. */
  meetsTarget: boolean | null;
}

/**
 * The share of the connections logged in the last `weeks` weeks (up to `now`, weeks counted
 * on the calendar of `timeZone`) that were in person. Only meetings count: in person against
 * video and phone; a message is not a meeting, so it neither helps nor hurts the share.
 */
export function inPersonShare(
  interactions: readonly Pick<Interaction, 'at' | 'mode'>[],
  target: number,
  now: Date,
  weeks = 8,
  timeZone: string,
): InPersonShare {
  const from = subWeeks(now, weeks, { in: tz(timeZone) }).getTime();
  const to = now.getTime();
  let inPerson = 0;
  let virtual = 0;
  for (const { at, mode } of interactions) {
    if (!(at >= from && at <= to)) continue;
    if (mode === 'in-person') inPerson += 1;
    else if (mode === 'video' || mode === 'phone') virtual += 1;
  }
  const total = inPerson + virtual;
  const share = total > 0 ? inPerson / total : null;
  return {
    inPerson,
    virtual,
    total,
    share,
    target,
    meetsTarget: share === null ? null : share >= target,
  };
}
