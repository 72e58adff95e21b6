/**
 * Roles named without their title (a place of work and a plain job word: place-job.ts):
 * - what the job does: "the people who do the hearing tests", "one of the ones
 *   who help in theatres" (the roles' `describedBy` phrases, after "who");
 * - what the writer's own job does: "I do obs, washes and feeds on a ward", "I help the midwives
 *   on the postnatal ward" (the same phrases, after "I do", "I help" and the like).
 */
import type { Content, Role } from '../../content/model.js';
import { WHO_DOES, type Mention } from './mentions.js';
import { normaliseName } from './normalise.js';
import { bandInPlace } from './band-place.js';
import { stayedIn } from './held-clause.js';
import { GOAL_THEN_LIKE } from './cues.js';
import { declinedWork } from './declined-work.js';

/** A rough stem, so that "adapt their homes" meets "adaptations at home" and "exercise" meets "exercises" ("process" meets "processing": "ss" is not a plural). */
export function stem(word: string): string {
  // "the one who does bloods", "the ones doing the bloods" meet "do the bloods".
  if (word === 'does' || word === 'doing') return 'do';
  let w = word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ments', 'ment', 'ies', 'es', 'ed', 's', 'e']) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length);
      // "fitting" meets "fit", "mopping" meets "mop" (but "spelling" stays "spell", "missed" "miss").
      if (/^(?:ings?|ed)$/.test(suffix) && /([b-df-hj-km-np-rtv-y])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w;
}

/** Words that carry no meaning of their own in a description. */
const SMALL = new Set(['the', 'a', 'an', 'their', 'our', 'all', 'and', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'up', 'people', 'peoples', 'patients', 'who', 'that', 'them', 'they', 'is', 'are']);

interface Description {
  tokens: string[];
  /** The stems of the words that mean something, for matching in any order. */
  stems: string[];
  role: Role;
}

/** The descriptions in order (longest first), and looked up by their first word and by their first stem. */
interface Descriptions {
  list: Description[];
  /** Descriptions of two or more words that mean something, by their first word, each with its place in `list`. */
  byFirstWord: Map<string, Array<{ d: Description; n: number }>>;
  /** The same, by their first stem. */
  byFirstStem: Map<string, Array<{ d: Description; n: number }>>;
  /** Descriptions of one word that means something, in order. */
  single: Description[];
  /** Descriptions of two or more words that mean something, by their last word, in order (for `endsDescription`). */
  byLastWord: Map<string, Array<{ d: Description; n: number }>>;
  /** Each role's duties: the stems of all its descriptions, but for the verbs of what is done ("do", "take"). */
  duties: Map<Role, Set<string>>;
}

const descriptions = new WeakMap<Content, Descriptions>();

function descriptionsOf(content: Content): Descriptions {
  let built = descriptions.get(content);
  if (!built) {
    const list: Description[] = [];
    for (const role of content.roles.values()) {
      for (const d of role.describedBy) {
        const t = normaliseName(d, content.understanding).split(' ').filter((w) => w !== '');
        const stems = t.filter((w) => !SMALL.has(w)).map(stem);
        if (t.length > 0) list.push({ tokens: t, stems, role });
      }
    }
    list.sort((a, b) => b.tokens.length - a.tokens.length || b.stems.length - a.stems.length);
    built = { list, byFirstWord: new Map(), byFirstStem: new Map(), single: list.filter((d) => d.stems.length === 1), byLastWord: new Map(), duties: new Map() };
    for (const d of list) {
      const duties = built.duties.get(d.role) ?? new Set<string>();
      for (const x of d.stems) if (!doneVerb(x)) duties.add(x);
      built.duties.set(d.role, duties);
    }
    const add = (map: Map<string, Array<{ d: Description; n: number }>>, key: string, entry: { d: Description; n: number }) => {
      const at = map.get(key);
      if (at) at.push(entry);
      else map.set(key, [entry]);
    };
    list.forEach((d, n) => {
      if (d.stems.length < 2) return;
      add(built!.byFirstWord, d.tokens[0]!, { d, n });
      add(built!.byFirstStem, d.stems[0]!, { d, n });
      add(built!.byLastWord, d.tokens.at(-1)!, { d, n });
    });
    descriptions.set(content, built);
  }
  return built;
}

/**
 * The role whose description is in `window`: its words in order, or else all the
 * words of a description of two or more that mean something, in any order and any
 * form ("helps people adapt their homes" for "adaptations at home"). The longest wins.
 */
function findDescriptions(content: Content, window: string[], named?: readonly boolean[], earliest = false): Role[] {
  const all = descriptionsOf(content);
  // Descriptions of several words, as written, then in any order and form; of these, the one with
  // more words that mean something first ("answering 999 calls" is "answer 999 calls", not "999 calls").
  // `order`: as written before in any order, then the descriptions' order, then where in the window.
  const hits: Array<{ role: Role; weight: number; at: number; order: number }> = [];
  const span = window.length + 1;
  for (let i = 0; i < window.length; i++) {
    for (const { d, n } of all.byFirstWord.get(window[i]!) ?? []) {
      if (i + d.tokens.length <= window.length && d.tokens.every((w, k) => window[i + k] === w)) hits.push({ role: d.role, weight: d.stems.length + 0.5, at: i, order: n * span + i });
    }
  }
  const windowStems = window.map((w) => (SMALL.has(w) ? '' : stem(w)));
  const stems = new Set(windowStems.filter((w) => w !== ''));
  for (const first of stems) {
    for (const { d, n } of all.byFirstStem.get(first) ?? []) {
      if (d.stems.every((x) => stems.has(x))) hits.push({ role: d.role, weight: d.stems.length, at: windowStems.findIndex((w) => d.stems.includes(w)), order: all.list.length * span + n });
    }
  }
  // "I sit on the front desk checking patients in for hearing tests": with `earliest`, of two descriptions
  // that say as much, the first thing the writer says they do is the job.
  const found: Role[] = [];
  for (const h of hits.sort((a, b) => b.weight - a.weight || (earliest ? a.at - b.at : 0) || a.order - b.order)) if (!found.includes(h.role)) found.push(h.role);
  const wider = found.length > 0 ? widerDuties(all, window, windowStems, found[0]!, found) : null;
  if (wider) return [wider, ...found.filter((r) => r !== wider)];
  if (found.length > 0) return found;
  // Then single words ("feet", "exercises", "radiotherapy"): the role with the most of them.
  // A word that is part of a role's name is not a description: "clerk" in "ward clerk".
  // Nor a word of the writer's own ("not on my feet all day", "my back"): their body or things, not the work.
  const loose = new Set(window.filter((w, k) => !SMALL.has(w) && !named?.[k] && window[k - 1] !== 'my').map(stem));
  const counts = new Map<Role, number>();
  for (const d of all.single) {
    if (loose.has(d.stems[0]!)) counts.set(d.role, (counts.get(d.role) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
}

/** Verbs of doing in general ("do", "take", "help"), as stems: no duty of their own. */
const DONE_VERBS = new Set(['do', 'take', 'help', 'work', 'get', 'go', 'make', 'put', 'run', 'look', 'deal', 'sit', 'set', 'keep', 'hand', 'support', 'assist', 'spend', 'manage', 'lead', 'handle', 'give'].map((v) => stem(v)));
const doneVerb = (x: string): boolean => DONE_VERBS.has(x);

/** Words that join the duties of a list ("obs, bloods and ECGs", "the bloods and the catheters"). */
const LIST_JOIN = /^(?:and|n|&|plus|also|the|a|some|do|doing|or)$/;

/**
 * "I do bloods, obs and washes", "bloods, washes and obs": a list of duties of which the description
 * found ("do the bloods", a phlebotomist's) covers only one, while another role's duties cover that one and more of the
 * list, is that other role's work (the support worker's, who takes bloods among much else), if the words fit one of
 * its descriptions too ("washes and obs"). The other role, or null.
 */
function widerDuties(all: Descriptions, window: readonly string[], windowStems: readonly string[], best: Role, found: readonly Role[]): Role | null {
  const own = all.duties.get(best) ?? new Set<string>();
  const at = windowStems.findIndex((x) => x !== '' && own.has(x));
  if (at < 0) return null;
  // The list around the duty found: duties next to each other, or joined by "and" and small words.
  let start = at;
  let end = at + 1;
  const duty = (k: number) => windowStems[k] !== '' && !doneVerb(windowStems[k]!) && !LIST_JOIN.test(window[k]!);
  while (start > 0 && (duty(start - 1) || LIST_JOIN.test(window[start - 1]!))) start--;
  while (end < window.length && (duty(end) || LIST_JOIN.test(window[end]!))) end++;
  const listed = [...new Set(windowStems.slice(start, end).filter((x, k) => duty(start + k)))];
  if (listed.length < 2) return null;
  const covered = listed.filter((x) => own.has(x));
  // (Only one duty of the list: "I book the clinics and type the letters" is all a medical secretary's, not an administrator's.)
  if (covered.length !== 1) return null;
  let pick: Role | null = null;
  let most = covered.length;
  for (const [role, duties] of all.duties) {
    if (role === best || !found.includes(role) || !covered.every((x) => duties.has(x))) continue;
    const n = listed.filter((x) => duties.has(x)).length;
    if (n > most) {
      pick = role;
      most = n;
    }
  }
  return pick;
}

function findDescription(content: Content, window: string[], named?: readonly boolean[], earliest = false): Role | null {
  return findDescriptions(content, window, named, earliest)[0] ?? null;
}

/**
 * "a job helping the physios", "sessions under the therapists": a role named as the last word of another
 * role's description, the description's other words just before it, in order (in any form). The role
 * described, or null.
 */
export function describedAround(content: Content, tokens: string[], m: Mention): Role | null {
  // ("helping the speech therapists": a name of several words, the description ending in its last word.)
  if (m.end - m.start !== 1) return endsDescription(content, tokens, m.end - 1, m.role);
  // "I look after the cleaners and porters": a role joined to the end of a description is part of it too.
  const joined = /^(?:and|or|&)$/.test(tokens[m.start - 1] ?? '') ? endsDescription(content, tokens, m.start - 2, m.role) : null;
  // "I supervise the domestic team": the team named by the role's name, at the end of a description.
  const team = /^teams?$/.test(tokens[m.end] ?? '') ? endsDescription(content, tokens, m.end, m.role) : null;
  return endsDescription(content, tokens, m.start, m.role) ?? joined ?? team;
}

/** The role (not `role`) of a description of two or more words ending at token `at`, or null. */
function endsDescription(content: Content, tokens: string[], at: number, role: Role): Role | null {
  if (at < 0) return null;
  // Only the descriptions ending in the word at `at`, in their order, rather than all of them.
  for (const { d } of descriptionsOf(content).byLastWord.get(tokens[at]!) ?? []) {
    if (d.role === role) continue;
    const from = at - (d.tokens.length - 1);
    if (from >= 0 && d.tokens.slice(0, -1).every((w, k) => stem(tokens[from + k]!) === stem(w))) return d.role;
  }
  return null;
}

/** "(I am) the one", "the person": the writer, described by their work. */
const SELF_ONE = /^the (?:one|ones|person|people)$/;

/** Words that start a description of the job wanted: "the people who…", "the one getting people…", "I'd like to lead…". */
/** People cared for or served: "who" after them tells of them, not of a job. */
const CARED_FOR = new Set(['patients', 'patient', 'residents', 'clients', 'users', 'babies', 'mums', 'mothers', 'families', 'relatives', 'visitors', 'kids', 'children', 'elderly']);
const GOAL_START = /^(?:who|that|the one|the ones|the person|the people|the helper|the helpers|the job|the role|like to|love to|want to|wants to|wanting to|rather be|rather|to work|get a|get to|need to|start doing|start working|to do)$/;
/** The first words of GOAL_START's phrases of two words. */
const GOAL_START_FIRST = new Set(['the', 'like', 'love', 'want', 'wants', 'wanting', 'rather', 'to', 'get', 'need', 'start']);

/**
 * "the people who do the hearing tests": the roles whose work is described as the one
 * wanted, best first (several when the words fit more than one: "fit the hearing aids
 * and test babies' hearing").
 */
export function describedRoles(content: Content, tokens: string[], mentions: readonly Mention[] = []): Role[] {
  const named = namedAt(tokens, mentions);
  for (let i = 0; i < tokens.length; i++) {
    const one = tokens[i]!;
    // (Two words are joined only after a word that starts one of GOAL_START's two-word phrases.)
    const two = i + 1 < tokens.length && GOAL_START_FIRST.has(one) ? `${one} ${tokens[i + 1]}` : '';
    // "Job answering 999 calls…", "a job where you look after feet": a job described, not "my job".
    const aJob = (one === 'job' || one === 'jobs') && !/^(?:my|current|present|day|old)$/.test(tokens[i - 1] ?? '');
    // "a way into looking after feet", "the route into working in the lab", "step up to running the cleaning team": "into" or "to" and what the job does.
    // ("get into management, like running the department": the field, then "like" and the work.)
    const intoDoing = (one === 'into' || one === 'to' || (one === 'like' && GOAL_THEN_LIKE.test(tokens.slice(Math.max(0, i - 6), i + 1).join(' ')))) && /^[a-z]{2,}ing$/.test(tokens[i + 1] ?? '');
    // "become one of the talking therapy people": one of a kind of worker, named by what they do.
    const oneOf = one === 'of' && tokens[i - 1] === 'one' && tokens[i + 1] === 'the' && /^(?:be|become|becoming|being)$/.test(tokens[i - 2] ?? '');
    // "become one of the scientists in the lab": the people the writer would join, described.
    const oneOfThe = one === 'one' && tokens[i + 1] === 'of' && tokens[i + 2] === 'the' && /^(?:be|become|becoming|being|join|joining)$/.test(tokens[i - 1] ?? '');
    // ("get onto the ambulances": the place got onto is part of the description.)
    const start = oneOfThe ? i + 3 : GOAL_START.test(one) || aJob || intoDoing || oneOf || two === 'get onto' ? i + 1 : GOAL_START.test(two) ? i + 2 : -1;
    // "used to work in the kitchens": work done before, not wished for. "the patients who come in for day surgery": "who" tells of
    // the people cared for, not of a job. "I'm the person who restocks the theatres": the writer, by what they do.
    if (start < 0 || tokens[i - 1] === 'used' || declinedWork(tokens, i) || (/^(?:who|that)$/.test(one) && CARED_FOR.has(tokens[i - 1] ?? '')) || (tokens[i - 1] === 'am' && SELF_ONE.test(two)) || (/^(?:who|that)$/.test(one) && tokens[i - 3] === 'am' && SELF_ONE.test(`${tokens[i - 2]} ${tokens[i - 1]}`))) continue;
    // Up to the end of the clause: "… I work as a senior HCA" is not part of it. A long description may
    // end by setting the job against another ("… go on the ambulance to the emergency calls, not the paramedic, the one below").
    const window = tokens.slice(start, start + 24);
    // Nor what is ruled out after it: "want to work in the NHS but not as a doctor".
    const stop = window.findIndex((w, k) => k > 0 && (w === 'i' || w === 'im' || (w === 'not' && /^(?:but|just|though)$/.test(window[k - 1]!))));
    const end = stop >= 0 ? stop : window.length;
    const roles = findDescriptions(content, window.slice(0, end), named.slice(start, start + end));
    if (roles.length > 0) return roles;
  }
  // "I have lived experience of mental health and want to use it to help others, what job is that": the words
  // before the question of which job it is describe the job wanted.
  for (let i = 1; i < tokens.length; i++) {
    // (Only "what" or "which" can start the question: other words are passed over without joining the words after them.)
    if (!/^(?:what|which)(?: |$)/.test(tokens[i]!) || !JOB_ASKED_AFTER.test(tokens.slice(i, i + 5).join(' '))) continue;
    const start = Math.max(0, i - 24);
    const roles = findDescriptions(content, tokens.slice(start, i), named.slice(start, i));
    if (roles.length > 0) return roles;
  }
  return [];
}

/** After a description of a job: the question which job it is. */
const JOB_ASKED_AFTER = /^(?:what|which) (?:job|jobs|role|roles|career|careers) (?:is|are|would be|does|do|uses?|involves?) (?:that|this|it|those)\b/;

/** Words between "I" and the verb of what the writer does: "I basically set up", "I am working", "I have been doing". */
const HELD_ADVERBS = new Set(['am', 'have', 'been', 'new', 'basically', 'mostly', 'mainly', 'just', 'also', 'currently', 'still', 'usually', 'normally', 'generally', 'actually']);

/** "working", "running", "making": the -ing form of a verb of what the writer does (not "looking to", a wish). */
function heldIng(word: string): boolean {
  if (!word.endsWith('ing') || word === 'looking') return false;
  const base = word.slice(0, -3);
  return HELD_VERBS.has(base) || HELD_VERBS.has(`${base}e`) || (base.length > 2 && base.at(-1) === base.at(-2) && HELD_VERBS.has(base.slice(0, -1)));
}

/** "worked", "cleaned", "helped": the past form of a verb of what the writer does. */
function heldEd(word: string): boolean {
  if (!word.endsWith('ed')) return false;
  const base = word.slice(0, -2);
  return HELD_VERBS.has(base) || HELD_VERBS.has(`${base}e`) || (base.length > 2 && base.at(-1) === base.at(-2) && HELD_VERBS.has(base.slice(0, -1)));
}

/** Whether each token is part of a role's name in the message. */
function namedAt(tokens: string[], mentions: readonly Mention[]): boolean[] {
  const named = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) named[k] = true;
  return named;
}

/** "I do", "I help", "I run": the writer saying what their own job is. */
const HELD_VERBS = new Set(['do', 'help', 'run', 'wash', 'answer', 'book', 'type', 'look', 'sort', 'process', 'take', 'fit', 'support', 'assist', 'code', 'make', 'stock', 'work', 'deal', 'manage', 'sit', 'supervise', 'turn', 'build', 'spend', 'clean', 'test', 'repair', 'check', 'prepare', 'cook', 'serve', 'drive', 'collect', 'deliver', 'scan', 'analyse', 'plan', 'write', 'organise', 'train', 'teach', 'handle', 'dispense', 'order', 'pull', 'keep', 'set', 'fetch', 'move', 'push', 'feed', 'input', 'file', 'audit', 'report', 'empty', 'chase', 'prep', 'spin', 'mop', 'send', 'put', 'fix', 'reset', 'restock', 'get', 'change', 'lay', 'load', 'crew', 'receive', 'hand', 'swap', 'lead', 'go', 'greet', 'raise', 'roll', 'validate', 'wire', 'authorise', 'install', 'rebook', 'log', 'label']);

/** Before "works in": someone the writer asks for. */
const OTHER_PERSON = /^(?:she|he|wife|husband|partner|son|daughter|mum|mam|mother|dad|father|sister|brother|friend)$/;
/** In the words before "all day": a wish or a question, not the work done ("not on my feet all day"). */
const ALL_DAY_NOT = /^(?:want|wants|would|like|rather|love|fancy|could|can|dream|wish|instead|not|no|i|without|job|role)$/;

/** Where the writer says what they do now: each place's words, and which of them name a role. */
export interface HeldWindow {
  words: string[];
  named: boolean[];
  /** Where the words start, as a token position. */
  at: number;
}

/** "I do obs, washes and feeds on a ward", "my job is mostly SQL and Power BI": the words of what the writer does now, in order. */
export function* heldWindows(tokens: string[], mentions: readonly Mention[] = [], sentences: readonly number[] = []): Generator<HeldWindow> {
  const named = namedAt(tokens, mentions);
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "I do", "I basically set up", "I am working in", "I have been doing": the verb is part of the description.
    let k = i + 1;
    if (tokens[i] === 'i') while (k < tokens.length && HELD_ADVERBS.has(tokens[k]!)) k++;
    const verb = tokens[k] ?? '';
    // Not "what can I do" or "should I do": a question, not the job.
    // "I've been on the tills", "I am new in kitchen": "on" or "in" after "been", "am" or "new" says where the writer works.
    // "I have worked in the kitchen for 20 years", "I've cleaned the wards since 2015": done until now, so the job held.
    // ("I have done the tea trolley for 3 years": "done" too.)
    const perfect = tokens.slice(i + 1, k).includes('have') && !tokens.slice(i + 1, k).includes('been') && (heldEd(verb) || verb === 'done');
    const mine = tokens[i] === 'i' && (HELD_VERBS.has(verb) || heldIng(verb) || perfect || (/^(?:on|in)$/.test(verb) && /^(?:been|am|new)$/.test(tokens[k - 1] ?? ''))) && (sentences.includes(i) || !/^(?:can|could|should|would|shall|will|do|did|must|might|to)$/.test(tokens[i - 1] ?? ''));
    const myJob = tokens[i] === 'my' && /^(?:job|role|work|day)$/.test(tokens[i + 1] ?? '');
    // "I'm the one resetting passwords", "I'm the person who pushes the beds": the writer, by what they do.
    const theOne = tokens[i] === 'am' && tokens[i + 1] === 'the' && /^(?:one|person|guy|girl|lady|bloke|man|woman)$/.test(tokens[i + 2] ?? '');
    // "been cleaning the wards 4 years", "move from answering 111 calls to…": what the writer has been doing, with no "I".
    // "currently doing the meals round": what the writer does now, with no "I".
    const doing = (tokens[i] === 'been' && !/^(?:has|have|had)$/.test(tokens[i - 1] ?? '')) || tokens[i] === 'from' || tokens[i] === 'currently';
    // ("been on the same ward doing washes and obs for 6 years": where, then what, with no "I".)
    const ing = doing && (heldIng(tokens[i + 1] ?? '') || (tokens[i] === 'been' && /^(?:on|in)$/.test(tokens[i + 1] ?? '')));
    // "3 years on the tills", "ten years in the kitchens": time spent somewhere, said of oneself.
    const spent = /^(?:years?|yrs?|months?)$/.test(tokens[i]!) && /^(?:on|in)$/.test(tokens[i + 1] ?? '') && /^(?:\d+|a|few|many|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[i - 1] ?? '');
    // "what's needed … if you're on 111 calls now": "you" for the writer, with what they do now.
    const youAt = /^(?:your|youre|ur)$/.test(tokens[i]!) ? i + 1 : tokens[i] === 'you' && tokens[i + 1] === 'are' ? i + 2 : -1;
    const you = youAt > 0 && /^(?:if|when)$/.test(tokens[i - 1] ?? '') && /^(?:on|doing|working|in)$/.test(tokens[youAt] ?? '');
    // "… 999 calls. work in the canteen atm serving dinners", "…, working on the transport desk": a sentence or clause
    // opening on where the writer works, with no "I".
    const bare = (tokens[i] === 'work' || tokens[i] === 'working') && /^(?:in|on|at)$/.test(tokens[i + 1] ?? '') && (i === 0 || sentences.includes(i));
    // "started in 111 monday", "I just started on the switchboard": where a new job is, said of oneself.
    const lead = /^(?:just|recently)$/.test(tokens[i - 1] ?? '') ? i - 2 : i - 1;
    const begun = /^(?:started|joined)$/.test(tokens[i]!) && /^(?:in|on|at)$/.test(tokens[i + 1] ?? '') && (lead < 0 || sentences.includes(lead + 1) || /^(?:i|have)$/.test(tokens[lead] ?? ''));
    // "my wife works in the hospital kitchen", "she works on the tills": someone asked for, where they work.
    const theirs = /^(?:works|working)$/.test(tokens[i]!) && /^(?:in|on|at)$/.test(tokens[i + 1] ?? '') && OTHER_PERSON.test(tokens[i - 1] ?? '');
    // "burnt out. 111 calls all day, people shouting at me": a clause of the work itself, then "all day", with no wish.
    if (/^(?:all|every) (?:day|shift|night)$/.test(`${tokens[i]} ${tokens[i + 1]}`)) {
      const at = Math.max(i - 8, ...sentences.filter((x) => x <= i));
      const said = tokens.slice(at, i);
      if (said.length > 0 && !said.some((w) => ALL_DAY_NOT.test(w))) yield { words: said, named: named.slice(at, i), at };
    }
    const stay = stayedIn(tokens, i);
    if (stay > 1) yield { words: tokens.slice(i + 1, i + 1 + stay), named: named.slice(i + 1, i + 1 + stay), at: i + 1 };
    if (!mine && !myJob && !theOne && !ing && !spent && !you && !bare && !begun && !theirs) continue;
    const from = you ? youAt : mine || bare ? k : ing || spent || theirs || begun ? i + 1 : i + 2;
    // Not a wish: "I want to", "I would like to" come before a goal, not after "I do"; after "from", "to" starts the goal.
    const window = tokens.slice(from, from + 15);
    // ("I work like a helper in the pharmacy": "like" for "as" just after the verb is no wish.)
    const stop = window.findIndex((w, j) => w === 'want' || w === 'would' || (w === 'like' && !(j === 1 && /^(?:a|an)$/.test(window[2] ?? ''))) || w === 'become' || w === 'but' || w === 'rather' || (tokens[i] === 'from' && w === 'to'));
    // ("working in the lab would be my dream" is a wish.)
    if ((bare || begun) && !mine && stop >= 0 && window[stop] !== 'but') continue;
    const end = stop >= 0 ? stop : window.length;
    yield { words: window.slice(0, end), named: named.slice(from, from + end), at: from };
  }
}

/** The role whose work the writer says they do now, by its `describedBy` phrases. */
function describedHeld(content: Content, tokens: string[], mentions: readonly Mention[] = [], sentences: readonly number[] = []): Role | null {
  return heldWork(content, tokens, mentions, sentences)?.role ?? null;
}

/** The same, with the words of the work (from `at` to `end`); for a band on a ward, no words. */
function heldWork(content: Content, tokens: string[], mentions: readonly Mention[], sentences: readonly number[]): { role: Role; at: number; end: number } | null {
  // ("what else could I do? I take patients…": a sentence starting with "I" is no question "could I…".)
  for (const w of heldWindows(tokens, mentions, sentences)) {
    // "I work on the wards helping the physios get people walking again": the people the writer helps, named at
    // the end of a description of another job, say whose work it is before the rest of the words do.
    const around = mentions.find((m) => m.start >= w.at && m.end <= w.at + w.words.length && describedAround(content, tokens, m));
    const role = (around && describedAround(content, tokens, around)) ?? findDescription(content, w.words, w.named, true);
    if (role) return { role, at: w.at, end: w.at + w.words.length };
  }
  // "band 6 on AMU, thinking about ACP", "stuck at band 3 in the lab": a band in a place, with no job named.
  const banded = bandInPlace(content, tokens, mentions);
  return banded ? { role: banded, at: 0, end: 0 } : null;
}

/**
 * The job held, from what the writer says they do, where no job held is named or the one named is also the goal
 * ("I'm the helper in x-ray, I get patients changed into gowns… how would I train as a radiographer"). Where the
 * work is that of the one job named as the goal with no word making it a goal ("I'm the one resetting passwords
 * … on the service desk"), that job is the one held, and there is no goal. The new reading, or null.
 */
export function heldFromWork(content: Content, tokens: string[], mentions: readonly Mention[], sentences: readonly number[], role: Role | null, from: Role | null, uncued: readonly Mention[]): { role: Role | null; from: Role; why: string } | null {
  // "I work in audiology doing the hearing aid repairs": a field named only by its own name is where the writer
  // works; what they do there says which of its jobs is theirs.
  const field = from !== null && from !== role && mentions.every((m) => m.role !== from || (m.phrase.priority === 2 && /^(?:in|on|at)$/.test(tokens[m.start - (tokens[m.start - 1] === 'the' ? 2 : 1)] ?? '')));
  if (from && from !== role && !field) return null;
  const work = heldWork(content, tokens, mentions, sentences);
  if (!work) return null;
  const held = work.role;
  if (field) return held !== from && held !== role && held.family === from!.family ? { role, from: held, why: `${held.title} read from what the writer does in ${tokens.slice(work.at, work.end).join(' ')}` } : null;
  if (held !== role) return { role, from: held, why: `${held.title} read from what the writer does now` };
  // The job named with no cue, as where the work is done, within the words of it ("… all day on the service desk").
  // (Or, with no cue, the job's own name in those words or just after them: "I do the tea trolley and the menus on the ward (ward
  // hostess)"; not people named in the plural, worked with: "making the splints with the orthotists".)
  const inWork = (m: Mention) => m.start >= work.at && m.start <= work.end + 2 && !/[^s]s$/.test(tokens[m.end - 1] ?? '');
  const where = (m: Mention) => m.role === held && m.start >= work.at && ((m.end <= work.end && /^(?:on|in|at)$/.test(tokens[m.start - (tokens[m.start - 1] === 'the' ? 2 : 1)] ?? '')) || inWork(m));
  if (from || !uncued.some(where) || mentions.some((m) => m.role === held && !uncued.includes(m))) return null;
  return { role: null, from: held, why: `${held.title} read as the job held: the writer works there, doing its work` };
}

/**
 * "the radiographers who give radiotherapy", "nurses that work in mental health": a role of the family of
 * a job just named, after "who" or "that" and a verb or two, is what that job does: the mention of the job
 * it narrows, or null.
 */
export function whoField(tokens: string[], mentions: readonly Mention[], m: Mention): Mention | null {
  const x = mentions.find((y) => y.end + 1 < m.start && m.start - y.end <= 4 && /^(?:who|that)$/.test(tokens[y.end] ?? '') && y.role !== m.role && y.role.family === m.role.family);
  return x && WHO_DOES.test(tokens[x.end + 1] ?? '') && tokens.slice(x.end + 2, m.start).every((t) => !/^(?:and|but|or|i|im|not|never|want|wants)$/.test(t)) ? x : null;
}
