/**
 * "career options in healthcare science for me? currently assistant in microbiology": a plain job word tied to the
 * place right after it ("assistant in microbiology") is read with that place before any word of an earlier sentence
 * ("healthcare … assistant"). Places in the job word's own sentence keep coming first ("maternity … as a support worker").
 */
export function tiedPlaceFirst(places: string[], startAt: ReadonlyMap<string, number>, endAt: ReadonlyMap<string, number>, sentences: readonly number[], at: number): void {
  if (endAt.size === 0) return;
  const start = sentences.findLast((s) => s <= at) ?? 0;
  if (start === 0) return;
  const earlier = places.filter((p) => !endAt.has(p) && (startAt.get(p) ?? at) < start);
  if (earlier.length === 0) return;
  const kept = places.filter((p) => !earlier.includes(p));
  places.splice(0, places.length, ...kept, ...earlier);
}
