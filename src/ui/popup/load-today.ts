import { now } from '../../clock';
import { isCurrent, type PopupView } from '../../domain/popup-view';
import { send } from '../../messages';
import { savedPopupView } from '../../storage/popup-view';

export type { OverdueView, PopupView } from '../../domain/popup-view';

/**
 * The view the last wake stored, when it still holds at the popup's now: one read and no
 * planner code, so the popup's first paint has real data. Null when it is missing, of
 * another shape or out of date; the popup then waits for `freshView`.
 */
export async function storedView(): Promise<{ view: PopupView | null; at: number }> {
  const [view, current] = await Promise.all([savedPopupView(), now()]);
  const at = current.getTime();
  return { view: isCurrent(view, at) ? view : null, at };
}

/** A view from a wake now, which also stores it for the next popup. */
export function freshView(): Promise<PopupView> {
  return send('popup-view', {});
}

/**
 * After the popup changed something without the background's view in hand (write.ts waits
 * for the wake, which stores a new view): that view when it is newer than `shown` and holds,
 * else one from a wake now.
 */
export async function viewAfterChange(shown: PopupView | null): Promise<PopupView> {
  const { view } = await storedView();
  if (view && (!shown || view.computedAt > shown.computedAt)) return view;
  return freshView();
}

/**
 * `next`, with every part that equals the same part of `previous` replaced by that part
 * (items of a list matched by `id` where they have one): an update in place then touches
 * only what changed, and a row the user is working in (an open composer) stays.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (previous === next || typeof previous !== 'object' || typeof next !== 'object') return next;
  if (previous === null || next === null) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const byId = new Map<unknown, unknown>(
      previous.map((item: unknown, index) => [idOf(item) ?? index, item]),
    );
    const kept = next.map((item: unknown, index) =>
      keepUnchanged(byId.get(idOf(item) ?? index), item),
    );
    const same =
      kept.length === previous.length && kept.every((item, index) => item === previous[index]);
    return (same ? previous : kept) as T;
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  let same = Object.keys(before).length === Object.keys(after).length;
  for (const [key, value] of Object.entries(after)) {
    kept[key] = keepUnchanged(before[key], value);
    same &&= kept[key] === before[key];
  }
  return (same ? previous : kept) as T;
}

function idOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
}
