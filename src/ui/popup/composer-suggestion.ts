import { createSignal, untrack } from 'solid-js';
import { suggestedMessage, type Purpose, type Templates } from '../../domain/compose';

/** A message's subject and body. */
interface Message {
  subject: string;
  body: string;
}

/**
 * The composer's text and its purpose. The suggestion is filled in once per purpose; after
 * that the text is the user's: a change of purpose replaces only text the user has not
 * edited, and otherwise holds the new suggestion back until asked for.
 */
export function createSuggestion(name: () => string, templates: () => Templates) {
  const [purpose, setPurpose] = createSignal<Purpose>('check-in');
  const initial = untrack(() => suggestedMessage('check-in', name(), templates()));
  const [subject, setSubject] = createSignal(initial.subject);
  const [body, setBody] = createSignal(initial.body);
  // What the suggestion was, so a change of purpose replaces only text the user has not edited.
  let suggested: Message = initial;
  // The suggestion held back because the user had written their own words.
  const [heldBack, setHeldBack] = createSignal<Message | null>(null);

  function fill(message: Message) {
    setSubject(message.subject);
    setBody(message.body);
    setHeldBack(null);
  }

  return {
    purpose,
    subject,
    setSubject,
    body,
    setBody,
    heldBack,
    /** The purpose chosen: its suggestion, unless the user has written their own words. */
    choose(next: Purpose) {
      setPurpose(next);
      const message = suggestedMessage(next, name(), templates());
      const edited = subject() !== suggested.subject || body() !== suggested.body;
      suggested = message;
      if (edited) setHeldBack(message);
      else fill(message);
    },
    /** Replaces the user's words with the suggestion held back. */
    useSuggestion() {
      const message = heldBack();
      if (message) fill(message);
    },
  };
}
