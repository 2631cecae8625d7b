import { For } from 'solid-js';
import { FSI, PDI } from '../../text/isolate';

/** `text` cut where isolated() marked a name: [plain, name, plain, name, …]. */
export function isolatedParts(text: string): { text: string; isolated: boolean }[] {
  const parts: { text: string; isolated: boolean }[] = [];
  let rest = text;
  while (rest !== '') {
    const start = rest.indexOf(FSI);
    const end = start === -1 ? -1 : rest.indexOf(PDI, start);
    if (end === -1) {
      parts.push({ text: rest, isolated: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), isolated: false });
    parts.push({ text: rest.slice(start + 1, end), isolated: true });
    rest = rest.slice(end + 1);
  }
  return parts;
}

/**
 * A sentence with names in it, each name in a <bdi>: isolated as on screen, and its text
 * the same as the sentence's without the marks (what a screen reader and a copy read).
 */
export function Isolating(props: { text: string }) {
  return (
    <For each={isolatedParts(props.text)}>
      {(part) => (part.isolated ? <bdi>{part.text}</bdi> : part.text)}
    </For>
  );
}
