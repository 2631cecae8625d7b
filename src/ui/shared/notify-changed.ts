import { send, type DataChange } from '../../messages';

/**
 * Tells the background that a page changed data, so it replans now. The data is already
 * written when this runs; if the background cannot answer, its next wake (an alarm, an
 * idle change, a browser start) reads the same data, so this only logs.
 */
export async function notifyChanged(what: DataChange): Promise<void> {
  try {
    await send('data-changed', { what });
  } catch (error) {
    console.warn('Tend: the background will replan at its next wake', error);
  }
}
