import { createEffect, createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { browser } from 'wxt/browser';
import { addMinutes } from 'date-fns';
import { now } from '../../clock';
import { endBreakEarly, runningBreak, startBreak, type BreakSession } from '../../db/activity';
import { snoozeKind } from '../../db/meta';
import { loadSettings, updateSettings } from '../../db/settings';
import { breakIdea } from '../../domain/break-ideas';
import { breakOf } from '../../domain/page-address';
import { BREAK_SNOOZE_MINUTES } from '../../domain/pause';
import { t } from '../../i18n';
import { BREAK_IDEA_TEXT } from '../../text/break-ideas';
import { errorText } from '../shared/format';
import { read } from '../shared/read';
import { Status } from '../shared/status-line';
import { write } from '../shared/write';
import { BreathingGuide } from './breathing-guide';
import { createCountdown } from './break-timer';
import './break-page.css';

async function breakLength(kind: 'short' | 'long'): Promise<number> {
  const { breaks } = await read(loadSettings);
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
      const minutes = await breakLength(kind);
      const session = await write('activity', (db) => startBreak(db, at, minutes));
      show(session, at);
    } catch (error) {
      setMessage(t('actionFailed', [errorText(error)]));
    }
  }

  function show(session: BreakSession, at: number) {
    setRunning({ endsAt: session.end, skew: at - Date.now() });
    // A reload or a restored tab shows this break again instead of starting another.
    history.replaceState(null, '', `?kind=${kind}`);
  }

  // Ended early, the break's end is written as now; run out, it stands as it was stored.
  // Either way the background plans the next one from here.
  async function finish(early: boolean) {
    const at = (await now()).getTime();
    await write('activity', async (db) => {
      if (early) await endBreakEarly(db, at);
    });
    setRunning(null);
    setDone(true);
  }

  async function snooze() {
    const until = addMinutes(await now(), BREAK_SNOOZE_MINUTES).getTime();
    await write('activity', (db) => snoozeKind(db, 'break', until));
    await closeTab();
  }

  async function turnOff() {
    await write('settings', (db) =>
      updateSettings(db, (current) => ({
        ...current,
        mutedKinds: [...new Set([...current.mutedKinds, 'break' as const])],
      })),
    );
    setMessage(t('breaksTurnedOff'));
  }

  onMount(() => {
    void (async () => {
      const at = (await now()).getTime();
      const session = await read((db) => runningBreak(db, at));
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
              {t('breakSnooze', [String(BREAK_SNOOZE_MINUTES)])}
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
      <Status message={message()} />
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
