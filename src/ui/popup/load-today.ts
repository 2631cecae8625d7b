import { now } from '../../clock';
import { openDb } from '../../db/open';
import { loadPlannerState } from '../../db/planner-state';
import { today, type Today } from '../../domain/today';
import { nextOccurrence } from '../../domain/checkins/recurrence';
import { overdue } from '../../domain/network/overdue';
import { reachLink } from '../../domain/network/reach-link';
import type {
  CheckInMode,
  DayException,
  PlannerState,
  ReachWay,
  WorkSchedule,
} from '../../domain/types';
import { localDate } from '../../domain/workday';

export interface TodayView extends Today {
  timeZone: string;
  schedule: WorkSchedule;
  now: number;
  /** Local date of today, for today's exception. */
  date: string;
  exception: DayException | null;
  pausedUntil: number | null;
  /** The soonest coming check-in, with what the popup shows of it. */
  nextCheckIn: { title: string; start: number; mode: CheckInMode; link: string | null } | null;
  /** The name of the person the next nudge is about, if it is about someone. */
  nextAbout: string | null;
  /** Up to three people most overdue against their cadence, snoozed ones left out. */
  overdue: OverdueView[];
  /** Everyone not archived, by name, for the quick log. */
  people: { id: string; name: string }[];
  /** No one in the network yet: the popup offers a start instead of empty cards. */
  firstRun: boolean;
}

/** What the popup shows of someone to reach out to. */
export interface OverdueView {
  id: string;
  name: string;
  isGroup: boolean;
  reach: ReachWay[];
  daysSince: number | null;
  snoozedUntil: number | null;
}

const REACH_OUT_COUNT = 3;

function overdueView(state: PlannerState, at: Date): OverdueView[] {
  const { network, schedule } = state.settings;
  return overdue(state.contacts, network, schedule.timeZone, at)
    .filter((person) => !person.snoozed)
    .slice(0, REACH_OUT_COUNT)
    .map(({ contact, daysSince }) => ({
      id: contact.id,
      name: contact.name,
      isGroup: contact.isGroup,
      reach: contact.reach,
      daysSince,
      snoozedUntil: contact.snoozedUntil,
    }));
}

/** Reads only what the popup shows, in one pass, for its first paint. */
export async function loadToday(): Promise<TodayView> {
  const [db, current] = await Promise.all([openDb(), now()]);
  const state = await loadPlannerState(db, current);
  const summary = today(state, current);
  const about = state.contacts.find((contact) => contact.id === summary.next?.contactId);
  const date = localDate(state.settings.schedule.timeZone, current);
  const coming = state.checkIns
    .map((checkIn) => ({ checkIn, occurrence: nextOccurrence(checkIn, current) }))
    .filter((entry) => entry.occurrence !== null)
    .sort((a, b) => a.occurrence!.start - b.occurrence!.start)[0];
  const link = coming && reachLink({ kind: 'video', value: coming.checkIn.link });
  return {
    ...summary,
    timeZone: state.settings.schedule.timeZone,
    schedule: state.settings.schedule,
    now: current.getTime(),
    date,
    exception: state.exceptions.find((exception) => exception.date === date) ?? null,
    pausedUntil:
      state.pausedUntil !== null && state.pausedUntil > current.getTime()
        ? state.pausedUntil
        : null,
    nextAbout: about?.name ?? null,
    overdue: overdueView(state, current),
    people: state.contacts
      .filter((contact) => !contact.archived)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
    firstRun: state.contacts.length === 0,
    nextCheckIn: coming
      ? {
          title: coming.checkIn.title,
          start: coming.occurrence!.start,
          mode: coming.checkIn.mode,
          // Only a link that passes the same check as the form's is offered to open.
          link: link && link.ok ? link.href : null,
        }
      : null,
  };
}
