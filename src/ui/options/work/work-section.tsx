import { createResource, Show } from 'solid-js';
import { now } from '../../../clock';
import { activitySince } from '../../../db/activity';
import { exceptionsOn } from '../../../db/meta';
import { loadSettings } from '../../../db/settings';
import { t } from '../../../i18n';
import { DAY_MS } from '../../../domain/time-units';
import { Loading } from '../../shared/loading';
import { read } from '../../shared/read';
import { DiscreetNotifications } from './discreet-notifications';
import { MutedKinds } from './muted-kinds';
import { WeekView, weekDates } from './week-view';
import { WorkForm } from './work-form';

const loadWork = () =>
  read(async (db) => {
    const [settings, current] = await Promise.all([loadSettings(db), now()]);
    const dates = weekDates(settings.schedule.timeZone, current);
    const [activity, exceptions] = await Promise.all([
      // A day before the week, for the state the user was in when it began.
      activitySince(db, current.getTime() - 8 * DAY_MS),
      exceptionsOn(db, dates),
    ]);
    return { settings, activity, exceptions, now: current };
  });

/** Work time and breaks: how time is counted, limits, breaks, what is turned off and how
 * discreet notifications are, the week. */
export function WorkSection() {
  const [work, { mutate }] = createResource(loadWork);
  return (
    <>
      <h2 id="work-heading">{t('sectionWork')}</h2>
      <p class="muted">{t('workIntro')}</p>
      <Loading>
        <Show when={work.latest}>
          {(data) => (
            <div class="network">
              <WeekView
                settings={data().settings}
                activity={data().activity}
                exceptions={data().exceptions}
                now={data().now}
              />
              <WorkForm
                initial={data().settings}
                onSaved={(settings) => mutate({ ...data(), settings })}
              />
              <DiscreetNotifications initial={data().settings.discreetNotifications} />
              <MutedKinds initial={data().settings.mutedKinds} />
            </div>
          )}
        </Show>
      </Loading>
    </>
  );
}
