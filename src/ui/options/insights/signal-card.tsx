import { Match, Switch } from 'solid-js';
import {
  SUPERVISION_WEEKS,
  type Signal,
  type SignalMessage,
} from '../../../domain/insights/signals';
import type { InsightsPerson } from '../../../domain/insights/weekly';
import { t, type MessageKey } from '../../../i18n';
import { countText, plural } from '../../../plural';
import { isolated } from '../../../text/isolate';
import { Isolating } from '../../shared/isolating';

const MESSAGE: Record<SignalMessage, MessageKey> = {
  'overtime-connections': 'insightsSignalOvertimeConnections',
  'overtime-wellbeing': 'insightsSignalOvertimeWellbeing',
  'connections-wellbeing': 'insightsSignalConnectionsWellbeing',
  all: 'insightsSignalAll',
};

/**
 * The gentle signal: what has pointed the wrong way, in plain words, one step to take with a
 * link to where it is taken, and the reminder that Tend does not diagnose anything.
 */
export function SignalCard(props: { signal: Signal; contacts: readonly InsightsPerson[] }) {
  const step = () => props.signal.step;
  // The person the step names, for reaching out or supervision.
  const person = () => {
    const current = step();
    if (!('contactId' in current)) return '';
    return isolated(props.contacts.find((contact) => contact.id === current.contactId)?.name ?? '');
  };
  return (
    <section
      class="insights-signal"
      aria-labelledby="insights-signal-heading"
      data-testid="insights-signal"
    >
      <h3 id="insights-signal-heading">{t('insightsSignalHeading')}</h3>
      <p>{t(MESSAGE[props.signal.message])}</p>
      <Switch>
        <Match when={step().kind === 'reach-out'}>
          <p>
            <Isolating text={t('insightsStepReachOut', [person()])} />{' '}
            <a href="#network">{t('insightsStepReachOutLink')}</a>
          </p>
        </Match>
        <Match when={step().kind === 'supervision'}>
          <p>
            <Isolating
              text={plural('insightsStepSupervision', SUPERVISION_WEEKS, [
                person(),
                countText(SUPERVISION_WEEKS),
              ])}
            />{' '}
            <a href="#check-ins">{t('insightsStepSupervisionLink')}</a>
          </p>
        </Match>
        <Match when={step().kind === 'external-support'}>
          <p>
            {t('insightsStepExternal')} <a href="#network">{t('insightsStepExternalLink')}</a>
          </p>
        </Match>
      </Switch>
      <p>{t('insightsNotClinical')}</p>
    </section>
  );
}
