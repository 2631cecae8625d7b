import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register';
import { inTurn } from '../../src/background/wake';
import type { DataChange, Envelope, MessageName } from '../../src/messages';
import { installFakeIdle } from './fake-idle';

/** What the pages under test said to the background. */
export interface BackgroundSeam {
  /** Each change a page wrote and told the background of, in order. */
  told: DataChange[];
  /** Every message a page sent, by name, in order. */
  asked: MessageName[];
}

// Listens beside the background (or in its place) and never answers itself.
function overhear(): BackgroundSeam {
  const seam: BackgroundSeam = { told: [], asked: [] };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const envelope = message as Partial<Envelope>;
    if (typeof envelope.type !== 'string') return false;
    seam.asked.push(envelope.type);
    if (envelope.type === 'data-changed') {
      seam.told.push((envelope as Envelope<'data-changed'>).payload.what);
    }
    return false;
  });
  return seam;
}

/**
 * Tend's own background on WXT's fake browser, answering the pages as it does in the
 * browser (each data-changed wakes the planner, which stores the popup's view and sets its
 * alarm); and a record of what it was told. `user` moves the fake idle state.
 */
export function startBackground(idle: 'active' | 'idle' | 'locked' = 'active') {
  const user = installFakeIdle(idle);
  registerBackground();
  return { ...overhear(), user };
}

/**
 * No background answers, as when Chrome has not started the worker again yet: the pages
 * go on, and say in the console that the next wake will plan from what they wrote. Those
 * lines are collected in `unheard` instead of being printed, for a test to read.
 */
export function silentBackground(): BackgroundSeam & { unheard: unknown[][] } {
  const unheard: unknown[][] = [];
  vi.spyOn(console, 'warn').mockImplementation((...line: unknown[]) => void unheard.push(line));
  return { ...overhear(), unheard };
}

/**
 * Resolves once every wake queued so far is done: the sync pass a page's change owes runs
 * in a wake of its own, after the page has its answer.
 */
export function backgroundDone(): Promise<void> {
  return inTurn(async () => undefined);
}
