import { createSignal, onCleanup } from 'solid-js';

/** Seconds left until `endsAt`, ticking once a second while the page is open. */
export function createCountdown(endsAt: number, clockSkewMs: number) {
  const left = () => Math.max(0, Math.ceil((endsAt - (Date.now() + clockSkewMs)) / 1000));
  const [seconds, setSeconds] = createSignal(left());
  const timer = setInterval(() => setSeconds(left()), 1000);
  onCleanup(() => clearInterval(timer));
  return seconds;
}
