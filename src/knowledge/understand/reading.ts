/**
 * Steps 1 to 3 of reading a question, and the first look at its cue words:
 * normalise it, correct typos, find the roles it names (with a band written
 * next to one), see which cue words stand before or after each, and which of
 * the hand-written phrase rules it matches. parse.ts goes on from here to
 * decide the role wanted and the role held.
 */
import type { Content } from '../../content/model.js';
import { BAND_FROM, BAND_TARGET, cueFor, MOVED_INTO } from './cues.js';
import type { Rule } from './intents.js';
import { rulesMatched } from './rule-hits.js';
import { OR_AGAIN } from './lists.js';
import { bandsOf, dropOtherJobs, findMentions, personalAssistants, siblingWithBand, type Mention } from './mentions.js';
import { capitalsOf, normalise } from './normalise.js';
import { correct, indexOf, type Index } from './roles-index.js';
import { dropSpeakers, dropTeamBands } from './direction.js';
import { dropPlaces, placeAndJob } from './place-job.js';
import { dropPlaceNamedAgain } from './place-as-job.js';
import { dropTeamsLed, ledTeams, teamThenLead } from './led-teams.js';
import { fieldInitials, namedInBrackets } from './initials.js';
import { staffByBand, staffLed } from './staff-bands.js';
import { jobWordToGoal } from './job-word.js';
import { entryJobs } from './entry-job.js';
import { jobWithBandOpens } from './own-band.js';
import { apprenticeshipField } from './apprenticeship-field.js';
import { managerHeld } from './manager-held.js';

export interface Analysed {
  idx: Index;
  tokens: string[];
  mentions: Mention[];
  explain: string[];
  /** Where each sentence starts, as token positions. */
  sentences: number[];
  /** Where each part of a sentence after a comma starts, as token positions. */
  clauses: number[];
  /** Where each sentence that ended with a full stop (a statement, not a question) ends, as token positions. */
  stated: number[];
}

/** The end of a sentence: "?" or "!", or "." after a word that is not a short form ("e.g.", "approx."). (The look back for a full stop comes first, as most places have none.) */
const SENTENCE_END = /(?<=[?!])\s+|(?<=[a-zA-Z0-9)]\.)(?<!\b(?:e\.g|i\.e|eg|ie|etc|approx|dr|st|mr|mrs|ms|no|vs|min|max)\.)\s+/i;

/** Right after a team's name: how to reach it, so the name is no job ("the IT service desk number"). */
const CONTACT_AFTER = /^(?:phone |telephone |email )?(?:number|extension|email address|phone number|contact details)\b/;

export function analyse(content: Content, text: string): Analysed {
  const idx = indexOf(content);
  const explain: string[] = [];
  // Each sentence on its own ("… what can I move on to? Band 3 HCSW."), so that where one starts is known.
  const tokens: string[] = [];
  const sentences: number[] = [];
  const clauses: number[] = [];
  const stated: number[] = [];
  for (const piece of /[.?!]/.test(text) ? text.split(SENTENCE_END) : [text]) {
    const words = normalise(piece, content.understanding).split(' ').filter((t) => t.length > 0);
    if (words.length === 0) continue;
    // Where a comma starts a new part, when the parts read alone give the same words.
    const parts = piece.split(/,(?!\d)/);
    if (parts.length > 1) {
      const at: number[] = [];
      let n = 0;
      for (const part of parts) {
        const w = normalise(part, content.understanding).split(' ').filter((t) => t.length > 0).length;
        if (n > 0 && w > 0) at.push(tokens.length + n);
        n += w;
      }
      if (n === words.length) clauses.push(...at);
    }
    sentences.push(tokens.length);
    tokens.push(...words);
    if (piece.trimEnd().endsWith('.')) stated.push(tokens.length);
  }
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const fixed = correct(idx, tokens[i]!, (f) => (next !== undefined && idx.byText.has(`${f} ${next}`)) || (prev !== undefined && idx.byText.has(`${prev} ${f}`)));
    if (fixed && fixed !== tokens[i]) {
      explain.push(`read "${tokens[i]}" as "${fixed}"`);
      tokens[i] = fixed;
    }
  }
  // "what's the IT service desk number": a team's phone number or email, not a job.
  const found = personalAssistants(idx, tokens, dropOtherJobs(idx, tokens, findMentions(idx, tokens, capitalsOf(text), sentences))).filter((m) => !CONTACT_AFTER.test(tokens.slice(m.end, m.end + 2).join(' ')));
  const mentions = managerHeld(idx, tokens, namedInBrackets(content, text, tokens, apprenticeshipField(idx, tokens, entryJobs(idx, tokens, jobWordToGoal(idx, tokens, fieldInitials(content, idx, tokens, staffLed(idx, tokens, teamThenLead(idx, tokens, ledTeams(idx, tokens, dropPlaceNamedAgain(tokens, placeAndJob(idx, tokens, dropTeamBands(tokens, dropSpeakers(tokens, dropPlaces(tokens, dropTeamsLed(tokens, staffByBand(idx, tokens, found)), [...sentences, ...clauses]))), sentences)), clauses), [...sentences, ...clauses]))))))));
  return { idx, tokens, mentions, explain, sentences, clauses, stated };
}

/** The first reading of a question, where parse.ts starts from. */
export interface FirstReading extends Analysed {
  /** The tokens joined: normalised text. */
  joined: string;
  /** Every band written ("band 3", "b4"), where it is. */
  bands: Array<{ band: string; at: number }>;
  /** Each mention's cue words alone: before "become" or after "as", a goal; after "I am", the job held. */
  cues: Array<'target' | 'from' | null>;
  /** Mentions of a job left behind by a move already made ("moved from HCA to ward clerk"). */
  past: Set<number>;
  /** The tokens with each role mention as `_role_`. */
  masked: string[];
  /** The intent rules the text matches. */
  hits: Rule[];
  /** The band stated, the writer's own by its words ("I'm a band 3") or else the first one written. */
  band: string | null;
  /** The band was said as the writer's own ("I am band 3", "working at band 2"). */
  bandOwn: boolean;
  /** A band stated as a goal ("get to band 4"). */
  bandTarget: string | null;
  /** Words that ask about options ("next", "from here", "progress"). */
  optionsLike: boolean;
}

/** Before "X to Y": a move already made ("moved from outpatients admin to": where the job was may come between). */
const PAST_MOVE = /\b(?:moved|redeployed|seconded|switched|went|changed|transferred|came|promoted|got promoted|stepped up|stepped down|been moved|worked my way up|worked up|progressed|gone) (?:over |across |up |down )?from(?: (?:a|an|the|being|being an?))?(?: (?:outpatients|inpatients|ward|wards|theatres|clinic|community|hospital|bank|agency|band \d))?$/;

/** A move already made "to" somewhere, then "from" the job before it ("redeployed to the hub from my job as a"). */
const MOVED_THEN_FROM = /\b(?:moved|redeployed|seconded|transferred|switched) (?:over |across )?(?:to|into)(?: \S+){1,7}? from(?: (?:my|the|being))?(?: (?:old |previous |substantive )?(?:job|role|post) as)?(?: (?:a|an|the))?(?: (?:outpatients|inpatients|ward|wards|theatres|clinic|community|hospital|bank|agency|band \d))?$/;

/** A bare number got to, in a message that states a band ("how do i get to 3"); not an amount of time or a count. */
const BARE_BAND_TARGET = /\b(?:get to|getting to|move up to|go up to|step up to|promoted to) ([2-9])\b(?! (?:years?|yrs?|months?|mths?|weeks?|days?|hours?|hrs?|of|or|and|x|times|pm|am|people|staff|patients)\b)/;

/** Just before "as a band N": a job wished for ("train as", "like to work as", "apply as"), so the band is that job's. */
const WISHED_AS = /\b(?:train|retrain|training|qualify|qualifying|apply|applying|become|be taken on|get taken on|come back|start|starting|(?:want|wanting|like|love|hope|hoping|plan|planning|aim|aiming) to (?:work|start|go|come back|be employed))\s*$/;

/** Words that ask what is open from here. */
const OPTIONS_WORDS = /\b(?:options|next|from here|progress|(?:any )?routes? up(?! (?:to|into|onto)\b)|ways? up(?! (?:to|into|onto)\b)|choices|move up|step up|what can (?:a|an)|where can i go|out there for me|what else could|what else can|what else is open|(?:routes?|jobs|roles|options|paths?) other than|career paths?|where next|what next|what is next|where can (?:this|it|that) (?:lead|take me))\b/;

/** Where the sentence with token `i` starts: cue words are not read across the end of a sentence. */
export function sentenceStart(sentences: readonly number[], i: number): number {
  return sentences.findLast((s) => s <= i) ?? 0;
}

/**
 * A role that is a whole sentence after the first ("… senior hca. can we chat"), with at most its band or "here", "now".
 * With `where`, also with where the job is after it: "… receptionist at the community dental service".
 */
export function aloneInSentence(tokens: readonly string[], sentences: readonly number[], m: Mention, where = false): boolean {
  const start = sentenceStart(sentences, m.start);
  if (start === 0) return false;
  const end = sentences.find((s) => s > m.start) ?? tokens.length;
  const small = (t: string, k: number, all: string[]) => /^(?:band|\d|8[a-d]|here|now|atm|currently|a|an|i am|im)$/.test(t) || (all[k - 1] === 'band' && /^(?:\d|8[a-d])$/.test(t));
  const before = tokens.slice(start, m.start);
  const after = tokens.slice(m.end, end);
  const place = after.findIndex((t) => /^(?:in|on|at)$/.test(t));
  const upTo = where && place >= 0 && after.length - place <= 8 && !after.slice(place).some((t) => /^(?:i|my|want|wants|become|be|to|into|how|what|could|can|would|should|is|was|but|and|or)$/.test(t)) ? place : after.length;
  const rest = [...before, ...after.slice(0, upTo)];
  return rest.every((t, k) => small(t, k, rest));
}

/** Steps 1 to 3, a band next to a role, the cue words around each role (with those a list or a move already made passes on), and the phrase rules matched. */
export function firstReading(content: Content, text: string): FirstReading {
  const analysed = analyse(content, text);
  const { idx, tokens, mentions, explain, sentences, clauses } = analysed;
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
    const sib = siblingWithBand(content, m.role, near.band, m.phrase, tokens[m.start - 1] === 'trainee');
    if (sib && sib.id !== m.role.id) {
      explain.push(`"band ${near.band}" next to "${tokens.slice(m.start, m.end).join(' ')}" points to ${sib.title}`);
      m.role = sib;
    }
  }

  // Target or current role for each mention, by the words around it. "X or Y" / "X and Y" share X's cue.
  const cues = mentions.map((m) => cueFor(idx.vocabulary, tokens, m, mentions, sentenceStart(sentences, m.start), sentences.find((s) => s > m.start)));
  // "maternity support worker job how to get, hca band 2": a comma ends the question; the role after it is read on its own.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (cues[i] !== 'target') continue;
    const c = clauses.findLast((x) => x <= m.start && x > sentenceStart(sentences, m.start));
    if (c === undefined || !tokens.slice(c, m.start).every((t) => idx.vocabulary.fillers.has(t) || /^\d+$/.test(t))) continue;
    if (!/\b(?:how|what|where|which|when)\b/.test(tokens.slice(sentenceStart(sentences, m.start), c).join(' '))) continue;
    cues[i] = cueFor(idx.vocabulary, tokens, m, mentions, c);
  }
  for (let i = 1; i < mentions.length; i++) {
    const gap = tokens.slice(mentions[i - 1]!.end, mentions[i]!.start).join(' ');
    // "I've been a porter, a domestic and now…": after a comma, "a" goes on a list too. ("become a team lead and then a service manager": a later step too.)
    // ("physio or OT or even dietetics", "radiography or being an ODP": a hedge, or the goal's verb said again, after "or" keeps the list.)
    if (cues[i] === null && (/^(?:or|and|vs|versus|or an?|or the|and an?|(?:and )?then|(?:and )?then an?)$/.test(gap) || OR_AGAIN.test(gap) || (/^an?$/.test(gap) && clauses.includes(mentions[i - 1]!.end)))) cues[i] = cues[i - 1]!;
    // "PWP or the clinical associate in psychology role - which…": a choice of goals, the second cued as one, makes the first one too.
    else if (cues[i - 1] === null && cues[i] === 'target' && (/^(?:or|vs|versus|or an?|or the)$/.test(gap) || OR_AGAIN.test(gap))) cues[i - 1] = 'target';
  }
  // "Is there an apprenticeship for ODP? I'm a theatre support worker": "for" names who a course is
  // for only when nothing else says who the person is; with a job held named plainly, it names the goal.
  const viaFor = (m: Mention) => tokens[m.start - 1] === 'for' || (tokens[m.start - 2] === 'for' && /^(?:a|an|the)$/.test(tokens[m.start - 1] ?? ''));
  // A job on its own after the question ("what is the route for dental nurse? receptionist at the dental service") says it plainly too.
  // So does one with its band, opening a later sentence before more about the work ("what route for healthcare science
  // associate? band 2 lab assistant, I spin samples…").
  const opensLater = (x: Mention) => sentenceStart(sentences, x.start) > 0 && jobWithBandOpens(tokens, x, sentenceStart(sentences, x.start), sentences.find((s) => s > x.start) ?? tokens.length, clauses);
  const heldHere = (x: Mention, j: number) => (cues[j] === 'from' || (cues[j] === null && (aloneInSentence(tokens, sentences, x, true) || opensLater(x)))) && !viaFor(x);
  const heldPlainly = mentions.some(heldHere);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // (Not a job the writer says plainly they are in: "now I'm a ward clerk … is team leader a thing for admin?".)
    if (cues[i] === 'from' && viaFor(m) && heldPlainly && mentions.some((x, j) => j !== i && heldHere(x, j) && x.role !== m.role) && !mentions.some((x, j) => j !== i && cues[j] === 'from' && x.role === m.role && !viaFor(x))) cues[i] = 'target';
  }
  // "I moved from HCA to ward clerk", "worked my way up from HR admin to business partner":
  // after a move already made, the second role is the one held and the first is past.
  const past = new Set<number>();
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    // ("redeployed from outpatients admin to the discharge lounge as an HCA": the place moved to, then the job there.)
    // ("moved from band 2 hca to band 3 senior hca": the new job's band may come before it.)
    if (!/^(?:(?:over|across|back) )?(?:to|into|to be an?|to an?|to the|onto)(?: band (?:\d|8[a-d]))?$|^(?:(?:over|across|back) )?(?:to|into)(?: the)?(?: \S+){1,3} as(?: an?)?$/.test(tokens.slice(a.end, b.start).join(' '))) continue;
    if (!PAST_MOVE.test(tokens.slice(Math.max(0, a.start - 6), a.start).join(' '))) continue;
    cues[i - 1] = null;
    cues[i] = 'from';
    past.add(i - 1);
    explain.push(`a move already made: ${b.role.title} is the job held now`);
    break;
  }
  // "I was redeployed to the phlebotomy team from outpatients admin", "moved to the hub during covid from my job as a catering assistant":
  // the move told the other way round; the job it came from is past, and a job it went to is the one held.
  for (let i = 0; i < mentions.length && past.size === 0; i++) {
    const b = mentions[i]!;
    const start = sentenceStart(sentences, b.start);
    const lead = tokens.slice(Math.max(start, b.start - 14), b.start).join(' ');
    const moved = MOVED_THEN_FROM.exec(lead);
    if (!moved) continue;
    cues[i] = null;
    past.add(i);
    const to = mentions.findIndex((a) => a.end <= b.start && a.start >= b.start - moved[0].split(' ').length);
    if (to >= 0) cues[to] = 'from';
    explain.push(`a move already made: ${b.role.title} was the job before it`);
  }

  const masked: string[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < m.start) masked.push(tokens[k++]!);
    masked.push('_role_');
    k = m.end;
  }
  while (k < tokens.length) masked.push(tokens[k++]!);
  const hits = rulesMatched(tokens, masked);

  // ("I'd like to train as a band 5 analyst": a band said with the job wished for is that job's, not the writer's.)
  const bfAny = BAND_FROM.exec(joined);
  const bf = bfAny && bfAny[0].startsWith('as ') && WISHED_AS.test(joined.slice(0, bfAny.index)) ? null : bfAny;
  const band = bf ? bf[1]! : (bands[0]?.band ?? null);
  // "I'm a band 2 HCA … how do I get to 3": after a band, a bare number got to is the band wanted.
  const bt = BAND_TARGET.exec(joined) ?? (bands.length > 0 ? BARE_BAND_TARGET.exec(joined) : null);
  // A band stated as a goal (not across the end of a sentence: "who do I talk to? band 3"; nor a move already made: "came back into a band 3 post").
  const bandTarget = bt && !BAND_FROM.test(joined.slice(Math.max(0, bt.index - 6), bt.index + bt[0].length)) && !sentences.includes(joined.slice(0, bt.index + bt[0].length).split(' ').length - 2) && !MOVED_INTO.test(joined.slice(Math.max(0, bt.index - 60), bt.index + bt[0].length)) ? bt[1]! : null;
  // The first reading's parts named one by one: spreading `analysed` into the new object took as long as the rest of this function.
  return { idx, tokens, mentions, explain, sentences, clauses, stated: analysed.stated, joined, bands, cues, past, masked, hits, band, bandOwn: bf !== null, bandTarget, optionsLike: OPTIONS_WORDS.test(joined) };
}
