/**
 * Steps 1 to 4 of reading a question: normalise it, correct typos, find the
 * roles it names, and decide which is the role wanted and which the role held;
 * also which of the hand-written phrase rules it matches. Everything but the
 * choice of intent (understand.ts).
 */
import type { Content, Role } from '../../content/model.js';
import type { RoadmapArea } from '../../content/schema.js';
import { BAND_FROM, BAND_TARGET, cueFor, weakCue } from './cues.js';
import { AREA_RULES, PRECEDENCE, RULES, type Intent, type Rule } from './intents.js';
import { bandsOf, findMentions, siblingWithBand, type Mention } from './mentions.js';
import { normalise } from './normalise.js';
import { correct, indexOf, type Index } from './roles-index.js';
import { cueIsGoal, dropSpeakers, isAbroad, isDescribedGoal, isNegated, isOnBehalf, isPlainlyManaged, isPreferred } from './direction.js';
import { describedHeld, describedRoles, dropPlaces, placeAndJob } from './described.js';

export interface Analysed {
  idx: Index;
  tokens: string[];
  mentions: Mention[];
  explain: string[];
}

/** Before "X to Y": a move already made. */
const PAST_MOVE = /\b(?:moved|switched|went|changed|transferred|came|promoted|got promoted|stepped up|stepped down|been moved|worked my way up|worked up|progressed|gone) (?:over |across |up |down )?from(?: (?:a|an|the|being|being an?))?$/;

/** The role wanted was named by more than one word ("HR adviser", not just "HR"). */
function goalNamedFully(tokens: string[], mentions: Mention[], role: Role): boolean {
  return mentions.some((m) => m.role === role && m.end - m.start > 1);
}

/** Words of a question between two roles: the first is what is asked about. */
const QUESTION_BETWEEN = /\b(?:what|how|do i need|need|can i|could i|should i|is it|route|entry|requirements)\b/;

/** Bare job words that can name a goal in the family of the job held ("become a practitioner"). */
const BARE_JOBS = new Set(['practitioner', 'associate', 'assistant', 'technician', 'analyst', 'adviser', 'advisor', 'manager', 'leader', 'secretary', 'scientist', 'dispenser', 'coder', 'partner']);
const BARE_CUE = /\b(?:become|becoming|be|to|into|as|train as|step up to|move up to|go for|apply for)(?: (?:a|an|the))?$/;

/**
 * A bare job word after a goal cue, outside any mention, read as the one role in the
 * family of the job held whose title ends with it (the role sharing most words with
 * the job held, when there are several).
 */
function familyJob(content: Content, idx: Index, tokens: string[], mentions: Mention[], from: Role): Role | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!BARE_JOBS.has(word) || mentions.some((m) => i >= m.start && i < m.end)) continue;
    if (!BARE_CUE.test(tokens.slice(Math.max(0, i - 4), i).join(' '))) continue;
    const fromWords = new Set(normalise(from.title, content.understanding).split(' '));
    const kin = [...content.roles.values()]
      .filter((r) => r.family === from.family && r !== from && normalise(r.title.replace(/\s*\(.*\)\s*$/, ''), content.understanding).split(' ').at(-1) === word)
      .map((r) => ({ r, shared: normalise(r.title, content.understanding).split(' ').filter((w) => fromWords.has(w)).length }))
      .sort((a, b) => b.shared - a.shared);
    if (kin.length === 1 || (kin.length > 1 && kin[0]!.shared > kin[1]!.shared)) return kin[0]!.r;
  }
  return null;
}

export function analyse(content: Content, text: string): Analysed {
  const idx = indexOf(content);
  const explain: string[] = [];
  const tokens = normalise(text, content.understanding)
    .split(' ')
    .filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const fixed = correct(idx, tokens[i]!, (f) => (next !== undefined && idx.byText.has(`${f} ${next}`)) || (prev !== undefined && idx.byText.has(`${prev} ${f}`)));
    if (fixed && fixed !== tokens[i]) {
      explain.push(`read "${tokens[i]}" as "${fixed}"`);
      tokens[i] = fixed;
    }
  }
  const mentions = placeAndJob(idx, tokens, dropSpeakers(tokens, dropPlaces(tokens, findMentions(idx, tokens))));
  return { idx, tokens, mentions, explain };
}

export function describeMatch(content: Content, m: Mention, tokens: string[]): string {
  const said = tokens.slice(m.start, m.end).join(' ');
  const titleNorm = normalise(m.role.title, content.understanding);
  return said === titleNorm
    ? `matched role "${m.role.title}"`
    : `matched role "${m.role.title}" via ${m.phrase.priority === 0 ? 'synonym' : 'name'} "${said}"`;
}

/** Steps 1 to 4, and which intent rules the text matches: everything but the choice of intent. */
export interface Parsed {
  tokens: string[];
  /** The tokens joined: normalised text. */
  joined: string;
  /** The tokens with each role mention as `_role_`. */
  masked: string[];
  mentions: Mention[];
  cues: Array<'target' | 'from' | null>;
  role: Role | null;
  from: Role | null;
  band: string | null;
  /** A band stated as a goal ("get to band 4"). */
  bandTarget: string | null;
  /** A role named with a target cue, or a band named as a goal. */
  targetCued: boolean;
  /** The role wanted has a plain goal cue before it ("become", "train as", "set on"), not only "do" or "for". */
  goalCued: boolean;
  /** Words that ask about options ("next", "from here", "progress"). */
  optionsLike: boolean;
  /** The intent rules the text matches. */
  hits: Rule[];
  /** The writer asks for someone else ("one of my HCAs wants to…"); `from` is that person's role. */
  onBehalf: boolean;
  /** Other roles named as possible goals ("nursing, OT, maybe paramedic"), besides `role`. */
  alsoWanted: Role[];
  explain: string[];
}

export function parseQuestion(content: Content, text: string): Parsed {
  const { idx, tokens, mentions, explain } = analyse(content, text);
  const joined = tokens.join(' ');
  const bands = bandsOf(tokens);

  // Band adjustments: a band written next to a mention ("band 3 hca", "hca b2").
  for (const m of mentions) {
    // A name that says its band ("band 3 HCA") keeps it.
    if (m.phrase.tokens.includes('band')) continue;
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
  // "Is there an apprenticeship for ODP? I'm a theatre support worker": "for" names who a course is
  // for only when nothing else says who the person is; with a job held named plainly, it names the goal.
  const viaFor = (m: Mention) => tokens[m.start - 1] === 'for' || (tokens[m.start - 2] === 'for' && /^(?:a|an|the)$/.test(tokens[m.start - 1] ?? ''));
  const heldPlainly = mentions.some((m, i) => cues[i] === 'from' && !viaFor(m));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (cues[i] === 'from' && viaFor(m) && heldPlainly && mentions.some((x, j) => j !== i && cues[j] === 'from' && !viaFor(x) && x.role !== m.role)) cues[i] = 'target';
  }
  // "I moved from HCA to ward clerk", "worked my way up from HR admin to business partner":
  // after a move already made, the second role is the one held and the first is past.
  const past = new Set<number>();
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (!/^(?:to|into|to be an?|to an?|to the|onto)$/.test(tokens.slice(a.end, b.start).join(' '))) continue;
    if (!PAST_MOVE.test(tokens.slice(Math.max(0, a.start - 6), a.start).join(' '))) continue;
    cues[i - 1] = null;
    cues[i] = 'from';
    past.add(i - 1);
    explain.push(`a move already made: ${b.role.title} is the job held now`);
    break;
  }
  // Words around each mention that rule it out, make it a goal, or make it someone else's.
  const thirdPerson = /\b(?:wants|would like|is keen|is interested|is looking|is thinking|has been|she|he|her|him|they|them|my team|my staff|one of my|on behalf|who would|called|named)\b/.test(joined);
  let onBehalf = false;
  const negated = mentions.map((m, i) => past.has(i) || isNegated(tokens, m));
  const managed = mentions.findIndex((m, i) => !negated[i] && (isPlainlyManaged(tokens, m) || (thirdPerson && isOnBehalf(tokens, m))));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (isAbroad(tokens, m)) {
      negated[i] = false;
      cues[i] = 'target';
      explain.push(`${m.role.title} was a job in another country: read as the one to qualify for here`);
    } else if (negated[i] && /^(?:my whole life|forever|for ever|all my life|for the rest of my|much longer|for much longer)\b/.test(tokens.slice(m.end, m.end + 5).join(' '))) {
      // "I don't want to be an HCA my whole life": the job held now.
      negated[i] = false;
      cues[i] = 'from';
    } else if (negated[i]) {
      cues[i] = null;
      explain.push(`"${tokens.slice(m.start, m.end).join(' ')}" is ruled out by the words around it`);
    } else if (i === managed) {
      cues[i] = 'from';
      onBehalf = true;
      explain.push(`${m.role.title} read as the role of someone the writer asks for`);
    } else if (managed >= 0 && i < managed && cues[i] !== 'target') {
      // "Team leader here, one of my HCAs…": the writer's own job, not the one asked about.
      negated[i] = true;
      explain.push(`${m.role.title} read as the writer's own job`);
    } else if (cues[i] !== 'target' && isDescribedGoal(tokens, m)) {
      cues[i] = 'target';
      explain.push(`${m.role.title} is the job described as a goal`);
    } else if (cues[i] === 'from' && cueIsGoal(tokens, m, mentions)) {
      cues[i] = 'target';
      explain.push(`"as" after a verb of moving: ${m.role.title} is the goal`);
    }
  }
  // "… asking for one of my team": the whole message is about someone else.
  if (!onBehalf && /\basking for (?:one of my|one of our|a colleague|a member of my|someone in my|my)\b/.test(joined)) onBehalf = true;
  let role: Role | null = null;
  let from: Role | null = null;
  const optionsLike = /\b(?:options|next|from here|progress|choices|move up|step up|what can (?:a|an)|where can i go|out there for me|what else could|what else can)\b/.test(joined);
  let bandTarget: string | null = null;
  const bt = BAND_TARGET.exec(joined);
  if (bt && !BAND_FROM.test(joined.slice(Math.max(0, bt.index - 6), bt.index + bt[0].length))) bandTarget = bt[1]!;

  let lastTarget: Mention | null = null;
  /** The goal was picked by a chain ("HCA to AP to RN") or a preference ("mostly physio"), not just by order. */
  let decided = false;
  // Of several goals ("OT or physio? mostly physio"), the one the words prefer.
  // The last preference stated wins: "thinking nursing or OT, leaning OT".
  const preferred = mentions.findLastIndex((m, i) => !negated[i] && cues[i] !== 'from' && isPreferred(tokens, m));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.how) explain.push(m.how);
    if (negated[i]) continue;
    // A chain "TNA to NA to RN": the last goal in the chain is the one wanted.
    const gap = lastTarget ? tokens.slice(lastTarget.end, m.start).join(' ') : '';
    // "into HR as an HR adviser": the one-word area, then the job in it.
    const narrowed = lastTarget !== null && lastTarget.end - lastTarget.start === 1 && lastTarget.end - lastTarget.start < m.end - m.start && tokens.slice(m.start, m.end).includes(tokens[lastTarget.start]!) && /^as(?: (?:a|an|the))?$/.test(gap);
    const chained = lastTarget !== null && (narrowed || /^(?:to|then|then to|and then|into)$/.test(gap) || /\b(?:then|up to|on to|onto|and after that|after that|later|end up|eventually|ultimately|one day|long term)\b/.test(gap));
    if (chained || (i === preferred && cues[i] === 'target')) decided = true;
    // A goal said plainly ("I want to become a clinical coder") wins over one read only from weak signs
    // ("the only thing going was a band 2 admin post").
    const plainer = role !== null && lastTarget !== null && !decided && weakCue(idx.vocabulary, tokens, lastTarget) && !weakCue(idx.vocabulary, tokens, m);
    if (cues[i] === 'target' && (!role || chained || i === preferred || plainer)) {
      role = m.role;
      lastTarget = m;
      explain.push(`${describeMatch(content, m, tokens)} as the role wanted`);
    } else if (cues[i] === 'from' && !from) {
      from = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the current role`);
    }
  }
  // Each role once: "physiotherapy or OT… leaning physio" names physiotherapy twice.
  const uncued = mentions.filter((m, i) => cues[i] === null && !negated[i] && mentions.findIndex((x, j) => x.role === m.role && !negated[j]) === i);
  // "nursing, OT, maybe paramedic": a list of roles with no cue is a list of goals, not "from X to Y".
  // (Short words between them may be abbreviations of other roles: "nursing, OT, maybe paramedic".)
  const listWord = /^(?:or|and|maybe|perhaps|possibly|even|vs|versus|[a-z]{1,3})$/;
  // The list is the run of roles from the first, each joined to the one before by list words:
  // "physio or OT, leaning OT really. band 2 hca on a rehab ward" lists two goals, then the job held.
  let run = 1;
  while (run < uncued.length && tokens.slice(uncued[run - 1]!.end, uncued[run]!.start).every((t) => listWord.test(t)) && uncued[run]!.start - uncued[run - 1]!.end <= 3) run++;
  const listOfGoals = run >= 2;
  const inList = (m: Mention) => uncued.indexOf(m) < run;
  // A role preferred anywhere it is named ("paramedic or ODP, prob paramedic").
  // The last preference stated wins: "thinking nursing or OT, leaning OT".
  const lastPreferred = mentions.findLastIndex((x, j) => !negated[j] && cues[j] !== 'from' && isPreferred(tokens, x));
  const preferredUncued = lastPreferred < 0 ? -1 : uncued.findIndex((m) => m.role === mentions[lastPreferred]!.role);
  for (let i = 0; i < uncued.length; i++) {
    const m = uncued[i]!;
    const r = role;
    const f = from;
    if (r?.id === m.role.id || f?.id === m.role.id) continue;
    let as: 'target' | 'from' | null = null;
    // "the TNA", "the AP apprenticeship": a thing talked about, not the person's own job.
    const thing = tokens[m.start - 1] === 'the';
    // A list of uncued roles is a list of goals, also when the job held was named with a cue elsewhere.
    if (listOfGoals && inList(m) && (!f || !uncued.some((u) => u.role === f))) {
      if (i === preferredUncued) decided = true;
      if (!r || i === preferredUncued) as = 'target';
    } else if (thing) {
      if (!r) as = 'target';
    } else if (!r && !f) {
      // "HCA to AP": the first of two is the job held; but in "MSW jobs - what do I need? HCA on gynae"
      // a question comes between them, so the first is what is asked about.
      const asked = uncued.length >= 2 && i === 0 && QUESTION_BETWEEN.test(tokens.slice(m.end, uncued[1]!.start).join(' '));
      if (asked) as = 'target';
      else if (uncued.length >= 2 && i === 0) as = 'from';
      else if (optionsLike || bandTarget) as = 'from';
      // "Band 3 admin, 10 yrs in outpatients": a role with its band, said of oneself.
      else if (tokens[m.start - 2] === 'band' && m.start <= 2) as = 'from';
      else as = 'target';
    } else if (!r) {
      // "Was thinking nursing associate but my heart's set on children's nursing": wait for the one preferred.
      const waitForPreferred = preferredUncued >= 0 && preferredUncued !== i;
      as = !waitForPreferred && (!bandTarget || m.role.bands.includes(bandTarget as Role['bands'][number])) ? 'target' : null;
    }
    // "Was thinking about nursing associate but my heart's set on mental health nursing": the later preference wins.
    else if (i === preferredUncued && !decided && !negated[mentions.indexOf(m)]) {
      as = 'target';
      decided = true;
    } else if (!f) as = 'from';
    if (as === 'target') {
      role = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the role wanted (no cue words)`);
    } else if (as === 'from') {
      from = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the current role (no cue words)`);
    }
  }
  const targetCued = cues.includes('target');
  const goalCued = mentions.some((m, i) => cues[i] === 'target' && m.role === role && !weakCue(idx.vocabulary, tokens, m));
  const describedAll = describedRoles(content, tokens);
  const described = describedAll[0] ?? null;
  // "the HR people who sit in on disciplinaries": what the job does says which of the family it is.
  if (described && role && !decided && !describedAll.includes(role) && described !== from && described.family === role.family && !goalNamedFully(tokens, mentions, role)) {
    explain.push(`${described.title} read from what the job does, rather than ${role.title}`);
    role = described;
  }
  // "portering 2 yrs. want to do bloods": a job named with no cue, and a goal described after "want to":
  // the named job is the one held.
  if (described && role && !from && !decided && !targetCued && !describedAll.includes(role) && mentions.filter((m, i) => !negated[i]).every((m) => m.role === role)) {
    explain.push(`${role.title} read as the job held, and ${described.title} as the job described as the goal`);
    from = role;
    role = described;
  }
  if (!role && described && described !== from) {
    role = described;
    explain.push(`${described.title} read from what the job does`);
  }
  if (!from) {
    // "I do obs, washes and feeds on a ward": the job held, from what the writer does.
    const held = describedHeld(content, tokens);
    if (held && held !== role) {
      from = held;
      explain.push(`${held.title} read from what the writer does now`);
    }
  }
  if (!role && from) {
    // "I'm a healthcare science associate, how do I become a practitioner": a bare job word, in the family of the job held.
    const kin = familyJob(content, idx, tokens, mentions, from);
    if (kin) {
      role = kin;
      explain.push(`"${kin.title}" read from a job word, in the same family as ${from.title}`);
    }
  }
  if (!role && bandTarget) {
    const base = from;
    const sib = base ? siblingWithBand(content, base, bandTarget) : null;
    if (sib && base && sib.id !== base.id) {
      role = sib;
      explain.push(`"band ${bandTarget}" as a goal from ${base.title} points to ${sib.title}`);
    } else explain.push(`"band ${bandTarget}" stated as a goal, with no single role for it`);
  }
  // One band stated anywhere ("HCA in a GP surgery, band 3"; "she's band 3"): the band of the role held.
  const heldBands = [...new Set(bands.map((b) => b.band))].filter((b) => b !== bandTarget);
  if (from && heldBands.length === 1 && !bandTarget) {
    const sib = siblingWithBand(content, from, heldBands[0]!);
    if (sib && sib.id !== from.id && sib.id !== role?.id) {
      explain.push(`"band ${heldBands[0]}" in the message points to ${sib.title}`);
      from = sib;
    }
  }
  if (role && from && role.id === from.id) from = null;
  // "can a porter become a team leader?", "one of my porters wants to step up to supervisor": a general job name,
  // narrowed to the one job of that name in the family of the job held (porter team leader, facilities supervisor).
  if (role && from && role.family !== from.family) {
    const said = mentions.find((m) => m.role === role)?.phrase.text;
    const held = from;
    // The word before the general name must be the held job's own word or its family's: "porter team leader", "facilities supervisor".
    const heldWords = new Set([held.family, ...[held.title, ...held.synonyms].flatMap((n) => normalise(n, content.understanding).split(' '))]);
    const kin = said
      ? [...content.roles.values()].filter(
          (r) => r.family === held.family && r !== held && [r.title, ...r.synonyms].some((n) => heldWords.has(normalise(n, content.understanding).split(' ').at(-said.split(' ').length - 1) ?? '') && normalise(n, content.understanding).endsWith(` ${said}`)),
        )
      : [];
    if (kin.length === 1) {
      explain.push(`"${said}" read as ${kin[0]!.title}, in the family of ${from.title}`);
      role = kin[0]!;
    }
  }

  let band: string | null = null;
  const bf = BAND_FROM.exec(joined);
  if (bf) band = bf[1]!;
  else if (bands[0]) band = bands[0].band;
  if (band) explain.push(`band ${band} stated`);
  // "I want to be a senior HCA, I'm band 2": the one job at that band in the family of the goal.
  if (!from && role && bf && band !== bandTarget) {
    const atBand = [...content.roles.values()].filter((r) => r.family === role!.family && r !== role && r.bands.length === 1 && r.bands[0] === band);
    if (atBand.length === 1) {
      from = atBand[0]!;
      explain.push(`band ${band} in the family of ${role.title} points to ${from.title} as the job held`);
    }
  }

  const masked: string[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < m.start) masked.push(tokens[k++]!);
    masked.push('_role_');
    k = m.end;
  }
  while (k < tokens.length) masked.push(tokens[k++]!);
  const maskedText = masked.join(' ');
  const hits = RULES.filter((rule) => rule.re.test(rule.raw ? joined : maskedText));
  const alsoWanted = decided ? [] : mentions.filter((m, i) => !negated[i] && cues[i] !== 'from' && m.role !== role && m.role !== from).map((m) => m.role).filter((r, i, all) => all.indexOf(r) === i);
  return { tokens, joined, masked, mentions, cues, role, from, band, bandTarget, targetCued: targetCued || bandTarget !== null, goalCued, optionsLike, hits, onBehalf, alsoWanted, explain };
}

/** Step 5 by the rules alone: weighted phrase rules, with the roles found. */
export function ruleScores(p: Parsed): { scores: Map<Intent, number>; why: Map<Intent, string[]> } {
  const scores = new Map<Intent, number>();
  const why = new Map<Intent, string[]>();
  const bump = (intent: Intent, w: number, label: string) => {
    scores.set(intent, (scores.get(intent) ?? 0) + w);
    let list = why.get(intent);
    if (!list) why.set(intent, (list = []));
    list.push(label);
  };
  for (const rule of p.hits) bump(rule.intent, rule.weight, rule.label);
  const maskedText = p.masked.join(' ');
  if (AREA_RULES.some((a) => new RegExp(a.re.source).test(maskedText))) bump('resources', 2, 'a learning area word');
  if (p.role) bump('pathway', p.targetCued ? 3 : 1.5, p.targetCued ? 'a role named as a goal' : 'a role named');
  else if (p.from) bump('options', 1, 'only a current role named');
  return { scores, why };
}

/** The rules' choice: the highest score, ties by a fixed precedence; below 1, unknown. */
export function ruleIntent(p: Parsed): { intent: Intent; top: number; second: number; why: string[] } {
  const { scores, why } = ruleScores(p);
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
  return { intent, top, second, why: why.get(intent) ?? [] };
}

/** The roadmap area a resources question is about: the area with the most of its words. */
export function areaOf(p: Parsed): RoadmapArea | null {
  const maskedText = p.masked.join(' ');
  let area: RoadmapArea | null = null;
  let best = 0;
  for (const a of AREA_RULES) {
    const n = maskedText.match(a.re)?.length ?? 0;
    if (n > best) {
      best = n;
      area = a.area;
    }
  }
  return area;
}

