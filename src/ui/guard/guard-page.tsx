import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import type { GuardTarget } from '../../domain/guard';
import { t, uiLanguage } from '../../i18n';
import { errorText } from '../shared/format';
import { Loading } from '../shared/loading';
import { closeThisTab } from './close-tab';
import { loadGuardPage, passGuard, type GuardPageView } from './load-guard';
import './guard-page.css';

const siteName = (target: GuardTarget) => new URL(target.origin).host;
const countText = (count: number) =>
  t('guardPassCount', [new Intl.NumberFormat(uiLanguage()).format(count)]);

/** Shown instead of a work site after hours: can this wait until tomorrow? */
export function GuardPage() {
  const [view] = createResource(() => loadGuardPage(location.search));
  return (
    <main class="guard-page">
      <Loading>
        <Show when={view()}>{(loaded) => <GuardCard view={loaded()} />}</Show>
      </Loading>
    </main>
  );
}

function GuardCard(props: { view: GuardPageView }) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const guarded = () => (props.view.kind === 'guarded' ? props.view.target : undefined);
  const open = () => (props.view.kind === 'open' ? props.view.target : undefined);

  async function close() {
    setProblem('');
    try {
      await closeThisTab();
    } catch {
      setProblem(t('guardCloseFailed'));
    }
  }

  async function openAnyway(target: GuardTarget) {
    if (busy()) return;
    setBusy(true);
    try {
      await passGuard(target);
      // Replace, so that Back does not return to this page and then to the guard again.
      location.replace(target.href);
    } catch (error) {
      setProblem(t('actionFailed', [errorText(error)]));
      setBusy(false);
    }
  }

  return (
    <div class="card guard-card">
      <Switch>
        <Match when={guarded()}>
          {(target) => (
            <>
              <h1>{t('guardPageTitle')}</h1>
              <p>{t('guardPageSite', [siteName(target())])}</p>
              <p class="guard-question">{t('guardPageQuestion')}</p>
              <p class="muted">{t('guardPageReassure')}</p>
              <div class="guard-actions">
                <button type="button" onClick={() => void close()}>
                  {t('guardClose')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-disabled={busy()}
                  onClick={() => void openAnyway(target())}
                >
                  {busy() ? t('guardOpening') : t('guardOpenAnyway')}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={open()}>
          {(target) => (
            <>
              <h1>{t('guardHeading')}</h1>
              <p>{t('guardNowAllowed', [siteName(target())])}</p>
              <div class="guard-actions">
                <a class="button" href={target().href}>
                  {t('guardContinue')}
                </a>
              </div>
            </>
          )}
        </Match>
        <Match when={props.view.kind === 'refused'}>
          <h1>{t('guardHeading')}</h1>
          <p>{t('guardBadLink')}</p>
          <div class="guard-actions">
            <button type="button" onClick={() => void close()}>
              {t('guardClose')}
            </button>
          </div>
        </Match>
      </Switch>
      <Show when={problem()}>
        {(text) => (
          <p role="alert" class="alert">
            {text()}
          </p>
        )}
      </Show>
      <p class="muted" data-testid="guard-pass-count">
        {countText(props.view.passCount)}
      </p>
    </div>
  );
}
