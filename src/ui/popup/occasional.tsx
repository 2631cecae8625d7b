import { later } from './later';

// Cards a resting popup shows only in some states: questions about messages sent from an
// earlier popup, nudges waiting for an answer, the first run's steps, the composer a
// notification or a waiting nudge asked for. Each is a chunk of its
// own, fetched when its state comes: the popup's first script carries what most opens show.
export const PendingConfirm = later(
  () => import('./pending-confirm').then((module) => module.PendingConfirm),
  true,
);
export const WaitingCard = later(
  () => import('./waiting-card').then((module) => module.WaitingCard),
  true,
);
export const FirstRun = later(() => import('./first-run').then((module) => module.FirstRun), true);
export const Composing = later(
  () => import('./composing').then((module) => module.Composing),
  true,
);
