import { For, Show } from 'solid-js';
import { fillTemplate, type MessageTemplate, type Purpose } from '../../../domain/compose';
import type { SensitiveHint } from '../../../domain/network/sensitive-note';
import type { TemplateError, TemplateField } from '../../../domain/templates-validation';
import { t } from '../../../i18n';
import { countText, plural, type PluralKey } from '../../../plural';
import { PURPOSE_LABEL } from '../../popup/default-templates';
import { SENSITIVE_LABEL } from '../../shared/network-labels';

const TOO_LONG_TEXT: Record<TemplateField, PluralKey> = {
  subject: 'templatesErrorSubjectTooLong',
  body: 'templatesErrorBodyTooLong',
};

/** What is wrong with a field, its length limit agreeing with the form of "characters". */
function errorText(error: TemplateError): string {
  if (error.code === 'body-empty') return t('templatesErrorBodyEmpty');
  const max = error.max ?? 0;
  return plural(TOO_LONG_TEXT[error.field], max, [countText(max), countText(error.length ?? 0)]);
}

/** The id of one purpose's field, so the form can move focus to the first problem. */
export const fieldId = (purpose: Purpose, field: TemplateField) => `template-${purpose}-${field}`;

/** The id of the hint about `{name}` shown once above every purpose. */
export const NAME_HINT_ID = 'templates-name-hint';

/** One purpose's subject and message, its errors and warnings, and how it reads with a name. */
export function TemplateFields(props: {
  purpose: Purpose;
  value: MessageTemplate;
  errors: TemplateError[];
  hints: SensitiveHint[];
  busy: boolean;
  onInput: (field: TemplateField, value: string) => void;
  onReset: () => void;
}) {
  const label = () => t(PURPOSE_LABEL[props.purpose]);
  const errorOf = (field: TemplateField) => {
    const found = props.errors.find((error) => error.field === field);
    return found ? errorText(found) : undefined;
  };
  const id = (field: TemplateField) => fieldId(props.purpose, field);
  const sample = () => t('templatesSampleName');
  const subjectPreview = () => fillTemplate(props.value.subject, sample());

  return (
    <fieldset class="template-fields">
      <legend>{label()}</legend>
      <div class="field-block">
        <label for={id('subject')}>{t('templatesSubject')}</label>
        <input
          id={id('subject')}
          name={id('subject')}
          value={props.value.subject}
          aria-invalid={errorOf('subject') !== undefined}
          aria-describedby={`${id('subject')}-error`}
          onInput={(event) => props.onInput('subject', event.currentTarget.value)}
        />
        <p class="error" id={`${id('subject')}-error`}>
          {errorOf('subject')}
        </p>
      </div>
      <div class="field-block">
        <label for={id('body')}>{t('templatesBody')}</label>
        <textarea
          id={id('body')}
          name={id('body')}
          rows={5}
          value={props.value.body}
          aria-invalid={errorOf('body') !== undefined}
          aria-describedby={`${NAME_HINT_ID} ${id('body')}-error ${id('body')}-hints`}
          onInput={(event) => props.onInput('body', event.currentTarget.value)}
        />
        <p class="error" id={`${id('body')}-error`}>
          {errorOf('body')}
        </p>
        <div id={`${id('body')}-hints`}>
          <Show when={props.hints.length > 0}>
            <div class="alert" role="alert">
              <p>{t('templatesLooksSensitive')}</p>
              <ul>
                <For each={props.hints}>{(hint) => <li>{t(SENSITIVE_LABEL[hint])}</li>}</For>
              </ul>
              <p>{t('noteLooksSensitiveAction')}</p>
            </div>
          </Show>
        </div>
      </div>
      {/* Not live: announcing the preview on every keystroke would drown the typing. */}
      <figure class="template-preview">
        <figcaption class="muted">{t('templatesPreview', [sample()])}</figcaption>
        <Show when={subjectPreview().trim() !== ''}>
          <p class="template-preview-subject">{t('templatesPreviewSubject', [subjectPreview()])}</p>
        </Show>
        <p class="template-preview-body">{fillTemplate(props.value.body, sample())}</p>
      </figure>
      <div class="form-actions">
        <button
          type="button"
          class="secondary"
          aria-disabled={props.busy}
          aria-label={t('templatesResetOneLabel', [label()])}
          onClick={() => props.onReset()}
        >
          {t('templatesResetOne')}
        </button>
      </div>
    </fieldset>
  );
}
