import { createSignal, onCleanup } from 'solid-js';
import { SECOND_MS } from '../../domain/time-units';
import { t } from '../../i18n';

// Four seconds in, four out: slow enough to calm, simple enough to follow without counting.
const PHASE_MS = 4 * SECOND_MS;

/**
 * A circle that grows and shrinks with the breath. With reduced motion it stays still and
 * only the words change; the words are hidden from screen readers, who get one instruction
 * instead of an announcement every four seconds.
 */
export function BreathingGuide() {
  const [inhale, setInhale] = createSignal(true);
  const timer = setInterval(() => setInhale((value) => !value), PHASE_MS);
  onCleanup(() => clearInterval(timer));
  return (
    <figure class="breathing">
      <div class="breathing-circle" classList={{ inhale: inhale() }} aria-hidden="true" />
      <figcaption>
        <span aria-hidden="true">{inhale() ? t('breatheIn') : t('breatheOut')}</span>
        <span class="visually-hidden">{t('breathingInstruction')}</span>
      </figcaption>
    </figure>
  );
}
