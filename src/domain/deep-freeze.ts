/**
 * `value` frozen through and through, for what the background keeps from wake to wake and
 * indexes once (the people, the check-ins): nothing can then change it in place under the
 * index. An object already frozen is taken as frozen through.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
