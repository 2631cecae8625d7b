import { createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { now } from '../../clock';
import { closeWelcome, firstSteps, markHoursChecked } from '../../db/first-steps';
import { t, type MessageKey } from '../../i18n';
import { errorText } from '../shared/format';
import { read } from '../shared/read';
import { Alert } from '../shared/status-line';
import { write } from '../shared/write';

interface Step {
  label: MessageKey;
  href: string;
  done: boolean;
  state: string;
}

/**
 * The options page's first screen until the user closes it: what Tend does, what stays on
 * this computer, and the first week's three steps with where each stands.
 */
export function Welcome() {
  const [steps, { refetch }] = createResource(() => read(firstSteps));
  const [failure, setFailure] = createSignal<string | null>(null);
  const heading = createUniqueId();
  let stepsHeading: HTMLHeadingElement | undefined;

  /** One of the welcome's writes; `keepFocus` moves focus off a button about to go. */
  async function change(
    what: (db: Parameters<typeof markHoursChecked>[0], at: number) => Promise<void>,
    keepFocus?: () => void,
  ) {
    setFailure(null);
    try {
      const at = (await now()).getTime();
      await write('settings', (db) => what(db, at));
      keepFocus?.();
      await refetch();
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  const list = (): Step[] => {
    const current = steps.latest;
    if (!current) return [];
    return [
      {
        label: 'welcomeStepHours',
        href: '#hours',
        done: current.hoursChecked,
        state: current.hoursChecked ? t('welcomeHoursDone') : t('welcomeHoursTodo'),
      },
      {
        label: 'welcomeStepPeople',
        href: '#network',
        done: current.people > 0,
        state:
          current.people > 0
            ? t('welcomePeopleDone', [String(current.people)])
            : t('welcomePeopleTodo'),
      },
      {
        label: 'welcomeStepCheckIn',
        href: '#check-ins',
        done: current.checkIns > 0,
        state:
          current.checkIns > 0
            ? t('welcomeCheckInsDone', [String(current.checkIns)])
            : t('welcomeCheckInsTodo'),
      },
    ];
  };

  return (
    <Show when={steps.latest && !steps.latest.welcomeClosed}>
      <section class="card welcome" aria-labelledby={heading} data-testid="welcome">
        <h2 id={heading}>{t('welcomeHeading')}</h2>
        <p>{t('welcomeWhat')}</p>
        <p>{t('welcomePrivate')}</p>
        <h3 tabIndex={-1} ref={(element) => (stepsHeading = element)}>
          {t('welcomeStepsHeading')}
        </h3>
        <ol class="welcome-steps">
          <For each={list()}>
            {(step) => (
              <li classList={{ done: step.done }} data-testid="welcome-step">
                <a class="welcome-step-name" href={step.href}>
                  {t(step.label)}
                </a>{' '}
                <span class={step.done ? 'badge' : 'muted'}>{step.state}</span>
                <Show when={step.label === 'welcomeStepHours' && !step.done}>
                  {' '}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void change(markHoursChecked).then(() => stepsHeading?.focus())}
                  >
                    {t('welcomeHoursRight')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ol>
        <button type="button" class="secondary" onClick={() => void change(closeWelcome)}>
          {t('welcomeClose')}
        </button>
        <Alert message={failure()} />
      </section>
    </Show>
  );
}
