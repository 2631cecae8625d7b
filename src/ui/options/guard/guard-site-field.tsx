import type { MessageKey } from '../../../i18n';
import { t } from '../../../i18n';

/** The field that adds a work site, with its help and its error tied to it. */
export function GuardSiteField(props: {
  value: string;
  error: MessageKey | null;
  busy: boolean;
  ref: (element: HTMLInputElement) => void;
  onInput: (value: string) => void;
  onSubmit: (typed: string) => void;
}) {
  return (
    <form
      class="guard-add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(props.value);
      }}
    >
      <label for="guard-site">{t('guardSiteLabel')}</label>
      <div class="guard-add-row">
        <input
          id="guard-site"
          name="guard-site"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          value={props.value}
          ref={props.ref}
          aria-invalid={props.error !== null}
          aria-describedby="guard-site-help guard-site-error"
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        <button type="submit" aria-disabled={props.busy}>
          {t('guardSiteAdd')}
        </button>
      </div>
      <p id="guard-site-help" class="muted">
        {t('guardSiteHelp')}
      </p>
      <p id="guard-site-error" class="error">
        {props.error === null ? '' : t(props.error)}
      </p>
    </form>
  );
}
