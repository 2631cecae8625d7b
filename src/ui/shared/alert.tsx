import { Show } from 'solid-js';

/** A failure or refusal the user must notice, announced at once; nothing when there is none. */
export function Alert(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p class="alert" role="alert">
          {message()}
        </p>
      )}
    </Show>
  );
}

/** How a save went: a calm status when it worked, an alert when it did not. */
export function SaveStatus(props: { status: { ok: boolean; text: string } | null }) {
  return (
    <Show when={props.status}>
      {(current) => (
        <p class={current().ok ? 'status' : 'alert'} role={current().ok ? 'status' : 'alert'}>
          {current().text}
        </p>
      )}
    </Show>
  );
}
