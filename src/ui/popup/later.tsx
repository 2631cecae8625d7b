import { Show, type Component } from 'solid-js';
import { t } from '../../i18n';
import { loaded } from '../shared/loaded';

/**
 * A component kept in a chunk of its own, fetched the first time it is shown, with a
 * "Loading…" line until it is in. Solid's lazy() would do as much, but brings Suspense into
 * the popup's first script.
 */
export function later<P extends object>(load: () => Promise<Component<P>>): Component<P> {
  let loading: Promise<Component<P>> | undefined;
  return (props: P) => {
    const [component] = loaded(() => (loading ??= load()));
    return (
      <Show when={component()} fallback={<p class="muted">{t('loading')}</p>}>
        {(component) => {
          const Loaded = component();
          return <Loaded {...props} />;
        }}
      </Show>
    );
  };
}
