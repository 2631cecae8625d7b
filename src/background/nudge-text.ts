import { breakIdea } from '../domain/break-ideas';
import { meetingLink, meetingPlace } from '../domain/checkins/venue';
import { formatTime } from '../domain/format';
import type { CheckInNudge, Nudge, ReconnectNudge } from '../domain/nudge';
import type { PlannerState } from '../domain/planner-state';
import { daysAgoText, durationText, t, uiLanguage } from '../i18n';
import { countText, plural, timeWith } from '../plural';
import { BREAK_IDEA_TEXT } from '../text/break-ideas';
import { gatheringIdeas } from '../text/gathering-ideas';
import { isolated } from '../text/isolate';

/** What a nudge's notification (and its entry in the popup's list) says. */
export interface NudgeText {
  title: string;
  message: string;
}

/**
 * A zone as people say it, in their language: 'America/New_York' -> 'Eastern Time', and a
 * fixed offset as one ('Etc/GMT+5' -> 'GMT-05:00'); the zone's city where the browser has
 * no name for it.
 */
export function zoneName(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat(uiLanguage(), {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(0);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    if (name) return name;
  } catch {
    // An unknown zone: its city below.
  }
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

function reconnectText(nudge: ReconnectNudge, state: PlannerState): string {
  const name = isolated(
    state.contacts.find((contact) => contact.id === nudge.contactId)?.name ?? '',
  );
  if (nudge.daysSince === null) return t('reconnectMessageNever', [name]);
  return t('reconnectMessage', [name, daysAgoText(nudge.daysSince)]);
}

function checkInText(nudge: CheckInNudge, state: PlannerState): NudgeText {
  const checkIn = state.checkIns.find((one) => one.id === nudge.occurrence.checkInId);
  const title = isolated(checkIn?.title ?? '');
  const start = formatTime(nudge.occurrence.start, state.settings.schedule.timeZone, uiLanguage());
  if (nudge.kind === 'check-in-prep') {
    return {
      title: t('prepTitle', [title]),
      message: t('prepMessage', [timeWith('atTime', start)]),
    };
  }
  if (nudge.kind === 'check-in-log') {
    return { title: t('logPromptTitle', [title]), message: t('logPromptMessage') };
  }
  // Online when met online; else its place, never a link left over from when it was.
  const online = checkIn && (checkIn.mode === 'virtual' || meetingLink(checkIn) !== null);
  const where = online
    ? t('reminderOnline')
    : (checkIn && meetingPlace(checkIn)) || t('reminderInPerson');
  return {
    title: t('reminderTitle', [title]),
    message: t('reminderMessage', [timeWith('atTime', start), where]),
  };
}

/** The words of a nudge, in the user's language, with its people and times filled in. */
export function nudgeText(nudge: Nudge, state: PlannerState): NudgeText {
  const at = (instant: number) =>
    formatTime(instant, state.settings.schedule.timeZone, uiLanguage());
  switch (nudge.kind) {
    case 'wrap-up': {
      const left = countText(nudge.minutesLeft);
      const ends = timeWith('atTime', at(nudge.workdayEndsAt));
      const { summary } = nudge;
      return {
        title: t('wrapUpTitle'),
        message: summary
          ? plural('wrapUpWithSummary', nudge.minutesLeft, [
              left,
              ends,
              durationText(summary.workedMs),
              plural('countBreaks', summary.breaksTaken),
              plural('countConnections', summary.connections),
            ])
          : plural('wrapUpMessage', nudge.minutesLeft, [left, ends]),
      };
    }
    case 'boundary':
      return {
        title: t('boundaryTitle'),
        message: t('boundaryMessage', [timeWith('atTime', at(nudge.workdayEndsAt))]),
      };
    case 'reconnect':
      return { title: t('reconnectTitle'), message: reconnectText(nudge, state) };
    case 'break':
      return {
        title: nudge.breakKind === 'long' ? t('breakLongTitle') : t('breakShortTitle'),
        message: plural('breakMessage', nudge.breakMinutes, [
          countText(nudge.breakMinutes),
          t(BREAK_IDEA_TEXT[breakIdea(nudge.dueAt)]),
        ]),
      };
    case 'check-in-reminder':
    case 'check-in-prep':
    case 'check-in-log':
      return checkInText(nudge, state);
    case 'gathering-idea': {
      const ideas = gatheringIdeas(state.settings.checkIns.gatheringIdeas);
      return { title: t('gatheringTitle'), message: ideas[nudge.ideaIndex % ideas.length] ?? '' };
    }
    case 'hours-limit':
      return {
        title: t('limitTitle'),
        message: t(nudge.limit === 'week' ? 'limitWeekMessage' : 'limitDayMessage', [
          durationText(nudge.workedMs),
        ]),
      };
    case 'reflection':
      return { title: t('reflectionNudgeTitle'), message: t('reflectionNudgeMessage') };
    case 'time-zone':
      return {
        title: t('timeZoneTitle', [zoneName(nudge.zones.user)]),
        message: t('timeZoneMessage', [zoneName(nudge.zones.schedule), zoneName(nudge.zones.user)]),
      };
  }
}
