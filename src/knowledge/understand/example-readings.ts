/**
 * What the grammar read from each of the content's example messages, kept
 * between starts. The intent model learns from these readings (features.ts),
 * and reading ten thousand examples through the grammar is most of the time
 * training takes. A reading depends on the grammar (this code, and the content
 * it reads: the roles, the understanding words, the texts whose words the typo
 * corrector knows), never on the other examples. So after a trust adds or
 * changes examples, only those are read again; a change to anything the grammar
 * reads gives a new key (intent-model.ts), and every example is read afresh.
 * The model trained from kept readings is the one a fresh reading trains.
 */
import type { Content } from '../../content/model.js';
import { RULES, type Rule } from './intents.js';
import type { FeatureInput } from './features.js';
import { parseQuestion } from './parse.js';

/** One example's reading as kept: the words with roles masked, the phrase rules matched (their places in RULES), the roles wanted and held (ids), the bands, and two flags. */
export type StoredReading = [masked: string[], hits: number[], role: string | null, from: string | null, band: string | null, bandTarget: string | null, targetCued: boolean, optionsLike: boolean];

/** The version of the file's layout. */
const FORMAT = 1;

let ruleIndex: Map<Rule, number> | undefined;

export function storeReading(p: FeatureInput): StoredReading {
  ruleIndex ??= new Map(RULES.map((r, i) => [r, i]));
  const hits = p.hits.map((r) => ruleIndex!.get(r));
  if (hits.some((i) => i === undefined)) throw new Error('A reading matched a rule that is not in the rule list.');
  return [[...p.masked], hits as number[], p.role?.id ?? null, p.from?.id ?? null, p.band, p.bandTarget, p.targetCued, p.optionsLike];
}

/** The reading back, with this content's roles; undefined when it names a role or rule there is not (then the example is read afresh). */
export function restoreReading(content: Content, s: StoredReading): FeatureInput | undefined {
  const [masked, hitIds, roleId, fromId, band, bandTarget, targetCued, optionsLike] = s;
  const hits: Rule[] = [];
  for (const i of hitIds) {
    const rule = RULES[i];
    if (!rule) return undefined;
    hits.push(rule);
  }
  const role = roleId === null ? null : content.roles.get(roleId);
  const from = fromId === null ? null : content.roles.get(fromId);
  if (role === undefined || from === undefined) return undefined;
  return { masked, hits, role, from, band, bandTarget, targetCued, optionsLike };
}

/** Each example's reading: the kept one when there is one, else read now (and kept in `out`). */
export function readExamples(content: Content, texts: readonly string[], kept: ReadonlyMap<string, StoredReading>): { readings: FeatureInput[]; out: Map<string, StoredReading>; readAfresh: number } {
  const out = new Map<string, StoredReading>();
  let readAfresh = 0;
  const readings = texts.map((text): FeatureInput => {
    const old = kept.get(text);
    const restored = old === undefined ? undefined : restoreReading(content, old);
    if (old && restored) {
      out.set(text, old);
      return restored;
    }
    const p = parseQuestion(content, text);
    out.set(text, storeReading(p));
    readAfresh++;
    // Only what the features read: the rest of the reading (its words, mentions, explanations) is let go now, young.
    return { masked: p.masked, hits: p.hits, role: p.role, from: p.from, band: p.band, bandTarget: p.bandTarget, targetCued: p.targetCued, optionsLike: p.optionsLike };
  });
  return { readings, out, readAfresh };
}

export function readingsToJson(readings: ReadonlyMap<string, StoredReading>): string {
  return JSON.stringify({ format: FORMAT, readings: [...readings] });
}

/** The readings in a file's text; an empty map for a file not in this layout (then every example is read afresh). */
export function readingsFromJson(text: string): Map<string, StoredReading> {
  try {
    const parsed = JSON.parse(text) as { format?: unknown; readings?: unknown };
    if (parsed.format !== FORMAT || !Array.isArray(parsed.readings)) return new Map();
    const out = new Map<string, StoredReading>();
    for (const entry of parsed.readings as unknown[]) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && isStored(entry[1])) out.set(entry[0], entry[1]);
    }
    return out;
  } catch {
    return new Map();
  }
}

const strOrNull = (v: unknown) => v === null || typeof v === 'string';

function isStored(v: unknown): v is StoredReading {
  return (
    Array.isArray(v) &&
    v.length === 8 &&
    Array.isArray(v[0]) &&
    (v[0] as unknown[]).every((w) => typeof w === 'string') &&
    Array.isArray(v[1]) &&
    (v[1] as unknown[]).every((i) => Number.isInteger(i)) &&
    strOrNull(v[2]) &&
    strOrNull(v[3]) &&
    strOrNull(v[4]) &&
    strOrNull(v[5]) &&
    typeof v[6] === 'boolean' &&
    typeof v[7] === 'boolean'
  );
}
