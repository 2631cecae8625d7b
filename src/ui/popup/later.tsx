import { Show, type Component, type JSX } from 'solid-js';
import { t } from '../../i18n';
import { loaded } from '../shared/loaded';

/**
 * A component kept in a chunk of its own, fetched the first time it is shown, with a
 * "Loading…" line until it is in (or nothing, with `quiet`: a card the popup shows only
 * in some states, which has no place to hold until then). Its fetch is one of the popup's
 * first reads when it is shown at once, so the live popup replaces the picture only with
 * it in place. Solid's lazy() would do as much, but brings Suspense into the popup's
 * first script.
 */
export function later<P extends object>(
  load: () => Promise<Component<P>>,
  quiet = false,
): Component<P> {
  let loading: Promise<Component<P>> | undefined;
  return (props: P) => {
    const [component] = loaded(() => (loading ??= load()));
    const fallback: JSX.Element = quiet ? null : <p class="muted">{t('loading')}</p>;
    return (
      <Show when={component()} fallback={fallback}>
        {(component) => {
          const Loaded = component();
          return <Loaded {...props} />;
        }}
      </Show>
    );
  };
}
