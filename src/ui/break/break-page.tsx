import { createEffect, createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { browser } from 'wxt/browser';
import { addMinutes } from 'date-fns';
import { now } from '../../clock';
import { endBreakEarly, runningBreak, startBreak, type BreakSession } from '../../db/activity';
import { snoozeKind } from '../../db/meta';
import { openDb } from '../../db/open';
import { loadSettings, updateSettings } from '../../db/settings';
import { breakIdea } from '../../domain/break-ideas';
import { t } from '../../i18n';
import { errorText } from '../shared/format';
import { notifyChanged } from '../shared/notify-changed';
import { BREAK_IDEA_TEXT } from '../../text/break-ideas';
import { BreathingGuide } from './breathing-guide';
import { createCountdown } from './break-timer';
import './break-page.css';
import { breakOf } from '../../domain/page-address';

const SNOOZE_MINUTES = 5;

async function breakLength(kind: 'short' | 'long'): Promise<number> {
  const { breaks } = await loadSettings(await openDb());
  return kind === 'long' ? breaks.longMinutes : breaks.shortMinutes;
}

async function closeTab() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/** The break: an offer to start, then a countdown, a breathing guide and an idea. */
export function BreakPage() {
  const { kind, start } = breakOf(location.search);
  const [length] = createResource(() => breakLength(kind));
  const minutes = () => length() ?? 5;
  const [running, setRunning] = createSignal<{ endsAt: number; skew: number } | null>(null);
  const [done, setDone] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);
  const [opened] = createResource(async () => (await now()).getTime());

  async function begin() {
    try {
      const at = (await now()).getTime();
      const session = await startBreak(await openDb(), at, await breakLength(kind));
      show(session, at);
      await notifyChanged('activity');
    } catch (error) {
      setMessage(t('actionFailed', [errorText(error)]));
    }
  }

  function show(session: BreakSession, at: number) {
    setRunning({ endsAt: session.end, skew: at - Date.now() });
    // A reload or a restored tab shows this break again instead of starting another.
    history.replaceState(null, '', `?kind=${kind}`);
  }

  async function finish(early: boolean) {
    if (early) await endBreakEarly(await openDb(), (await now()).getTime());
    setRunning(null);
    setDone(true);
    await notifyChanged('activity');
  }

  async function snooze() {
    const db = await openDb();
    await snoozeKind(db, 'break', addMinutes(await now(), SNOOZE_MINUTES).getTime());
    await notifyChanged('activity');
    await closeTab();
  }

  async function turnOff() {
    await updateSettings(await openDb(), (current) => ({
      ...current,
      mutedKinds: [...new Set([...current.mutedKinds, 'break' as const])],
    }));
    await notifyChanged('settings');
    setMessage(t('breaksTurnedOff'));
  }

  onMount(() => {
    void (async () => {
      const at = (await now()).getTime();
      const session = await runningBreak(await openDb(), at);
      if (session) show(session, at);
      else if (start) await begin();
    })();
  });

  // Each stage replaces the buttons; the new heading takes the focus so keyboard and
  // screen-reader users stay with the page.
  createEffect(() => {
    running();
    done();
    queueMicrotask(() => document.getElementById('break-heading')?.focus());
  });

  return (
    <main class="break-page" aria-labelledby="break-heading">
      <Switch>
        <Match when={done()}>
          <h1 id="break-heading" tabIndex={-1}>
            {t('breakDoneTitle')}
          </h1>
          <p role="status">{t('breakDoneMessage')}</p>
          <button type="button" onClick={() => void closeTab()}>
            {t('breakBackToWork')}
          </button>
        </Match>
        <Match when={running()}>
          {(session) => <Running session={session()} onEnd={finish} />}
        </Match>
        <Match when={!running()}>
          <h1 id="break-heading" tabIndex={-1}>
            {t('breakOfferTitle', [String(minutes())])}
          </h1>
          <Show when={opened()}>
            {(at) => <p class="idea">{t(BREAK_IDEA_TEXT[breakIdea(at())])}</p>}
          </Show>
          <div class="break-actions">
            <button type="button" onClick={() => void begin()}>
              {t('breakStart')}
            </button>
            <button type="button" class="secondary" onClick={() => void snooze()}>
              {t('breakSnooze', [String(SNOOZE_MINUTES)])}
            </button>
            <button type="button" class="secondary" onClick={() => void closeTab()}>
              {t('breakSkip')}
            </button>
          </div>
          <p class="muted">{t('breakWhy')}</p>
          <button type="button" class="link" onClick={() => void turnOff()}>
            {t('breaksTurnOff')}
          </button>
        </Match>
      </Switch>
      <Show when={message()}>
        {(text) => (
          <p class="status" role="status">
            {text()}
          </p>
        )}
      </Show>
    </main>
  );
}

function Running(props: {
  session: { endsAt: number; skew: number };
  onEnd: (early: boolean) => Promise<void>;
}) {
  // eslint-disable-next-line solid/reactivity -- one countdown per running break
  const seconds = createCountdown(props.session.endsAt, props.session.skew);
  const clock = () => {
    const left = seconds();
    return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  };
  let ended = false;
  createEffect(() => {
    if (seconds() === 0 && !ended) {
      ended = true;
      void props.onEnd(false);
    }
  });
  return (
    <>
      <h1 id="break-heading" tabIndex={-1}>
        {t('breakRunningTitle')}
      </h1>
      <p class="countdown" role="timer" aria-label={t('breakTimeLeft')}>
        {clock()}
      </p>
      <BreathingGuide />
      <button type="button" class="secondary" onClick={() => void props.onEnd(true)}>
        {t('breakEndEarly')}
      </button>
    </>
  );
}
