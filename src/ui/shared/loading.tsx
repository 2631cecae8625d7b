import { ErrorBoundary, Suspense, type JSX } from 'solid-js';
import { t } from '../../i18n';
import { loadFailureText } from './format';

/** Suspense and an error boundary with Tend's wording, around anything read from the database. */
export function Loading(props: { children: JSX.Element }) {
  return (
    <ErrorBoundary
      fallback={(error) => (
        <p role="alert" class="alert">
          {loadFailureText(error)}
        </p>
      )}
    >
      <Suspense fallback={<p class="muted">{t('loading')}</p>}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
