import { Show } from 'solid-js';
import { Isolating } from './isolating';

/** How something went, in words: calm when it worked, an alert when it did not. */
export interface StatusNote {
  ok: boolean;
  text: string;
}

/**
 * What was just done, announced politely; nothing when there is none. With `ref`, the line
 * can take the focus (when the button pressed is gone with the row it was in). `class`
 * 'muted' is for a passing word ("Checking the file…") rather than an outcome.
 */
export function Status(props: {
  message: string | null | undefined;
  ref?: (element: HTMLParagraphElement) => void;
  class?: 'status' | 'muted';
}) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p
          class={props.class ?? 'status'}
          role="status"
          data-passing
          tabIndex={props.ref ? -1 : undefined}
          ref={(element) => props.ref?.(element)}
        >
          <Isolating text={message()} />
        </p>
      )}
    </Show>
  );
}

/** A failure or refusal the user must notice, announced at once; nothing when there is none. */
export function Alert(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p class="alert" role="alert" data-passing>
          <Isolating text={message()} />
        </p>
      )}
    </Show>
  );
}

/** How a save went: a calm status when it worked, an alert when it did not. */
export function SaveStatus(props: { status: StatusNote | null }) {
  return (
    <Show when={props.status}>
      {(current) => (
        <p
          class={current().ok ? 'status' : 'alert'}
          role={current().ok ? 'status' : 'alert'}
          data-passing
        >
          <Isolating text={current().text} />
        </p>
      )}
    </Show>
  );
}
