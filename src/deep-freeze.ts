/**
 * Freezing a value all the way down, for values many turns share (a kept route
 * card, what a channel rendered from it), so that no one can change what the
 * next turn is given.
 */

/** Freezes a value and everything in it (objects and arrays; bytes cannot be frozen and are left as they are). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
