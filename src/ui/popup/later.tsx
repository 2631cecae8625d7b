import { createSignal, Show, type Component, type JSX } from 'solid-js';
import { t } from '../../i18n';
import { loaded } from '../shared/loaded';

/**
 * A component kept in a chunk of its own, fetched the first time it is shown, with a
 * "Loading…" line until it is in (or nothing, with `quiet`: a card the popup shows only
 * in some states, which has no place to hold until then). Its fetch is one of the popup's
 * first reads when it is shown at once, so the live popup replaces the picture only with
 * it in place. Solid's lazy() would do as much, but brings Suspense into the popup's
 * first script.
 *
 * A chunk that fails to load says so where the card would be, and is fetched again the next
 * time the card is shown: a button that opens it must not just do nothing.
 */
export function later<P extends object>(
  load: () => Promise<Component<P>>,
  quiet = false,
): Component<P> {
  let loading: Promise<Component<P>> | undefined;
  const fetchOnce = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return (props: P) => {
    const [failure, setFailure] = createSignal<unknown>();
    const [component] = loaded(() =>
      fetchOnce().catch((error: unknown) => {
        setFailure(() => error ?? new Error('chunk'));
        throw error;
      }),
    );
    const fallback = (): JSX.Element => {
      const failed = failure();
      if (failed !== undefined) {
        // Never one of Tend's own errors, which format.ts words (and which would need a chunk
        // of their own): the words loadFailureText gives for any other.
        return (
          <p role="alert" class="alert">
            {t('loadError', [failed instanceof Error ? failed.message : String(failed)])}
          </p>
        );
      }
      return quiet ? null : <p class="muted">{t('loading')}</p>;
    };
    return (
      <Show when={component()} fallback={fallback()}>
        {(component) => {
          const Loaded = component();
          return <Loaded {...props} />;
        }}
      </Show>
    );
  };
}
