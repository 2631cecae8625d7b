import { createSignal, onCleanup } from 'solid-js';
import { SECOND_MS } from '../../domain/time-units';

/** Seconds left until `endsAt`, ticking once a second while the page is open. */
export function createCountdown(endsAt: number, clockSkewMs: number) {
  const left = () => Math.max(0, Math.ceil((endsAt - (Date.now() + clockSkewMs)) / SECOND_MS));
  const [seconds, setSeconds] = createSignal(left());
  const timer = setInterval(() => setSeconds(left()), SECOND_MS);
  onCleanup(() => clearInterval(timer));
  return seconds;
}
