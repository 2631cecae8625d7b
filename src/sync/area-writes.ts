import { itemBytes, MAX_ITEMS, PREFIX, QUOTA_BYTES } from './limits';
import { pack, type Budget, type Item } from './pack';
import type { SyncState } from './state';
import { overflowOf, unitsOf } from './units';

/** The room the sync area has for Tend's items, besides what other keys use. */
function budgetBeside(area: Record<string, unknown>): Budget {
  let bytes = QUOTA_BYTES;
  let items = MAX_ITEMS;
  for (const [key, value] of Object.entries(area)) {
    if (key.startsWith(PREFIX)) continue;
    bytes -= itemBytes(key, value);
    items -= 1;
  }
  return { bytes, items };
}

/**
 * The items that hold `state` in the sync area, as writes to what `area` holds now: the
 * items whose content changed, Tend's keys no longer used, and what did not fit.
 */
export function writesFor(state: SyncState, area: Record<string, unknown>) {
  const packed = pack(unitsOf(state), budgetBeside(area));
  const set: Record<string, Item> = {};
  for (const [key, { item, json }] of packed.items) {
    if (json !== JSON.stringify(area[key])) set[key] = item;
  }
  const remove = Object.keys(area)
    .filter((key) => key.startsWith(PREFIX) && !packed.items.has(key))
    .sort();
  return { set, remove, overflow: overflowOf(packed.left) };
}
