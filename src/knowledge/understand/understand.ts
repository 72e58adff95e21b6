/**
 * Question understanding: deterministic, explainable, no models.
 *
 *  1. normalise: lower case, curly quotes, contractions and slang ("im", "wanna",
 *     "can't"), US to UK spellings, punctuation to spaces, bands ("b3", "band
 *     three" -> "band 3") and levels ("l2" -> "level 2"). (normalise.ts)
 *  2. correct typos: a word we do not know (not in the content's own text or its
 *     list of common English words) is corrected to the nearest role or keyword
 *     word: Damerau-Levenshtein distance at most 1 for 4-7 letter words, at most
 *     2 for 8+ letter words. Short words and abbreviations are exact only.
 *     (roles-index.ts)
 *  3. find role mentions over titles, synonyms and forms derived from them (id
 *     words, plurals, "physiotherapy" for "physiotherapist", the title without
 *     its bracket). Longest phrase wins. Short, ambiguous abbreviations ("na",
 *     "ap") count only where the words around them make them a role. (mentions.ts)
 *  4. decide target and current role from cue words around each mention
 *     ("become a", "train as", "to" -> target; "I am a", "work as", "as a band 3",
 *     "currently" -> current), and adjust to a sibling role when a band is stated
 *     ("band 3 HCA" -> the Band 3 support worker role). (cues.ts, here)
 *  5. score intents with weighted phrase rules over the text with role mentions
 *     masked; ties go by a fixed precedence. The area is set for resources only.
 *     (intents.ts, here)
 *
 * The words it knows (spellings, number words, keywords, common words, cue
 * phrases and so on) are the content's: content/understanding.yaml, as
 * `content.understanding`. The patterns are code.
 *
 * Everything is indexed once per Content object (WeakMap), so a call is cheap.
 */
import type { Content, Role } from '../../content/model.js';
import type { RoadmapArea } from '../../content/schema.js';
import { BAND_FROM, BAND_TARGET, cueFor } from './cues.js';
import { AREA_RULES, PRECEDENCE, RULES, type Intent } from './intents.js';
import { bandsOf, findMentions, siblingWithBand, type Mention } from './mentions.js';
import { damerauLevenshtein, normalise, tolerance } from './normalise.js';
import { correct, indexOf, type Index } from './roles-index.js';

/** What a question says, as far as the rules can tell. */
export interface Understanding {
  intent: Intent;
  /** Roadmap area, for resources questions only. */
  area: RoadmapArea | null;
  /** The role the person wants to reach. */
  role: Role | null;
  /** The role the person says they are in now. */
  from: Role | null;
  /** The band stated in the text, e.g. "3" or "8a". */
  band: string | null;
  /** 0 to 1: how clearly the rules picked the intent. */
  confidence: number;
  /** Human-readable reasons for the result. */
  explain: string[];
}

interface Analysed {
  idx: Index;
  tokens: string[];
  mentions: Mention[];
  explain: string[];
}

function analyse(content: Content, text: string): Analysed {
  const idx = indexOf(content);
  const explain: string[] = [];
  const tokens = normalise(text, content.understanding)
    .split(' ')
    .filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const fixed = correct(idx, tokens[i]!);
    if (fixed && fixed !== tokens[i]) {
      explain.push(`read "${tokens[i]}" as "${fixed}"`);
      tokens[i] = fixed;
    }
  }
  const mentions = findMentions(idx, tokens);
  return { idx, tokens, mentions, explain };
}

function describeMatch(content: Content, m: Mention, tokens: string[]): string {
  const said = tokens.slice(m.start, m.end).join(' ');
  const titleNorm = normalise(m.role.title, content.understanding);
  return said === titleNorm
    ? `matched role "${m.role.title}"`
    : `matched role "${m.role.title}" via ${m.phrase.priority === 0 ? 'synonym' : 'name'} "${said}"`;
}

/** Finds the one role a short text names (for "--from band 2 hca", profile answers and so on). */
export function matchRole(content: Content, text: string): Role | null {
  const direct = content.roles.get(text.trim());
  if (direct) return direct;
  const { tokens, mentions } = analyse(content, text);
  const m = mentions[0];
  if (!m) return null;
  const band = bandsOf(tokens)[0]?.band;
  if (band) return siblingWithBand(content, m.role, band, m.phrase) ?? m.role;
  return m.role;
}

/** The words of a role's title, synonyms and id, normalised once per role (and content). */
function nameWordsOf(content: Content, idx: Index, r: Role): string[] {
  let words = idx.nameWords.get(r);
  if (!words) {
    const names = [r.title, ...r.synonyms, r.id.replace(/-/g, ' ')].map((n) => normalise(n, content.understanding));
    words = [...new Set(names.join(' ').split(' ').filter((w) => w !== ''))];
    idx.nameWords.set(r, words);
  }
  return words;
}

/** Roles a text might mean, best first; common roles when nothing matches. Never more than 5. */
export function suggestRoles(content: Content, text: string): Role[] {
  const idx = indexOf(content);
  const out: Role[] = [];
  const push = (r: Role) => {
    if (!out.includes(r) && out.length < 5) out.push(r);
  };
  const norm = normalise(text.replace(/-/g, ' '), content.understanding);
  const { mentions } = analyse(content, norm);
  for (const m of mentions) for (const r of m.phrase.roles) push(r);
  // Word overlap with titles and synonyms.
  const words = new Set(norm.split(' ').filter((w) => w.length >= 3));
  if (words.size > 0) {
    const scored = idx.rolesInOrder
      .map((r) => {
        const names = nameWordsOf(content, idx, r);
        let score = 0;
        const near = (n: string, w: string) => n.length >= 4 && Math.abs(n.length - w.length) <= tolerance(n.length) && damerauLevenshtein(n, w, 2) <= tolerance(n.length);
        for (const w of words) if (names.some((n) => n === w || near(n, w))) score++;
        return { r, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.r.common ?? 99) - (b.r.common ?? 99));
    for (const s of scored) push(s.r);
  }
  if (out.length === 0) {
    for (const r of [...idx.rolesInOrder].filter((x) => x.common !== undefined).sort((a, b) => a.common! - b.common!)) push(r);
  }
  return out;
}

export function understand(text: string, content: Content): Understanding {
  const { idx, tokens, mentions, explain } = analyse(content, text);
  const joined = tokens.join(' ');
  const bands = bandsOf(tokens);

  // Band adjustments: a band written next to a mention ("band 3 hca", "hca b2").
  for (const m of mentions) {
    const near = bands.find((b) => (b.at + 2 <= m.start && b.at + 2 >= m.start - 1) || (b.at >= m.end && b.at <= m.end + 1));
    if (!near) {
      // No band given: an ambiguous name goes to the most common role it names.
      if (m.phrase.roles.length > 1) {
        const pick = [...m.phrase.roles].sort((a, b) => (a.common ?? 99) - (b.common ?? 99))[0]!;
        m.role = pick;
      }
      continue;
    }
    const sib = siblingWithBand(content, m.role, near.band, m.phrase);
    if (sib && sib.id !== m.role.id) {
      explain.push(`"band ${near.band}" next to "${tokens.slice(m.start, m.end).join(' ')}" points to ${sib.title}`);
      m.role = sib;
    }
  }

  // Target or current role for each mention. "X or Y" / "X and Y" share X's cue.
  const cues = mentions.map((m) => cueFor(idx.vocabulary, tokens, m, mentions));
  for (let i = 1; i < mentions.length; i++) {
    const gap = tokens.slice(mentions[i - 1]!.end, mentions[i]!.start).join(' ');
    if (cues[i] === null && /^(?:or|and|vs|versus|or an?|or the|and an?|then|then an?)$/.test(gap)) cues[i] = cues[i - 1]!;
  }
  let role: Role | null = null;
  let from: Role | null = null;
  const optionsLike = /\b(?:options|next|from here|progress|choices|move up|step up|what can (?:a|an)|where can i go)\b/.test(joined);
  let bandTarget: string | null = null;
  const bt = BAND_TARGET.exec(joined);
  if (bt && !BAND_FROM.test(joined.slice(Math.max(0, bt.index - 6), bt.index + bt[0].length))) bandTarget = bt[1]!;

  let lastTarget: Mention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.how) explain.push(m.how);
    // A chain "TNA to NA to RN": the last goal in the chain is the one wanted.
    const chained = lastTarget !== null && /^(?:to|then|then to|and then|into)$/.test(tokens.slice(lastTarget.end, m.start).join(' '));
    if (cues[i] === 'target' && (!role || chained)) {
      role = m.role;
      lastTarget = m;
      explain.push(`${describeMatch(content, m, tokens)} as the role wanted`);
    } else if (cues[i] === 'from' && !from) {
      from = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the current role`);
    }
  }
  const uncued = mentions.filter((_, i) => cues[i] === null);
  for (let i = 0; i < uncued.length; i++) {
    const m = uncued[i]!;
    const r = role;
    const f = from;
    if (r?.id === m.role.id || f?.id === m.role.id) continue;
    let as: 'target' | 'from' | null = null;
    // "the TNA", "the AP apprenticeship": a thing talked about, not the person's own job.
    const thing = tokens[m.start - 1] === 'the';
    if (thing) {
      if (!r) as = 'target';
    } else if (!r && !f) {
      if (uncued.length >= 2 && i === 0) as = 'from';
      else if (optionsLike || bandTarget) as = 'from';
      else as = 'target';
    } else if (!r) as = bandTarget ? null : 'target';
    else if (!f) as = 'from';
    if (as === 'target') {
      role = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the role wanted (no cue words)`);
    } else if (as === 'from') {
      from = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the current role (no cue words)`);
    }
  }
  const targetCued = cues.includes('target');
  if (!role && bandTarget) {
    const base = from;
    const sib = base ? siblingWithBand(content, base, bandTarget) : null;
    if (sib && base && sib.id !== base.id) {
      role = sib;
      explain.push(`"band ${bandTarget}" as a goal from ${base.title} points to ${sib.title}`);
    } else explain.push(`"band ${bandTarget}" stated as a goal, with no single role for it`);
  }
  if (role && from && role.id === from.id) from = null;

  let band: string | null = null;
  const bf = BAND_FROM.exec(joined);
  if (bf) band = bf[1]!;
  else if (bands[0]) band = bands[0].band;
  if (band) explain.push(`band ${band} stated`);

  // Intent scores over the text with role mentions masked.
  const masked: string[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < m.start) masked.push(tokens[k++]!);
    masked.push('_role_');
    k = m.end;
  }
  while (k < tokens.length) masked.push(tokens[k++]!);
  const maskedText = masked.join(' ');

  const scores = new Map<Intent, number>();
  const why = new Map<Intent, string[]>();
  const bump = (intent: Intent, w: number, label: string) => {
    scores.set(intent, (scores.get(intent) ?? 0) + w);
    let list = why.get(intent);
    if (!list) why.set(intent, (list = []));
    list.push(label);
  };
  for (const rule of RULES) if (rule.re.test(rule.raw ? joined : maskedText)) bump(rule.intent, rule.weight, rule.label);
  const areaWords = AREA_RULES.reduce((n, a) => n + (maskedText.match(a.re)?.length ?? 0), 0);
  if (areaWords > 0) bump('resources', 2, 'a learning area word');
  if (role) {
    const cued = targetCued || bandTarget !== null;
    bump('pathway', cued ? 3 : 1.5, cued ? 'a role named as a goal' : 'a role named');
  } else if (from && !role) {
    bump('options', 1, 'only a current role named');
  }

  let intent: Intent = 'unknown';
  let top = 0;
  let second = 0;
  for (const i of PRECEDENCE) {
    const s = scores.get(i) ?? 0;
    if (s > top) {
      second = top;
      top = s;
      intent = i;
    } else if (s > second) second = s;
  }
  if (top < 1) intent = 'unknown';
  // A pathway needs a role to go to; without one, "how do I progress" is an options question,
  // and a weak match ("can I do it later") is not a career question at all.
  if (intent === 'pathway' && !role && (from || optionsLike || bandTarget)) {
    intent = 'options';
    explain.push('no target role, so treated as a question about options');
  } else if (intent === 'pathway' && !role && top < 4) {
    intent = 'unknown';
    explain.push('a weak pathway phrase with no role named');
  }
  // Profile updates name the person's own role, even after "to" ("set my role to MSW").
  if (intent === 'profile' && role && !from) {
    from = role;
    role = null;
    explain.push(`${from.title} taken as the current role for a profile update`);
  }
  if (intent !== 'unknown') explain.push(`intent ${intent}: ${(why.get(intent) ?? []).join(', ')}`);
  else explain.push('no intent rule matched');

  // Area: resources only.
  let area: RoadmapArea | null = null;
  if (intent === 'resources') {
    let best = 0;
    for (const a of AREA_RULES) {
      const n = maskedText.match(a.re)?.length ?? 0;
      if (n > best) {
        best = n;
        area = a.area;
      }
    }
    if (area) explain.push(`area ${area}`);
  }

  const confidence = intent === 'unknown' ? 0.1 : Math.max(0.1, Math.min(0.99, top / (top + second + 1) + 0.2));
  return { intent, area, role, from, band, confidence: Math.round(confidence * 100) / 100, explain };
}
