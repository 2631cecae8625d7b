import { Show } from 'solid-js';
import { later } from './later';

// A usual open fails at nothing and has said nothing yet: the words for a failure (format.ts,
// with Tend's error classes) and the lines that show a status or a failure come in chunks of
// their own, a few milliseconds after the first one, rather than in the popup's first script.

/** The text of an error for a person, as format.ts's errorText words it. */
export async function failureText(error: unknown): Promise<string> {
  try {
    return (await import('../shared/format')).errorText(error);
  } catch {
    // That chunk could not load either (Tend updated under an open popup): the error's words.
    return error instanceof Error ? error.message : String(error);
  }
}

const LaterAlert = later(
  () => import('../shared/status-line').then((module) => module.Alert),
  true,
);
const LaterStatus = later(
  () => import('../shared/status-line').then((module) => module.Status),
  true,
);

/** status-line.tsx's Alert: nothing without a message, its code fetched with the first one. */
export function Alert(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <LaterAlert message={props.message} />
    </Show>
  );
}

/** status-line.tsx's Status (without `ref`), fetched as Alert is. */
export function Status(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <LaterStatus message={props.message} />
    </Show>
  );
}
