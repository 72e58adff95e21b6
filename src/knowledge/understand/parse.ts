/**
 * Step 4 of reading a question: from the first reading (reading.ts: the words,
 * the roles named, their cue words and the phrase rules matched), decide which
 * role is wanted and which is held, whether the writer asks for someone else,
 * and the bands. Everything but the choice of intent (understand.ts).
 */
import { dashAsTo } from './dashed-jobs.js';
import { otherStaffGroups } from './staff-groups.js';
import type { Content, Role } from '../../content/model.js';
import type { RoadmapArea } from '../../content/schema.js';
import { cueFor, othersWorkDone, skillTraining, subjectStudied, weakCue } from './cues.js';
import { AREA_RULES, type Rule } from './intents.js';
import { aloneInSentence, firstReading, sentenceStart } from './reading.js';
import { siblingWithBand, type Mention } from './mentions.js';
import { capitalsOf, normaliseName } from './normalise.js';
import { indexOf } from './roles-index.js';
import { cueIsGoal, heldNowRank, isBecameSince, isStepFirst, isAbroad, isDescribedGoal, isDoubted, isNegated, isNotYet, isOnBehalf, isPlainlyManaged, isPreferred } from './direction.js';
import { describedAround, heldFromWork, whoField, describedRoles } from './described.js';
import { aboveInFamily, familyJob, generalNameInHeldFamily, goalNamedFully, qualifyingJob, seniorOf, titledWith } from './family.js';
import { describedGoal } from './similar.js';
import { goalList, OR_AGAIN } from './lists.js';
import { managementGoal } from './management-goal.js';
import { jobAfterWorkPlace, jobToUnnamedGoal } from './held-clause.js';
import { fieldAfterRuledOut } from './ruled-out-field.js';
import { fieldAskedAbout } from './field-asked.js';
import { bareJobLabel } from './bare-job.js';
import { isColleagueInCharge } from './in-charge.js';
import { isOwnJobBeside } from './own-job-beside.js';
import { isHardTalkWith } from './hard-talk.js';
import { isStatedGoal } from './stated-goal.js';
import { answeredJob } from './answered-jobs.js';
import { BAND, bandClauseAtEnd, GOAL_ASKED, jobWithBandOpens, opensAfterBand, opensBeforeGoal } from './own-band.js';


/** Words of a question between two roles: the first is what is asked about. */
const QUESTION_BETWEEN = /\b(?:what|how|do i need|need|can i|could i|should i|is it|route|entry|requirements|am i|eligible|possible)\b/;

/** Words of ward work, and words of other work, for a band stated with no job named ("IT" too, in capitals: "get into it" is no job). */
const WARD_WORDS = /\b(?:ward|wards|hca|hcas|hcsw|patients?|obs|bloods|catheters?|theatres?|clinical|nursing|nurses?|care|elderly|bank|community team|amu|icu|itu|a and e|surgical|medical|rehab)\b/;
const OTHER_WORK = /\b(?:admin|office|finance|hr|estates|lab|laboratory|pharmacy|kitchen|catering|porter|porters|portering|domestic|domestics|reception|receptionist|records|payroll|booking|secretary|clerk|digital|data|facilities|housekeeping|switchboard)\b/;

export function describeMatch(content: Content, m: Mention, tokens: string[]): string {
  const said = tokens.slice(m.start, m.end).join(' ');
  const titleNorm = normaliseName(m.role.title, content.understanding);
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
  const reading = firstReading(content, dashAsTo(content, text));
  const { idx, tokens, mentions, explain, sentences, clauses, joined, bands, band, bandTarget, optionsLike } = reading;
  const cues = [...reading.cues];
  const { past } = reading;
  const startOf = (i: number) => sentenceStart(sentences, i);
  const alone = (m: Mention, where = false) => aloneInSentence(tokens, sentences, m, where);
  // Words around each mention that rule it out, make it a goal, or make it someone else's.
  const thirdPerson = /\b(?:wants|would like|is keen|keen on|is interested|is looking|is thinking|has been|she|he|her|him|they|them|my team|my staff|one of my|on behalf|who would|called|named)\b/.test(joined);
  let onBehalf = false;
  const answered = mentions.map((m) => answeredJob(tokens, sentences, mentions, m));
  const negated = mentions.map((m, i) => answered[i] === 'no' || (!isStatedGoal(tokens, m) && answered[i] !== 'yes' && (past.has(i) || isNegated(tokens, m, mentions) || isStepFirst(tokens, m) || othersWorkDone(tokens, m) || whoField(tokens, mentions, m) !== null || subjectStudied(tokens, m) || skillTraining(tokens, m) || fieldAskedAbout(tokens, m, mentions) || isColleagueInCharge(tokens, m))));
  /** Jobs held in another country: goals only until a goal here is said plainly ("… I want to work as a mental health nurse here"). */
  const abroad = new Set<Mention>();
  let managed = mentions.findIndex((m, i) => !negated[i] && (isPlainlyManaged(tokens, m) || (thirdPerson && isOnBehalf(tokens, m))));
  // "a hard conversation with one of my domestics": one of the writer's staff to be told something hard, for the writer's own learning.
  if (managed >= 0 && isHardTalkWith(tokens, mentions[managed]!)) {
    negated[managed] = true;
    explain.push(`${mentions[managed]!.role.title} read as one of the writer's staff, to be talked to`);
    managed = -1;
  }
  if (managed >= 0) for (const j of otherStaffGroups(tokens, mentions, managed)) negated[j] = true;
  /** "X or go straight for Y": the first step named (a goal), and the way straight past it (asked about, never the job held). */
  const firstSteps = new Set<Mention>();
  const wayPast = new Set<Mention>();
  /** Goals read from "as" after a verb of moving. */
  const asGoal = new Set<Mention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // ("support worker, before in Spain I studied…": after a comma, a country with "I" after it starts a sentence of its own.)
    // ("I am a nurse from Ghana … so now I am RN band 5 on the elderly ward": the same job, said to be held here now, is no goal.)
    const heldHereNow = mentions.some((x, j) => j !== i && x.role === m.role && cues[j] === 'from' && heldNowRank(tokens, x, startOf(x.start)) >= 2);
    if (isAbroad(tokens, m, sentences.find((s) => s > m.start)) && !heldHereNow && !(clauses.includes(m.end) && /^(?:\S+ )?in \S+(?: \S+)? i\b/.test(tokens.slice(m.end, m.end + 6).join(' ')))) {
      negated[i] = false;
      cues[i] = 'target';
      abroad.add(m);
      if (i === managed) onBehalf = true;
      explain.push(`${m.role.title} was a job in another country: read as the one to qualify for here`);
    } else if ((negated[i] || /\b(?:do not|never) (?:want|wish) to still be(?: (?:a|an|the))?$/.test(tokens.slice(Math.max(0, m.start - 8), m.start).join(' '))) && /^(?:my whole life|forever|for ever|all my life|for the rest of my|much longer|for much longer|when i am (?:\d+|old|older|retired|in my \S+)|at (?:\d+|retirement age)|in (?:\d+|five|ten|fifteen|twenty) years|until i retire|till i retire|til i retire|into my (?:\d+s|forties|fifties|sixties))\b/.test(tokens.slice(m.end, m.end + 5).join(' '))) {
      // "I don't want to be an HCA my whole life", "dont wanna be portering when im 50", "don't want to still be an HCA in ten
      // years": the job held now, not wanted for later.
      negated[i] = false;
      cues[i] = 'from';
    } else if (negated[i]) {
      cues[i] = null;
      explain.push(`"${tokens.slice(m.start, m.end).join(' ')}" is ruled out by the words around it`);
    } else if (describedAround(content, tokens, m) && !(i === managed && thirdPerson)) {
      // "how do I get a job helping the physios?": the physios are part of what the job wanted does (but in "I supervise the
      // porters, one of them wants…", people the writer speaks of).
      negated[i] = true;
      cues[i] = null;
      explain.push(`"${tokens.slice(m.start, m.end).join(' ')}" is part of what ${describedAround(content, tokens, m)!.title} does`);
    } else if (i === managed) {
      cues[i] = 'from';
      onBehalf = true;
      explain.push(`${m.role.title} read as the role of someone the writer asks for`);
    } else if (managed >= 0 && ((i < managed && cues[i] !== 'target') || (i > managed && isOwnJobBeside(tokens, m)))) {
      // "Team leader here, one of my HCAs…", "… I am his supervisor": the writer's own job, not the one asked about.
      negated[i] = true;
      explain.push(`${m.role.title} read as the writer's own job`);
    } else if (cues[i] === 'target' && straightAfter(tokens, mentions, m)) {
      // "Associate audiologist or go straight for the audiologist degree?": the first step named is the goal, the other one asked about.
      cues[i] = null;
      firstSteps.add(straightAfter(tokens, mentions, m)!);
      wayPast.add(m);
      explain.push(`${m.role.title} is the way straight past the step named before it`);
    } else if (cues[i] !== 'target' && (isStatedGoal(tokens, m) || answered[i] === 'yes')) {
      // "me porter now, paramedic is my dream": said to be what the writer wants.
      cues[i] = 'target';
      explain.push(`${m.role.title} is said to be what the writer wants`);
    } else if (isDoubted(tokens, m)) {
      cues[i] = 'from';
      explain.push(`${m.role.title} read as the job held, which the writer is not sure about staying in`);
    } else if (cues[i] !== 'target' && isDescribedGoal(tokens, m, startOf(m.start))) {
      cues[i] = 'target';
      explain.push(`${m.role.title} is the job described as a goal`);
    } else if (cues[i] === 'target' && isBecameSince(tokens, m, startOf(m.start))) {
      cues[i] = 'from';
      explain.push(`${m.role.title} is a job taken since an earlier one: read as held`);
    } else if (cues[i] === 'from' && cueIsGoal(tokens, m, mentions, idx.vocabulary.fillers)) {
      cues[i] = 'target';
      asGoal.add(m);
      explain.push(`"as" after a verb of moving: ${m.role.title} is the goal`);
    } else if (cues[i] === 'from' && i > 0 && asGoal.has(mentions[i - 1]!) && /^or(?: (?:a|an|as an?))?$/.test(tokens.slice(mentions[i - 1]!.end, m.start).join(' '))) {
      // "would I be better as a medical secretary or a phlebotomist": the "as" goes with both.
      cues[i] = 'target';
      explain.push(`${m.role.title} is the other goal after "or"`);
    }
  }
  // "… asking for one of my team", "got a lad on my team", "one of my girls wants…": the whole message is about someone else.
  if (!onBehalf && /\b(?:asking for (?:one of my|one of our|a colleague|a member of my|someone in my|my)|(?:one|some|two|a few|couple) of (?:my|our) (?:team|staff|lads|girls|ladies|guys)|(?:a|one) (?:lad|girl|lady|guy|fella|young lad|member of staff|staff member|team member) (?:on|in) (?:my|our) (?:team|shift|crew))\b/.test(joined)) onBehalf = true;
  let role: Role | null = null;
  let from: Role | null = null;

  let lastTarget: Mention | null = null;
  let fromAt = -1;
  /** "now I'm a band 2 HCA", "I am now working as a porter", "HCA now": said to be the job held now. */
  const heldNow = (m: Mention) => heldNowRank(tokens, m, startOf(m.start), clauses.includes(m.end) && mentions.some((x) => x.start === m.end + 1));
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
    // Also "into HR as an adviser": the job word read with the area ("hr … adviser") names the job in it.
    // "fancy HR. Could I become an HR adviser?": a goal named again more narrowly.
    // Also "become a nurse? … want RN learning disability": a role of the same family whose title has the general word.
    const narrowed = lastTarget !== null && lastTarget.end - lastTarget.start === 1 && ((lastTarget.phrase.tokens.length < m.phrase.tokens.length && m.phrase.tokens.includes(tokens[lastTarget.start]!)) || titledWith(content, m.role, lastTarget)) && (/^as(?: (?:a|an|the))?$/.test(gap) || cues[i] === 'target');
    // "want AAP then para", "TNA then RN?": a later step after "then" (with no "to") leaves the first goal the one wanted.
    // (Not a past: "used to be a carer, then HCA", nor a whole route: "ECA then AAP then paramedic".)
    const laterStep = lastTarget !== null && /^(?:and |n )?then(?: maybe| eventually| later| after)?$/.test(gap) && tokens[m.end] !== 'then' && tokens[lastTarget.start - 1] !== 'then' && !/\b(?:used to|was|were|been|did)\b/.test(tokens.slice(startOf(lastTarget.start), lastTarget.start).join(' '));
    const chained = lastTarget !== null && (narrowed || (!laterStep && (/^(?:to|then|then to|and then|into)$/.test(gap) || /\b(?:then|up to|on to|onto|and after that|after that|later|end up|eventually|ultimately|one day|long term)\b/.test(gap))));
    if (chained || (i === preferred && cues[i] === 'target')) decided = true;
    // A goal said plainly ("I want to become a clinical coder") wins over one read only from weak signs
    // ("the only thing going was a band 2 admin post").
    // (Not two goals joined by "or", the second with the goal's verb said again: "whether nursing or becoming a paramedic".)
    const plainer = role !== null && lastTarget !== null && !decided && !/^or(?: an?| the)?$/.test(gap) && !OR_AGAIN.test(gap) && (weakCue(idx.vocabulary, tokens, lastTarget, startOf(lastTarget.start)) || (abroad.has(lastTarget) && !abroad.has(m))) && !weakCue(idx.vocabulary, tokens, m, startOf(m.start));
    if (cues[i] === 'target' && (!role || chained || i === preferred || plainer)) {
      role = m.role;
      lastTarget = m;
      explain.push(`${describeMatch(content, m, tokens)} as the role wanted`);
    } else if (cues[i] === 'from' && !from) {
      from = m.role;
      fromAt = i;
      explain.push(`${describeMatch(content, m, tokens)} as the current role`);
    } else if (cues[i] === 'from' && from && from !== m.role && heldNow(m) > heldNow(mentions[fromAt]!)) {
      // "I've been a porter, then a domestic, now I'm a band 2 HCA": the job said to be held now wins; the others are past.
      negated[fromAt] = true;
      explain.push(`${m.role.title} is the job held now; ${from.title} was before`);
      from = m.role;
      fromAt = i;
    }
  }
  // Each role once: "physiotherapy or OT… leaning physio" names physiotherapy twice.
  const uncued = mentions.filter((m, i) => cues[i] === null && !negated[i] && mentions.findIndex((x, j) => x.role === m.role && !negated[j]) === i);
  // "nursing, OT, maybe paramedic": a list of roles with no cue is a list of goals, not "from X to Y" (lists.ts).
  const { first, run } = goalList(tokens, uncued, clauses, sentences, reading.stated);
  const listOfGoals = run - first >= 2;
  const inList = (m: Mention) => uncued.indexOf(m) >= first && uncued.indexOf(m) < run;
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
      // "start in audiology at the bottom - the hearing care assistant apprenticeship thing": a goal named by its
      // field of work, then "the" job of that field: the job is the goal, said more narrowly. So is "the" job preferred
      // ("… but actually it's the ODP I'm drawn to"), unless it is a word of the goal's name said again ("children's nursing … the nursing").
      const field = r !== null && !decided && m.role.family === r.family && mentions.some((x, j) => x.role === r && cues[j] === 'target' && x.phrase.priority === 2 && x.end - x.start === 1 && x.end <= m.start && !/\b(?:or|vs|versus|if|and|have|has|had|not)\b/.test(tokens.slice(x.end, m.start).join(' ')));
      if (!r || field || (i === preferredUncued && !decided && !mentions.some((x) => x.role === r && tokens.slice(x.start, x.end).includes(tokens[m.start]!)))) as = 'target';
    } else if (!r && !f) {
      // "HCA to AP": the first of two is the job held; but in "MSW jobs - what do I need? HCA on gynae"
      // a question comes between them, so the first is what is asked about.
      // (Not when the question asks for options: "Senior HCSW band 3 - what are my choices? nursing, AP" names the job held first.)
      // (Nor when the first opens the message after its band: "band 3 nursing assistant on PICU, how do I get my RMN".)
      // (Nor when the first has its own band just after it: "RMN band 5 how long til ACP".)
      const ownBand = tokens[m.end] === 'band' && BAND.test(tokens[m.end + 1] ?? '');
      const asked = !optionsLike && uncued.length >= 2 && i === 0 && !opensAfterBand(tokens, m, true) && !ownBand && QUESTION_BETWEEN.test(tokens.slice(m.end, uncued[1]!.start).join(' '));
      if (asked || firstSteps.has(m)) as = 'target';
      // "Orthoptics or optometry? … Probably orthoptics": a job named again later with a preference is the goal.
      else if (i === preferredUncued && mentions[lastPreferred] !== m) {
        as = 'target';
        decided = true;
      }
      // "im 58 and thinking about my last few years. senior hca. can we chat": a job on its own, after the first sentence, is the writer's.
      else if (alone(m, true)) as = 'from';
      else if (uncued.length >= 2 && i === 0) as = 'from';
      else if (optionsLike || bandTarget) as = 'from';
      // "Band 3 admin, 10 yrs in outpatients", "Senior HCA band 3. Want to do…", "need CPD ideas for my HCPC renewal, band 5 podiatrist":
      // a role with its band, said of oneself; "i am working in kitchen, catering assistant.": a role after where one works.
      // "band 3 HCSW on ortho": a bare label of the job, its band and where it is done (bare-job.ts).
      else if (opensAfterBand(tokens, m) || bareJobLabel(tokens, m, uncued.length) || bandClauseAtEnd(tokens, m, clauses, sentences.find((s) => s > m.start) ?? tokens.length) || [jobWithBandOpens, jobAfterWorkPlace, jobToUnnamedGoal].some((f) => f(tokens, m, startOf(m.start), sentences.find((s) => s > m.start) ?? tokens.length, clauses))) as = 'from';
      // "How do I become a police officer? Band 3 admin.": a role with its band, after a goal the bot has no role for.
      else if ((tokens[m.start - 2] === 'band' || m.phrase.tokens[0] === 'band') && GOAL_ASKED.test(tokens.slice(0, m.phrase.tokens[0] === 'band' ? m.start : Math.max(0, m.start - 2)).join(' '))) as = 'from';
      // "payroll officer b4 need advanced excel course", "dental nurse band 4 - could I train as a dental hygienist?", "kitchen porter,
      // how 2 b a chef": the same, opening the message with its band and no question about getting into it, or before such a goal (own-band.ts).
      else if (uncued.length === 1 && opensBeforeGoal(tokens, m, clauses)) as = 'from';
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
    if (as === 'from' && wayPast.has(m)) as = null;
    if (as === 'target') {
      role = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the role wanted (no cue words)`);
    } else if (as === 'from') {
      from = m.role;
      explain.push(`${describeMatch(content, m, tokens)} as the current role (no cue words)`);
    }
  }
  const targetCued = cues.includes('target');
  const goalCued = mentions.some((m, i) => cues[i] === 'target' && m.role === role && !weakCue(idx.vocabulary, tokens, m, startOf(m.start)));
  // "the job where you help people get home safe": else the role whose own texts are most like the words.
  const describedAll = describedRoles(content, tokens, mentions);
  if (describedAll.length === 0) describedAll.push(...describedGoal(content, tokens, mentions, [...sentences, ...clauses], new Set(mentions.filter((m, i) => negated[i]).map((m) => m.role))));
  const described = describedAll[0] ?? null;
  // "the radiographers who give radiotherapy": a job named, then another of its family for what it does.
  const who = role && !decided ? mentions.find((m) => whoField(tokens, mentions, m)?.role === role) : undefined;
  if (who) role = who.role;
  // "the HR people who sit in on disciplinaries": what the job does says which of the family it is.
  if (described && role && !decided && !describedAll.includes(role) && described !== from && described.family === role.family && !goalNamedFully(content, mentions, role, described)) {
    explain.push(`${described.title} read from what the job does, rather than ${role.title}`);
    role = described;
    // The same goal, said more narrowly: not a second one.
    decided = true;
  }
  // "portering 2 yrs. want to do bloods": a job named with no cue, and a goal described after "want to":
  // the named job is the one held. ("receptionist b2 i want the job where you type up clinic letters": also when
  // the words fit the named job less well, if it is named before the wish.)
  const wish = tokens.findIndex((t, k) => tokens[k - 1] === 'i' && /^(?:want|wanna|like|love)$/.test(t));
  if (described && role && !from && !decided && !targetCued && described !== role && (!describedAll.includes(role) || (wish > 0 && mentions.every((m, i) => negated[i] || m.end <= wish))) && mentions.filter((m, i) => !negated[i]).every((m) => m.role === role)) {
    explain.push(`${role.title} read as the job held, and ${described.title} as the job described as the goal`);
    from = role;
    role = described;
  }
  // "the feet people in community (podiatry?) how do u become one", "I help the physios…, how do I become one": "one" is the job just named.
  const one = /\b(?:become|be|train as|qualify as|work as) one\b(?! of)/.exec(joined);
  if (!role && one) {
    const at = joined.slice(0, one.index).split(' ').length - 1;
    const named = mentions.filter((m, i) => (!negated[i] || describedAround(content, tokens, m) !== null || isNotYet(tokens, m, at)) && m.end <= at).at(-1);
    if (named && (!from || named.role === from || describedAround(content, tokens, named) !== null || isNotYet(tokens, named, at))) {
      role = named.role;
      if (from === named.role) from = null;
      explain.push(`"one" read as ${named.role.title}, the job just named`);
    }
  }
  // "Used to be a TNA but dropped out. Is there any way back in?": a job left, asked about again, is the goal.
  // (Not a return to learning: "would I need to go back to college first?".)
  if (!role && /\b(?:way back|go back|get back|going back|back in|back into|back onto|back on to|finish it|finish the course|finish my|return to|i return)\b(?! (?:to )?(?:college|school|uni|university|studying|study|education|learning|sixth form)\b)/.test(joined)) {
    const left = mentions.find((m, i) => negated[i] && m.role !== from && !/\b(?:want|wanted|fancy|keen|interested|into)\b/.test(tokens.slice(Math.max(0, m.start - 6), m.start).join(' ')));
    // "Before that I was a band 4 pharmacy technician … how do I get back in?": the one job told in the past, with its band.
    const was = !left && from ? mentions.find((m, i) => m.role === from && cues[i] === 'from' && /\b(?:i was|i used to be)(?: an?)?(?: band (?:\d|8[a-d]))?$/.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' '))) : undefined;
    if (left ?? was) {
      role = (left ?? was)!.role;
      if (was) from = null;
      explain.push(`${role.title}, a job left, read as the goal to go back to`);
    }
  }
  if (!role && described && described !== from) {
    role = described;
    explain.push(`${described.title} read from what the job does`);
  }
  // "I do obs, washes and feeds on a ward": the job held, from what the writer does.
  const work = heldFromWork(content, tokens, mentions, [...sentences, ...clauses], role, from, mentions.filter((m, i) => cues[i] === null && !negated[i]));
  if (work) {
    ({ role, from } = work);
    explain.push(work.why);
  }
  if (!role && from) {
    // "I'm a healthcare science associate, how do I become a practitioner": a bare job word, in the family of the job held.
    // "SLT assistant want to qualify": qualifying is becoming the job the name of the job held starts with.
    const kin = familyJob(content, tokens, mentions, from) ?? qualifyingJob(content, tokens, mentions, from);
    if (kin) {
      role = kin;
      explain.push(`"${kin.title}" read from a job word or a wish to qualify, with ${from.title} the job held`);
    }
  }
  if (!role && from) {
    const senior = seniorOf(content, tokens, mentions, from);
    if (senior) {
      role = senior;
      explain.push(`"senior" read as ${senior.title}, the senior job of ${from.title}`);
    }
  }
  // "podiatrist band 6 - how do I get into management?": management asked for as the goal (management-goal.ts).
  const managing = !role ? managementGoal(idx, joined) : null;
  if (managing && managing !== from) {
    role = managing;
    explain.push(`"management" read as ${managing.title}, the goal`);
  }
  // "band 2 HCA, how do I get to be senior", "healthcare science associate, band 4 - want to go for the
  // practitioner degree": the one job named, with no cue, is the job held; the goal is in its family.
  if (role && !from && !targetCued) {
    const kin = seniorOf(content, tokens, mentions, role) ?? familyJob(content, tokens, mentions, role) ?? qualifyingJob(content, tokens, mentions, role);
    if (kin) {
      explain.push(`"${kin.title}" read as the goal, in the family of ${role.title}, the job held`);
      from = role;
      role = kin;
    }
  }
  if (role && !from) {
    const kin = familyJob(content, tokens, mentions, role, true);
    if (kin) {
      from = kin;
      explain.push(`"${kin.title}" read from a job word as the job held, in the same family as ${role.title}`);
    }
  }
  if (!role && bandTarget) {
    const base = from;
    const sib = base ? siblingWithBand(content, base, bandTarget) : null;
    // "how do i get band 3 hca from band 2": the job named is at the band wanted; the job held is its sibling at the band stated.
    const below = base && band && band !== bandTarget && sib?.id === base.id ? siblingWithBand(content, base, band) : null;
    if (sib && base && sib.id !== base.id) {
      role = sib;
      explain.push(`"band ${bandTarget}" as a goal from ${base.title} points to ${sib.title}`);
    } else if (base && below && below.id !== base.id) {
      role = base;
      from = below;
      explain.push(`${base.title} at the band wanted, from ${below.title} at band ${band}`);
    } else explain.push(`"band ${bandTarget}" stated as a goal, with no single role for it`);
  }
  // "how do I get my band 3 as an HCA": a band wanted in the job named is that job at the band; the job named is the one held.
  const atTarget = role && bandTarget && !role.bands.includes(bandTarget as Role['bands'][number]) ? (siblingWithBand(content, role, bandTarget) ?? aboveInFamily(content, role, bandTarget)) : null;
  if (atTarget && role && atTarget !== role) {
    explain.push(`"band ${bandTarget}" as a goal in ${role.title} points to ${atTarget.title}`);
    from ??= role;
    role = atTarget;
  }
  // One band stated anywhere ("HCA in a GP surgery, band 3"; "she's band 3"): the band of the role held. Of several,
  // the one the writer says they are on ("from ward HCA to … the band 4 role?? currently band 3").
  // (Not the band of the job wanted, said with it: "I'm an HCA and want to be a band 3 MSW", "is band 3 ECA a good job for an HCA".)
  const wantedAt = mentions.filter((m, i) => m.role === role && cues[i] !== 'from');
  // (Nor the band of jobs sought: "I've applied for 6 band 3 jobs", "keep getting knocked back for band 4 posts".)
  const heldBands = [...new Set(bands.filter((b) => !wantedAt.some((m) => b.at >= m.start - 2 && b.at <= m.end) && !bandSought(tokens, b.at)).map((b) => b.band))].filter((b) => b !== bandTarget);
  // ("14 years as a HCA, band 2 then band 3 since the rebanding": of a band and then another, the later one.)
  const laterBand = /\bband (?:\d|8[a-d]) (?:then|and then|now|but now|and now|till|until) band (\d|8[a-d])\b/.exec(joined)?.[1];
  const heldBand = heldBands.length === 1 ? heldBands[0]! : laterBand && heldBands.includes(laterBand) ? laterBand : reading.bandOwn && band && heldBands.includes(band) ? band : null;
  if (from && heldBand && !bandTarget) {
    const sib = siblingWithBand(content, from, heldBand);
    if (sib && sib.id !== from.id && sib.id !== role?.id) {
      explain.push(`"band ${heldBand}" in the message points to ${sib.title}`);
      from = sib;
    }
  }
  // "I'm not in HR yet, I'm a med sec, but I want to be an HR admin": the same role held and wanted is
  // no job held; another role named as held, or named with no cue, is.
  // ("a porter on the bank, could I stay on as a porter": staying on in the job held is no goal.)
  // "payroll assistant band 3, … to become a payroll officer band 4": the same role under another name, held first.
  if (role && !from && sameJobRenamed(tokens, mentions, cues, negated, role)) from = role;
  if (role && from && role.id === from.id) {
    const other = mentions.find((m, i) => !negated[i] && cues[i] !== 'target' && m.role !== role);
    if (!other && mentions.some((m, i) => m.role === role && cues[i] === 'target' && /\bstay on as(?: an?)?$/.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' ')))) role = null;
    else if (!other && sameJobRenamed(tokens, mentions, cues, negated, role)) explain.push(`${role.title} is both held and wanted: the job named first is its lower grade`);
    else from = other?.role ?? null;
    if (other) explain.push(`${other.role.title} read as the job held, as ${role!.title} is the goal`);
  }
  // "can a porter become a team leader?": a general job name, narrowed by the family of the job held.
  const kin = role && from ? generalNameInHeldFamily(content, mentions, role, from) : null;
  if (kin && role && from) {
    explain.push(`"${kin.said}" read as ${kin.role.title}, in the family of ${from.title}`);
    role = kin.role;
  }
  // "after I qualify as NA, how long would the RN top up take?": a job to qualify in first is a step; a job named after it is the goal.
  const step = role ? mentions.findIndex((m, i) => m.role === role && !negated[i] && /\b(?:after|once|when) i (?:qualify|have qualified|am qualified|finish|become) as(?: an?)?$/.test(tokens.slice(Math.max(0, m.start - 6), m.start).join(' '))) : -1;
  const after = step >= 0 ? mentions.filter((m, i) => i > step && !negated[i] && cues[i] !== 'from' && m.role !== role && m.role !== from) : [];
  // ("… the RN top up for children's nursing": a general name, then the field of the same family said more fully.)
  const later = after.length > 1 && after[0]!.end - after[0]!.start === 1 && after[1]!.role.family === after[0]!.role.family ? after[1] : after[0];
  if (later) {
    explain.push(`${role!.title} is a step qualified in first: ${later.role.title}, named after it, is the goal`);
    role = later.role;
    negated[step] = true;
  }
  // "trained as a radiographer abroad … could I work as an AP in imaging in the meantime?": a job for the meantime is no goal.
  const meantime = role ? mentions.find((m, i) => m.role === role && !negated[i] && /\b(?:in the meantime|meanwhile|for now|while i wait|until then|till then)\b/.test(tokens.slice(m.end, m.end + 6).join(' '))) : undefined;
  const lasting = meantime ? mentions.find((m, i) => m.role !== role && m.role !== from && !negated[i] && cues[i] === 'target') : undefined;
  if (lasting) {
    explain.push(`${role!.title} is for the meantime: ${lasting.role.title} is the goal`);
    role = lasting.role;
  }
  // "a nurse but not adult nursing, mental health": the job a general name stands for, ruled out, and a field after it.
  const field = role ? fieldAfterRuledOut(content, tokens, mentions, negated, role) : null;
  if (field) {
    explain.push(`${role!.title} is ruled out after its general name: ${field.title}, of the field named after it`);
    // (The general name stood for the job ruled out: it is no other goal.)
    mentions.forEach((m, i) => {
      if (m.role === role) negated[i] = true;
    });
    role = field;
  }

  if (band) explain.push(`band ${band} stated`);
  // "I'm a new band 2", "I work in theatres as a band 3", "im band 2 on elderly care": a band of one's own on the
  // wards, with no job named, is a healthcare support worker at that band (the most common job at bands 2 and 3).
  const ownBand = reading.bandOwn || /(?:^|(?<!\bget |\bgetting |\bgot )\bmy |\bnew )band (?:2|3)\b/.test(joined);
  // "I'm a band 2 in the lab", "band 3 in pharmacy": the support job of that place, at that band.
  if (!from && band && (band === '2' || band === '3') && band !== bandTarget && ownBand && !mentions.some((m, i) => !negated[i] && cues[i] === 'from')) {
    for (let i = 1; i < tokens.length && !from; i++) {
      if (!/^(?:in|on|at)$/.test(tokens[i - 1]!) && !(tokens[i - 1] === 'the' && /^(?:in|on|at)$/.test(tokens[i - 2] ?? ''))) continue;
      for (const job of ['assistant', 'support worker']) {
        const p = idx.byText.get(`${tokens[i]} ${job}`);
        const r = p?.roles.find((x) => x.bands.includes(band as Role['bands'][number]));
        if (p && p.priority <= 1 && r && r !== role) {
          from = r;
          explain.push(`band ${band} in "${tokens[i]}", with no job named, read as ${r.title}`);
          break;
        }
      }
    }
  }
  if (!from && band && (band === '2' || band === '3') && band !== bandTarget && ownBand && WARD_WORDS.test(joined) && !OTHER_WORK.test(joined) && !capitalsOf(text).has('it') && !mentions.some((m, i) => !negated[i] && cues[i] === 'from')) {
    const usual = [...content.roles.values()].find((r) => r.common === 1);
    const atBand = usual ? [...content.roles.values()].filter((r) => r.family === usual.family && r.bands.includes(band as Role['bands'][number])).sort((a, b) => (a.common ?? 99) - (b.common ?? 99))[0] : undefined;
    if (atBand && atBand !== role) {
      from = atBand;
      explain.push(`band ${band} on the wards, with no job named, read as ${atBand.title}`);
    }
  }
  // "I want to be a senior HCA, I'm band 2": the one job at that band in the family of the goal.
  if (!from && role && reading.bandOwn && band !== bandTarget) {
    const atBand = [...content.roles.values()].filter((r) => r.family === role!.family && r !== role && r.bands.length === 1 && r.bands[0] === band);
    if (atBand.length === 1) {
      from = atBand[0]!;
      explain.push(`band ${band} in the family of ${role.title} points to ${from.title} as the job held`);
    }
  }

  const alsoWanted = decided ? [] : mentions.filter((m, i) => !negated[i] && cues[i] !== 'from' && m.role !== role && m.role !== from).map((m) => m.role).filter((r, i, all) => all.indexOf(r) === i);
  return { tokens, joined, masked: reading.masked, mentions, cues, role, from, band, bandTarget, targetCued: targetCued || bandTarget !== null, goalCued, optionsLike, hits: reading.hits, onBehalf, alsoWanted, explain };
}

/** "applied for 6 band 3 jobs", "going for band 4 posts", "interview for a band 3 job": a band of jobs sought, not the writer's. */
function bandSought(tokens: readonly string[], at: number): boolean {
  if (!/^(?:jobs?|posts?|roles?|positions?|vacanc(?:y|ies)|interviews?)$/.test(tokens[at + 2] ?? '')) return false;
  return /\b(?:applied|applying|apply|application|applications|interview|interviews|going|go|went|looking|look|shortlisted|back|down|over|rejected) for(?: (?:a|an|the|\d+|some|two|three|four|five|six|loads of|lots of|several|all the))?$/.test(tokens.slice(Math.max(0, at - 5), at).join(' '));
}

/** Words of a short question about a step named just before "or": "is it worth it", "is that a good idea". */
const ASIDE_WORD = /^(?:is|it|that|this|worth|a|good|idea|the|best|way|to|go|first|any|better|really|even|option)$/;

/** "X or go straight for the Y degree", "X or just go straight into Y": the second of two jobs, the way past the first. */
function straightAfter(tokens: string[], mentions: readonly Mention[], m: Mention): Mention | undefined {
  const cut = /(?:^| )or (?:should i |do i |just |i could |to )?(?:(?:go|going|jump|head|skip) (?:straight|directly|right) (?:for|into|to|onto|on to)|straight (?:for|into|to|onto|on to))(?: (?:a|an|the|my))?$/.exec(tokens.slice(Math.max(0, m.start - 9), m.start).join(' '));
  if (!cut) return undefined;
  const orAt = m.start - cut[0].trim().split(' ').length;
  // ("nursing associate, is it worth it or should I go straight for RN": a short question about the first step may come before "or".)
  const aside = (x: Mention) => x.end < orAt && orAt - x.end <= 5 && tokens.slice(x.end, orAt).every((t) => ASIDE_WORD.test(t));
  return mentions.find((x) => x.role !== m.role && (x.end === orAt || aside(x)));
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

/**
 * "payroll assistant band 3, … become a payroll officer band 4", "as trainee coder … till I'm a qualified clinical coder":
 * one role named first as held (with a cue, or with its own band just after it) and then, by another of its names, as
 * the goal: a step up within the role, held and wanted both.
 */
function sameJobRenamed(tokens: string[], mentions: readonly Mention[], cues: readonly (string | null)[], negated: readonly boolean[], role: Role): boolean {
  const goal = mentions.findIndex((m, i) => m.role === role && cues[i] === 'target' && !negated[i]);
  if (goal < 0) return false;
  const said = (m: Mention) => tokens.slice(m.start, m.end).join(' ');
  // "msw b2 want to get to b3 msw": the same words, with a band below the one said with the goal, are the job held at its own band.
  const bandOf = (m: Mention) => Number.parseInt(tokens[m.end] === 'band' && BAND.test(tokens[m.end + 1] ?? '') ? tokens[m.end + 1]! : tokens[m.start - 2] === 'band' && BAND.test(tokens[m.start - 1] ?? '') ? tokens[m.start - 1]! : '', 10);
  const lower = (m: Mention) => bandOf(m) < bandOf(mentions[goal]!);
  return mentions.some((m, i) => i < goal && m.role === role && !negated[i] && (said(m) !== said(mentions[goal]!) || lower(m)) && (cues[i] === 'from' || (tokens[m.end] === 'band' && BAND.test(tokens[m.end + 1] ?? ''))));
}
