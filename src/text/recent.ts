/**
 * Remembers a pure text function's last few answers. A turn asks for the same
 * text's normal form many times (each routing rule, each distress check, the
 * understanding and the facts stated in passing), and turns running at the same
 * time interleave only at their awaits, so a handful of entries is enough.
 * For answers no caller can change (strings, undefined): the same answer is handed to every caller.
 */
const SIZE = 16;

export function recentlyAsked<T extends string | undefined>(fn: (text: string) => T): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const out = fn(text);
    if (cache.size >= SIZE) cache = new Map();
    cache.set(text, out);
    return out;
  };
}
