import { createSignal, type Accessor } from 'solid-js';
import { firstRead } from './first-reads';

/**
 * What an async read answered, as a signal: undefined until its first answer, then the
 * latest one, kept while `refetch` asks again (an answer overtaken by a later ask is
 * dropped). Solid's createResource does as much and more (Suspense, transitions), none of
 * which the popup uses, and brings that code into its first script.
 */
export function loaded<T>(load: () => Promise<T>): [Accessor<T | undefined>, () => Promise<void>] {
  const [value, setValue] = createSignal<T>();
  let asked = 0;
  async function refetch(): Promise<void> {
    asked += 1;
    const ask = asked;
    const answer = await load();
    if (ask === asked) setValue(() => answer);
  }
  // The first read fails quietly on screen (nothing to show), loudly in the console.
  firstRead(refetch()).catch((error: unknown) => console.error('Tend: a read failed', error));
  return [value, refetch];
}
