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
 *     masked, as features of the intent model. The area is set for resources only.
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
import type { Intent } from './intents.js';
import { bandsOf, siblingWithBand } from './mentions.js';
import { damerauLevenshtein, normalise, normaliseName, tolerance } from './normalise.js';
import { indexOf, type Index } from './roles-index.js';
import { areaOf, parseQuestion, type Parsed } from './parse.js';
import { analyse } from './reading.js';
import { questionFeatures } from './features.js';
import { intentModel, readLabel } from './intent-model.js';
import { heldLike } from './similar.js';
import { isAbroad } from './direction.js';

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
  /** 0 to 1: how likely the model thinks the intent is. */
  confidence: number;
  /** The writer asks for someone else ("one of my HCAs wants to…"); `from` is that person's role. */
  onBehalf: boolean;
  /** Other roles named as possible goals besides `role` ("nursing, OT, maybe paramedic"). */
  alsoWanted: Role[];
  /**
   * When the bot is not sure enough to act (confidence below CLARIFY_BELOW), the two or
   * three likeliest readings to offer, most likely first; null when it is sure.
   */
  clarify: Clarification[] | null;
  /**
   * What the question is about, where the bot has a list for it: for a question the bot does not
   * help with, the out-of-scope topic (content/out-of-scope.yaml); otherwise a resource topic
   * named in it ("preceptorship", "care certificate"; understanding.yaml `resourceTopics`), which
   * the resources dialog lists when the question is answered as a resources question.
   */
  topic: string | null;
  /** Human-readable reasons for the result. */
  explain: string[];
}

/** One reading offered when the bot asks which was meant. */
export interface Clarification {
  intent: Intent;
  role: Role | null;
  from: Role | null;
  area: RoadmapArea | null;
}

/**
 * Below this confidence the bot asks instead of guessing. Chosen on the dev split
 * (test/knowledge/corpus/dev.jsonl): it keeps answers that are confidently wrong
 * under 1% there while asking about one message in seven.
 */
export const CLARIFY_BELOW = 0.7;
/** A reading is offered only when it is at least this likely. */
const OFFER_FROM = 0.12;

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

const nameWordRoles = new WeakMap<Index, Map<string, Role[]>>();

/** Each distinct name word of the roles (nameWordsOf), with the roles that have it, made once per content. */
function rolesByNameWord(content: Content, idx: Index): Map<string, Role[]> {
  let byWord = nameWordRoles.get(idx);
  if (!byWord) {
    byWord = new Map();
    for (const r of idx.rolesInOrder) {
      for (const n of nameWordsOf(content, idx, r)) {
        const roles = byWord.get(n);
        if (roles) roles.push(r);
        else byWord.set(n, [r]);
      }
    }
    nameWordRoles.set(idx, byWord);
  }
  return byWord;
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
    // A role scores one for each word that is, or is near, one of its name words. Each
    // distinct name word is compared once, however many roles share it ("nurse", "worker").
    const near = (n: string, w: string) => n.length >= 4 && Math.abs(n.length - w.length) <= tolerance(n.length) && damerauLevenshtein(n, w, 2) <= tolerance(n.length);
    const byWord = rolesByNameWord(content, idx);
    const scores = new Map<Role, number>();
    for (const w of words) {
      const hit = new Set<Role>();
      for (const [n, roles] of byWord) if (n === w || near(n, w)) for (const r of roles) hit.add(r);
      for (const r of hit) scores.set(r, (scores.get(r) ?? 0) + 1);
    }
    const scored = idx.rolesInOrder
      .filter((r) => scores.has(r))
      .map((r) => ({ r, score: scores.get(r)! }))
      .sort((a, b) => b.score - a.score || (a.r.common ?? 99) - (b.r.common ?? 99));
    for (const s of scored) push(s.r);
  }
  if (out.length === 0) {
    for (const r of [...idx.rolesInOrder].filter((x) => x.common !== undefined).sort((a, b) => a.common! - b.common!)) push(r);
  }
  return out;
}

/** One way to read a question, with how likely the model thinks it is. */
export interface Reading {
  intent: Intent;
  area: RoadmapArea | null;
  p: number;
}

/** How much of the chance of a learning question must sit with one area for the model to name it. */
const AREA_SHARE = 0.7;

/** The model's readings, by intent (learning in every area counts as resources), most likely first. */
export function readings(content: Content, p: Parsed, text: string): Reading[] {
  const prediction = intentModel(content).predict(questionFeatures(p, text));
  const byIntent = new Map<Intent, Reading>();
  for (const { label, p: prob } of prediction.ranked) {
    const { intent, area } = readLabel(label);
    const r = byIntent.get(intent);
    if (!r) byIntent.set(intent, { intent, area, p: prob });
    else r.p += prob;
  }
  // The most likely area only when it holds most of the chance of a learning question.
  const resources = byIntent.get('resources');
  const top = prediction.ranked.find((x) => x.label.startsWith('resources'));
  if (resources && top && top.p < AREA_SHARE * resources.p) resources.area = null;
  return [...byIntent.values()].sort((a, b) => b.p - a.p);
}

/**
 * The last text read with each content, and what it was read as: a turn reads the
 * same message more than once (what it says about the person, then where it goes).
 * Reading is deterministic, so this changes no answer. What it returns is read only:
 * no caller changes it.
 */
const lastRead = new WeakMap<Content, { text: string; result: Understanding }>();

export function understand(text: string, content: Content): Understanding {
  const hit = lastRead.get(content);
  if (hit && hit.text === text) return hit.result;
  const result = readText(text, content);
  lastRead.set(content, { text, result });
  return result;
}

function readText(text: string, content: Content): Understanding {
  const p = parseQuestion(content, text);
  const explain = p.explain;
  let { role, from } = p;
  const ranked = readings(content, p, text);
  const best = ranked[0]!;
  let intent = best.intent;
  explain.push(`intent ${intent} (${Math.round(best.p * 100)}%)${ranked[1] ? `, then ${ranked[1].intent} (${Math.round(ranked[1].p * 100)}%)` : ''}`);
  // Profile updates name the person's own role, even after "to" ("set my role to MSW"),
  // unless they speak of a goal ("set my goal to physio").
  if (intent === 'profile' && role && !from && !/\b(?:goal|goals|target|aim|aiming|dream|ambition|want to be|want to become|hope to|remember)\b/.test(p.joined)) {
    from = role;
    role = null;
    explain.push(`${from.title} taken as the current role for a profile update`);
  }
  // Outside a route question, a role named with no goal words is the person's own
  // ("what options do nursing assistants have", "new AP, first week").
  // A check-in or a question about options is about the job held, whatever words come before it.
  const aboutHeld = intent === 'checkin' || intent === 'options';
  // Not a list of goals ("physio, OT or SLT?"): those are all goals, whatever the question.
  if (best.p >= CLARIFY_BELOW && intent !== 'pathway' && intent !== 'profile' && role && !from && p.alsoWanted.length === 0 && (!p.targetCued || (aboutHeld && !p.goalCued))) {
    from = role;
    role = null;
    explain.push(`${from.title} taken as the role held, since the question is not about a route`);
  }
  // "I was a nurse in Zimbabwe for eleven years, I'm a domestic here now. I need to talk to someone about my career": a job
  // held in another country is a goal to qualify for here only in a question about a route or learning (or a profile update).
  if (role && best.p >= CLARIFY_BELOW && !['pathway', 'resources', 'profile'].includes(intent) && p.mentions.some((m) => m.role === role) && p.mentions.every((m) => m.role !== role || isAbroad(p.tokens, m))) {
    explain.push(`${role.title}, a job held in another country, is no goal in a question that is not about a route`);
    role = null;
  }
  // "I lay out the trays and clean down between cases. Could I become an ODP?": for a route or the options
  // from here, the job held from what the writer does, by the content's own texts about each role.
  if (!from && !p.onBehalf && !p.bandTarget && (intent === 'pathway' || intent === 'options') && best.p >= CLARIFY_BELOW) {
    const like = heldLike(content, p.tokens, p.mentions, role);
    if (like) {
      from = like;
      explain.push(`${like.title} read as the job held, as what the writer does is most like it`);
    }
  }
  const area = intent === 'resources' ? (best.intent === 'resources' ? best.area : null) ?? areaOf(p) : null;
  if (area) explain.push(`area ${area}`);
  const confidence = Math.round(best.p * 100) / 100;
  // A resource topic is kept whatever the intent, for the resources reading a clarifying question may offer.
  const topic = intent === 'unknown' ? topicOf(content, p.joined) : resourceTagOf(content, p.joined);
  if (topic) explain.push(intent === 'unknown' ? `about ${topic}, which the bot does not help with` : `names the resource topic ${topic}`);
  let clarify: Clarification[] | null = null;
  if (confidence < CLARIFY_BELOW) {
    const offered = ranked.filter((r, i) => i === 0 || r.p >= OFFER_FROM).slice(0, 3);
    clarify = offered.map((r) => {
      const isRoute = r.intent === 'pathway';
      // Each reading with the roles as the words put them, before any change made for the likeliest intent.
      const held = p.from ?? (isRoute ? null : p.role);
      return { intent: r.intent, role: isRoute ? p.role : null, from: r.intent === 'options' || isRoute ? held : null, area: r.intent === 'resources' ? (r.area ?? areaOf(p)) : null };
    });
    explain.push(`not sure: would ask about ${offered.map((r) => r.intent).join(', ')}`);
  } else if (intent === 'pathway' && role && p.alsoWanted.length > 0) {
    // Several goals and no clear favourite: ask which.
    clarify = [role, ...p.alsoWanted].slice(0, 3).map((r) => ({ intent: 'pathway', role: r, from, area: null }));
    explain.push(`several roles named: would ask which of ${clarify.map((c) => c.role!.title).join(', ')}`);
  }
  return { intent, area, role, from, band: p.band, confidence, onBehalf: p.onBehalf, alsoWanted: p.alsoWanted, clarify, topic, explain };
}

const resourceTags = new WeakMap<Content, Array<{ tag: string; words: string }>>();

/**
 * The resource topic (content/understanding.yaml `resourceTopics`) named in the
 * (normalised) text: the tag whose words come first in the list, the longest words first.
 */
export function resourceTagOf(content: Content, joined: string): string | null {
  let tags = resourceTags.get(content);
  if (!tags) {
    tags = Object.entries(content.understanding.resourceTopics)
      .flatMap(([tag, words]) => words.map((w) => ({ tag, words: normalise(w, content.understanding) })))
      .filter((x) => x.words !== '')
      .sort((a, b) => b.words.length - a.words.length);
    resourceTags.set(content, tags);
  }
  const t = ` ${joined} `;
  return tags.find((x) => t.includes(` ${x.words} `))?.tag ?? null;
}

/** The first out-of-scope topic with a word or phrase in the (normalised) text. */
export function topicOf(content: Content, joined: string): string | null {
  const t = ` ${joined} `;
  for (const topic of content.outOfScope) {
    if (topic.words.some((w) => t.includes(` ${normaliseName(w, content.understanding)} `))) return topic.id;
  }
  return null;
}
