import { browser } from 'wxt/browser';
import { now } from '../clock';
import { formatTime } from '../domain/format';
import type { Nudge, NudgeKind, PlannerState } from '../domain/types';
import { breakIdea } from '../domain/break-ideas';
import { daysAgoText, durationText, t, uiLanguage } from '../i18n';
import { BREAK_IDEA_TEXT } from '../text/break-ideas';
import { gatheringIdeas } from '../text/gathering-ideas';
import { NUDGE_ACTION_LABEL, NUDGE_ACTIONS, type NudgeAction } from '../text/nudge-actions';
import { NUDGE_WHY } from '../text/nudge-why';
import { HAS_NOTIFICATION_BUTTONS } from './no-notification-buttons';
import { recordWaiting } from './waiting';

/** A notification button and what pressing it does. */
export type { NudgeAction };

/** A page of Tend's own, as runtime.getURL knows them. */
export type TendPage = Parameters<typeof browser.runtime.getURL>[0];

/** Where a click on a notification leads: the page with all of that nudge's actions. */
export function clickTarget(notificationId: string): TendPage {
  const kind = kindOf(notificationId);
  if (kind === 'break') return `/break.html?kind=${breakKindOf(notificationId)}`;
  // A reconnect nudge opens the composer for that person (see openTarget).
  if (kind === 'reconnect') return `/popup.html?compose=${contactOf(notificationId) ?? ''}`;
  // The log prompt opens the connection log filled in from the check-in it is about.
  if (kind === 'check-in-log') {
    const [, checkInId, date] = notificationId.split(':');
    return `/options.html?from=check-in-log&log=${checkInId}&date=${date}#connections`;
  }
  if (kind === 'check-in-reminder' || kind === 'check-in-prep' || kind === 'gathering-idea') {
    return `/options.html?from=${kind}#check-ins`;
  }
  if (kind === 'hours-limit') return '/options.html?from=hours-limit#work';
  if (kind === 'reflection') return '/options.html?from=reflection#reflection';
  // The settings for that kind, with a banner that says why it came and offers its
  // actions (Firefox has no buttons), turning the kind off included.
  return `/options.html?from=${kind}#hours`;
}

/** The kind of nudge a notification id belongs to ('boundary:2026-11-23:<end>:1' -> 'boundary'). */
export function kindOf(notificationId: string): NudgeKind {
  return notificationId.split(':')[0] as NudgeKind;
}

/** The person a reconnect notification is about ('reconnect:<id>:<date>' -> id). */
export function contactOf(notificationId: string): string | undefined {
  return kindOf(notificationId) === 'reconnect' ? notificationId.split(':')[1] : undefined;
}

/** Whether a break notification ('break:long:…') is for a short or a long break. */
export function breakKindOf(notificationId: string): 'short' | 'long' {
  return notificationId.split(':')[1] === 'long' ? 'long' : 'short';
}

/** The action behind a button of the notification `notificationId`. */
export function actionFor(notificationId: string, buttonIndex: number): NudgeAction | undefined {
  return NUDGE_ACTIONS[kindOf(notificationId)]?.[buttonIndex];
}

function reconnectText(nudge: Nudge, state: PlannerState): string {
  const name = state.contacts.find((contact) => contact.id === nudge.contactId)?.name ?? '';
  if (nudge.daysSince === null || nudge.daysSince === undefined) {
    return t('reconnectMessageNever', [name]);
  }
  return t('reconnectMessage', [name, daysAgoText(nudge.daysSince)]);
}

function checkInText(nudge: Nudge, state: PlannerState): { title: string; message: string } {
  const checkIn = state.checkIns.find((one) => one.id === nudge.occurrence?.checkInId);
  const title = checkIn?.title ?? '';
  const start = nudge.occurrence
    ? formatTime(nudge.occurrence.start, state.settings.schedule.timeZone, uiLanguage())
    : '';
  if (nudge.kind === 'check-in-prep') {
    return { title: t('prepTitle', [title]), message: t('prepMessage', [start]) };
  }
  if (nudge.kind === 'check-in-log') {
    return { title: t('logPromptTitle', [title]), message: t('logPromptMessage') };
  }
  const where = checkIn?.link ? t('reminderOnline') : checkIn?.place || t('reminderInPerson');
  return { title: t('reminderTitle', [title]), message: t('reminderMessage', [start, where]) };
}

function text(nudge: Nudge, state: PlannerState): { title: string; message: string } {
  const { timeZone } = state.settings.schedule;
  const ends =
    nudge.workdayEndsAt === undefined
      ? ''
      : formatTime(nudge.workdayEndsAt, timeZone, uiLanguage());
  switch (nudge.kind) {
    case 'wrap-up':
      return {
        title: t('wrapUpTitle'),
        message: nudge.summary
          ? t('wrapUpWithSummary', [
              String(nudge.minutesLeft ?? 0),
              ends,
              durationText(nudge.summary.workedMs),
              String(nudge.summary.breaksTaken),
              String(nudge.summary.connections),
            ])
          : t('wrapUpMessage', [String(nudge.minutesLeft ?? 0), ends]),
      };
    case 'boundary':
      return { title: t('boundaryTitle'), message: t('boundaryMessage', [ends]) };
    case 'reconnect':
      return { title: t('reconnectTitle'), message: reconnectText(nudge, state) };
    case 'break':
      return {
        title: nudge.breakKind === 'long' ? t('breakLongTitle') : t('breakShortTitle'),
        message: t('breakMessage', [
          String(nudge.breakMinutes ?? 5),
          t(BREAK_IDEA_TEXT[breakIdea(nudge.dueAt)]),
        ]),
      };
    case 'check-in-reminder':
    case 'check-in-prep':
    case 'check-in-log':
      return checkInText(nudge, state);
    case 'gathering-idea': {
      const ideas = gatheringIdeas(state.settings.checkIns.gatheringIdeas);
      return {
        title: t('gatheringTitle'),
        message: ideas[(nudge.ideaIndex ?? 0) % ideas.length] ?? '',
      };
    }
    case 'hours-limit':
      return {
        title: t('limitTitle'),
        message: t(nudge.limit === 'week' ? 'limitWeekMessage' : 'limitDayMessage', [
          durationText(nudge.workedMs ?? 0),
        ]),
      };
    case 'reflection':
      return { title: t('reflectionNudgeTitle'), message: t('reflectionNudgeMessage') };
    default:
      return { title: t('extName'), message: t('nudgeGeneric') };
  }
}

/**
 * Shows one nudge; its id is the nudge key, so the same nudge can never stack twice. It
 * then waits for an answer, counted on the toolbar badge and listed in the popup.
 */
export async function showNudge(nudge: Nudge, state: PlannerState): Promise<void> {
  const { title, message } = text(nudge, state);
  const actions = NUDGE_ACTIONS[nudge.kind] ?? [];
  const why = NUDGE_WHY[nudge.kind];
  await browser.notifications.create(nudge.key, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    // Firefox supports neither buttons nor the context line.
    ...(HAS_NOTIFICATION_BUTTONS && {
      ...(why && { contextMessage: t(why) }),
      ...(actions.length > 0 && {
        buttons: actions.map((action) => ({ title: t(NUDGE_ACTION_LABEL[action]) })),
      }),
    }),
  });
  const name = state.contacts.find((contact) => contact.id === nudge.contactId)?.name;
  const shownAt = (await now()).getTime();
  await recordWaiting(nudge, { title, message, name }, state.settings.schedule.timeZone, shownAt);
}
