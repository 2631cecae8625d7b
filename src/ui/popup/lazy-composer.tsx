import { later } from './later';

// The composer, its fields and its suggested messages are a chunk of their own, fetched the
// first time the user opens one: the popup's first script carries only what it paints.
export const Composer = later(() => import('./composer').then((module) => module.Composer));
