import { lazy, Suspense, type ComponentProps } from 'solid-js';
import { t } from '../../i18n';
import type { Composer as LoadedComposer } from './composer';

// The composer, its fields and its suggested messages are a chunk of their own, fetched the
// first time the user opens one: the popup's first script carries only what it paints.
const Loaded = lazy(() => import('./composer').then((module) => ({ default: module.Composer })));

/** The composer, loaded on first use, with a line that says so while it comes. */
export function Composer(props: ComponentProps<typeof LoadedComposer>) {
  return (
    <Suspense fallback={<p class="muted composer-loading">{t('loading')}</p>}>
      <Loaded {...props} />
    </Suspense>
  );
}
