import { For, Show } from 'solid-js';
import { PURPOSES, type Purpose } from '../../domain/compose';
import type { ReachKind, ReachWay } from '../../domain/types';
import { t } from '../../i18n';
import { REACH_LABEL } from '../shared/network-labels';
import { PURPOSE_LABEL } from './default-templates';

/** What the message is for, which way it goes, and its words (a subject for e-mail). */
export function ComposerFields(props: {
  purpose: Purpose;
  onPurpose: (purpose: Purpose) => void;
  reach: ReachWay[];
  wayIndex: number;
  onWay: (index: number) => void;
  /** Only an e-mail has a subject. */
  isEmail: boolean;
  subject: string;
  onSubject: (subject: string) => void;
  body: string;
  onBody: (body: string) => void;
  /** The first field, which takes the focus when the composer opens. */
  firstRef: (element: HTMLSelectElement) => void;
}) {
  return (
    <>
      <label>
        {t('composerPurpose')}
        <select
          ref={(element) => props.firstRef(element)}
          value={props.purpose}
          onChange={(event) => props.onPurpose(event.currentTarget.value as Purpose)}
        >
          <For each={PURPOSES}>
            {(value) => <option value={value}>{t(PURPOSE_LABEL[value])}</option>}
          </For>
        </select>
      </label>
      <Show when={props.reach.length > 0} fallback={<p class="muted">{t('composerNoChannel')}</p>}>
        <label>
          {t('composerChannel')}
          <select
            value={String(props.wayIndex)}
            onChange={(event) => props.onWay(Number(event.currentTarget.value))}
          >
            <For each={props.reach}>
              {(reach, index) => (
                <option value={String(index())}>
                  {t('reachWithValue', [t(REACH_LABEL[reach.kind]), reach.value])}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <Show when={props.isEmail}>
        <label>
          {t('composerSubject')}
          <input
            type="text"
            value={props.subject}
            onInput={(event) => props.onSubject(event.currentTarget.value)}
          />
        </label>
      </Show>
      <label>
        {t('composerBody')}
        <textarea
          rows={6}
          value={props.body}
          onInput={(event) => props.onBody(event.currentTarget.value)}
        />
      </label>
    </>
  );
}

/**
 * The way out: a link that opens the message in the right app, or Copy when no link fits;
 * and Cancel.
 */
export function SendActions(props: {
  /** The link, or null for Copy. */
  href: string | null;
  /** The kind of the way chosen, that the link is named after. */
  kind: ReachKind | undefined;
  onCopy: () => void;
  onOpened: () => void;
  onClose: () => void;
}) {
  return (
    <div class="chips">
      <Show
        when={props.kind && props.href}
        fallback={
          <button type="button" onClick={() => props.onCopy()}>
            {t('composerCopy')}
          </button>
        }
      >
        {(href) => (
          <a
            class="button"
            href={href()}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => props.onOpened()}
          >
            {t('composerSend', [t(REACH_LABEL[props.kind!])])}
          </a>
        )}
      </Show>
      <button type="button" class="secondary" onClick={() => props.onClose()}>
        {t('cancel')}
      </button>
    </div>
  );
}
