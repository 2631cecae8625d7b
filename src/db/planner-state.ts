import { subDays } from 'date-fns';
import type { PlannerState } from '../domain/planner-state';
import type { Settings } from '../domain/types';
import { activitySince } from './activity';
import { busyIntervals } from '../domain/busy';
import { weekStartOf } from '../domain/rules/reflection';
import { interactionsSince, lastGatheringBefore } from './interactions';
import { exceptionsAround, pausedUntil, scheduleChange, snoozes } from './meta';
import { nudgeLogSince, timeZoneQuestions } from './nudge-log';
import type { TendDatabase } from './open';
import { reflectedWeeksFrom } from './reflections';
import { browserTimeZone, loadSettings } from './settings';

/**
 * Everything the planner reads, and no more: the rules look at yesterday and today,
 * so three days back covers every time zone and a shift past midnight. The nudge log
 * reaches back over the reconnect gap as well, so that nobody is nudged about twice
 * within it.
 */
export async function loadPlannerState(
  db: TendDatabase,
  now: Date,
  knownSettings?: Settings,
): Promise<PlannerState> {
  const settings = knownSettings ?? (await loadSettings(db));
  const since = subDays(now, 3).getTime();
  // The weekly hours limit needs the whole week so far, Monday included.
  const activityFrom = subDays(now, 8).getTime();
  const logSince = Math.min(since, subDays(now, settings.network.reconnectGapDays).getTime());
  const [
    activity,
    nudgeLog,
    contacts,
    exceptions,
    paused,
    snoozed,
    connectionTimes,
    checkIns,
    lastGatheringAt,
    reflectedWeekStarts,
    askedZones,
    changed,
  ] = await Promise.all([
    activitySince(db, activityFrom),
    nudgeLogSince(db, logSince),
    db.getAll('contacts'),
    exceptionsAround(db, settings.schedule.timeZone, now),
    pausedUntil(db),
    snoozes(db),
    interactionsSince(db, since).then((list) => list.map((interaction) => interaction.at)),
    db.getAll('checkIns'),
    lastGatheringBefore(db, now.getTime()),
    // A reflection nudge never outlives its week: only this week's on matter.
    reflectedWeeksFrom(db, weekStartOf(settings.schedule.timeZone, now.getTime())),
    // A time-zone question is asked once, however long ago.
    timeZoneQuestions(db),
    scheduleChange(db),
  ]);
  const recentKeys = new Set(nudgeLog.map((entry) => entry.key));
  return {
    settings,
    activity,
    nudgeLog: [...nudgeLog, ...askedZones.filter((entry) => !recentKeys.has(entry.key))],
    contacts,
    exceptions,
    pausedUntil: paused,
    snoozes: snoozed,
    busy: busyIntervals(checkIns, now),
    checkIns,
    lastGatheringAt,
    connectionTimes,
    reflectedWeekStarts,
    userTimeZone: browserTimeZone(),
    scheduleChange: changed,
  };
}
