/**
 * Step 4 of reading a question: target or current role. Cue words around each
 * mention ("become a", "train as", "to" -> target; "I am a", "work as", "as a
 * band 3", "currently" -> current). The cue phrases and filler words are the
 * content's; the patterns for "for", for phrases after a role and for a band
 * stated as a goal or as where someone is are here.
 */
import type { Mention } from './mentions.js';
import { cueEnding, type Cue, type Vocabulary } from './vocabulary.js';
import { doesJob, meOpens } from './esl-held.js';

/** A word that may sit between a cue and the role: a filler word or a band number. */
const isFiller = (v: Vocabulary, t: string) => v.fillers.has(t) || /^(?:\d|8[a-d])$/.test(t) || /^\d+$/.test(t);

/** Just before a job: asking how to get a job of that kind ("how do I get a permanent …", "hoping to land a …"). */
const JOB_SOUGHT = /\b(?:how do i|how can i|how to|want to|wanting to|hoping to|like to) (?:get|find|land|become|be) (?:a|an)$/;
/** Before "for": these make the role after it the person's own ("options for a HCA"); otherwise it is a goal. */
const FOR_MEANS_FROM = /\b(?:options?|choices|next|steps?|jobs|roles|careers?|paths?|opportunities|progression|courses?|training|resources|there|available|support|help|apps?|programmes?|anything|something|learning|modules?|apprenticeships?|routes?|pathways?|stuff|thing|things|tips|ideas|advice|materials|books|videos|plans?|pdps?|development|appraisals?|objectives|goals|rates?|unions?|rcn|unison|better|best|easier|quicker|suited|suitable|realistic)\b/;
/** Just before "for": a job or move judged as a fit, so the one after is the job held ("is coding a good job for a porter", "would payroll be right for a HCA", "the right move for a porter"). */
const GOOD_FOR = /\b(?:a |an |the )?(?:good|great|decent|bad|right|wrong|sensible|natural|realistic|wise|smart|logical|obvious|easy|hard|big)(?: (?:job|fit|move|step|next step|career|career move|choice|option|idea|route|path|progression|match|role|shout|jump|change|switch))?$/;
/** Before "for": what someone does in the job they hold, whatever follows ("CPD for BMS band 5", "induction done for new MSW job"). */
const FOR_OWN_JOB = /\b(?:cpd|induction|inductions|preceptorship|probation|revalidation)\b/;
/** Before "for": these make the role after it a goal ("interview for TNA", "supporting statement for an AP job"). */
const FOR_MEANS_TARGET = /\b(?:interviews?|apply|applying|application|applications|statement|prep|prepare|preparing|ready|funding|funded|study|studying|qualify|qualifying|aim|aiming|head|heading|going|go|put forward|put her forward|put him forward)\b/;
// "pharmacy assistant 4 yrs", "done the domestic job 4 yrs", "digital support tech, want to move on": how long in it, or wanting to leave it (not "2 years ago").
const FROM_AFTER = /^(?:(?:band|level) (?:\d|8[a-d]) )?(?:(?:job|role|post) )?(?:(?:19|20)\d\d (?:now|present|to date)|currently|at the moment|at the minute|right now|rn|atm|now|for \d+ years?|for years|here|on a ward|in the community|since|(?:on|in) (?:a |the )?ward \d+ (?:years?|yrs?|months?)\b|(?:in|during) the day|by day|\d+ (?:years?|yrs?|months?|mths?)\b(?! (?:ago|from now|time|later|away|or|long)\b)|(?:i )?(?:want|wanting|looking|keen|hoping|need) to (?:move on|move up|progress|step up|get out|leave|qualify)\b(?! as\b))/;
/** Before a field: a training the writer wishes to do ("always wanted to do my nursing", "can I do my midwifery"). */
export const WISHED_TRAINING = /\b(?:to|can|could|will|would|cannot|cant) (?:do|start|study|finish|train for|go and do) my$/;
/** Before "for": a job to be left for the one after it ("thinking of leaving phlebotomy for nursing", "quit being an HCA for"). */
const LEAVING_FOR = /\b(?:leave|leaving|quit|quitting|give up|giving up)(?: (?:my|being|a|an|the))* _role_(?: _role_)*(?: (?:work|job|role|post))?$/;
/** Words between a cue and a role that say the job is held now. */
const HELD_NOW = new Set(['new', 'newly', 'now', 'currently', 'already', 'permanent', 'still']);
/** After a role: the question about it, asked after naming it ("physician associate how to become"). */
const POSTPOSED_GOAL = /^(?:(?:job|jobs|role|roles|post|posts) )?(?:how (?:to|do i|do you|can i|could i|would i) (?:become|get|be|train|apply|qualify|start)|how to become)\b(?! (?:to|into|onto|in|a|an|the|from|there|one|band|\d+)\b)/;
/** Just before a job: a move into it already made, with no wish or question in the words ("came back last year into a band 3"). */
export const MOVED_INTO = /\b(?<!\b(?:to|be|get|getting|want|wanted|could|can|would|should|will|if|i was) )(?:came back|went back|came over|got moved|was moved|been moved|moved|redeployed|seconded|transferred|landed)(?: (?!(?:want|wanted|wanting|hope|hoping|to|could|can|would|how|if)\b)\S+){0,3} (?:into|to|onto)(?: (?:a|an|the))?(?: band (?:\d|8[a-d]))?$/;
/** Just before a course: one already done ("I have a … degree", "got my … degree"). */
const HELD_COURSE = /\b(?:have|got|with|hold|holding|finished|completed|done|did)(?: (?:a|an|the|my))?$/;
/**
 * "im biomed grad", "psych grads only?", "need a psych degree?": a subject studied, not a job. Graduates of a
 * subject are not in its job; and "psych" before a degree is psychology, not the psychiatric nurse it names alone.
 */
export function subjectStudied(tokens: string[], m: Mention): boolean {
  const next = tokens[m.end] ?? '';
  if (/^(?:grads?|graduates?)$/.test(next)) return true;
  return m.end - m.start === 1 && tokens[m.start] === 'psych' && /^(?:degrees?|students?|course|courses|masters|msc|bsc)$/.test(next);
}

/**
 * "need phlebotomy training so i can take bloods on the ward": training in a job's skill, for a purpose that is
 * not that job ("so I can take bloods", not "so I can become a phlebotomist"), is a skill for the job held.
 */
export function skillTraining(tokens: string[], m: Mention): boolean {
  if (!/^(?:training|course|skills?)$/.test(tokens[m.end] ?? '')) return false;
  const purpose = /^(?:so(?: that)? i (?:can|could|am able to)|to be able to|so i) (\S+)/.exec(tokens.slice(m.end + 1, m.end + 7).join(' '));
  return purpose !== null && !/^(?:become|be|get|apply|train|qualify|move|go|work|start|progress|step)$/.test(purpose[1]!);
}

/** The last word of a course's name ("business admin apprenticeship"). */
const COURSE_NAME = /^(?:apprenticeships?|courses?|programmes?|degrees?)$/;
/** The last word of the name of a job that leads others ("team leader", "supervisor"). */
const LEAD_WORD = /^(?:leaders?|leads?|managers?|supervisors?|coordinators?)$/;
/** Right after a role: a course or route, so the role is the one aimed at ("funding for ODP degrees"). */
// ("music therapy masters", "TNA application": a postgraduate course, or an application, is for the job aimed at.)
const COURSE_AFTER = /^(?:degrees?|apprenticeships?|courses?|training|programmes?|route|routes|top up|qualifications?|entry|requirements|pathway|uni|university|study|interviews?|applications?|masters|msc|pgdip|postgrad|postgraduate|post|job|role|vacancy|vacancies|place|places)\b/;

/** After a role asked about with "is" or "would": a goal the writer could aim for ("… something I could work towards", "… a job I could do"). */
// ("is paramedic possible?", "is physio realistic for me": a job asked about as one to aim for.)
const AIM_AFTER = /^(?:(?:even |still |really )?(?:possible|realistic|doable|achievable)(?: for (?:me|someone like me))?(?: (?:for me|now|here|at \d+))?$|(?:even |still |really )?(?:possible|realistic|doable|achievable) (?:for me|for someone like me|with|without|if|at my age)\b)|^(?:be )?(?:something|a job|a career|a role|an option|a path|a route|a possibility)(?: that| which)? (?:i|someone like me|a person like me) (?:could|can|might|would|should)(?: ever| one day| eventually| realistically| really| actually| possibly| potentially)? (?:work towards|work toward|aim for|go for|do|train for|train in|get into|move into|become|end up in|think about|consider|retrain for|retrain as)\b/;

/** "Is dietitian something I could work towards?", "would OT be a job I could do": a job asked about as one to aim for. */
function askedAsGoal(v: Vocabulary, tokens: string[], m: Mention, sentenceStart: number): boolean {
  let end = m.start;
  while (end > sentenceStart && isFiller(v, tokens[end - 1]!)) end--;
  return /^(?:is|would|could)$/.test(tokens[end - 1] ?? '') && AIM_AFTER.test(tokens.slice(m.end, m.end + 10).join(' '));
}

/**
 * Whether a mention is the role wanted (target) or the role held now (from), by the
 * cue phrases (the content's, longest first) before it and a few phrases after it.
 */
/** Right after a role: it is the subject of a move ("for an AP to become a nurse", "can HCAs train as…"; not "midwife to be honest"). */
const SUBJECT_OF_MOVE = /^(?:(?:to|who want to|who wants to|wanting to) (?:become|be(?! (?:honest|fair|frank|truthful|sure)\b)|get|move|train|retrain|go|progress|qualify|step|switch|convert|top up|stay|leave)|(?:can|could|would|might) (?:become|train|retrain|move|go on|progress|step up|top up|convert)|(?:becomes|goes on to|moves into|moves on to|progresses to|steps up to|tops up to|gets to be)|(?:top up to|top up into|topping up to|step up to|stepping up to|progress to|progressing to|move up to|convert to|converting to) (?!band\b))\b/;

/** Right after a job: it is the truer name of the job just named ("HCA in maternity, MSW really"). */
// (Not a wish: "nursing really is what I want", "paramedic really, that's the dream", "physio really appeals".)
const RESTATED = /^(?:really|actually|officially|technically|on paper|in fact)\b(?! (?:is|are|was|appeals|appeal|would|could|that|thats|interests|interest|suits|calls|sounds|for|i think|i reckon|tbh|to be honest|if)\b)/;

/**
 * Before a role: a move into a field or team, then "like" and, perhaps, the work ("get into pharmacy, like working on
 * the dispensary counter", "move into the digital team, like IT support"): the role is the goal, told more exactly.
 * (Not "I work in pharmacy like a dispensary assistant": there "like" is "as", for the job held.)
 */
export const GOAL_THEN_LIKE = /\b(?:get|getting|go|going|move|moving|step|stepping|switch|switching|branch|branching|cross|crossing|transfer|transferring|progress|progressing) (?:in)?to (?:\S+ ){1,3}like(?: (?:working|doing|being|on|in|at|with|as|for))*$/;

/** Between "I" and "do": words that make it a wish or a question, not work done now ("I would love to do", "can I do"). */
const NOT_DONE = /\b(?:want|wanna|would|like|love|wish|hope|hoping|plan|planning|could|can|to|rather|might|should|will|need|must|fancy|if|when|before|after|then|but)\b/;

/** The writer at work now, then "doing" ("I work in the blood lab doing", "I am a band 3 porter doing"), with no wish or question between. */
const WORKING_DOING = /(?:^| )(?:i am|i work|i have been working|i have been|i am working|currently)(?: (?!(?:want|wants|wanting|would|like|love|could|can|how|if|to|should|hope|hoping|fancy|not|never|and|but)\b)\S+){0,8} doing$/;

/** "I do admin for the CMHT", "I play guitar and do admin": the writer's work now, said just before a role starting at `end`. */
function doneByWriter(tokens: string[], end: number, next = '', sentenceStart = 0): boolean {
  // "I do all the admin", "I do most of the admin": how much of the work comes between.
  // "I do the payroll", "I do the rotas": the work itself, after "the".
  const much = /(?:^| )do(?: (?:all|most|some|most of|some of|all of|a lot of|lots of))?(?: the)?$/.exec(tokens.slice(Math.max(0, end - 5), end).join(' '));
  // (Not a name that goes on into the thing done: "I do the porters rota".)
  if (much && / do the$/.test(` ${much[0].trim()}`) && !/^(?:|and|or|for|on|in|at|i|im|but|so|now|here|atm|every|all|with|too|as|of|full|part|since)$/.test(next)) return false;
  if (much) end -= much[0].trim().split(' ').length - 1;
  if (tokens[end - 1] !== 'do') return false;
  for (let i = end - 2; i >= Math.max(0, end - 6); i--) {
    if (tokens[i] !== 'i') continue;
    const between = tokens.slice(i + 1, end - 1).join(' ');
    // ("… what I want to do. I do the payroll": a word ending the sentence before is no question "do I do".)
    return !NOT_DONE.test(between) && (i === sentenceStart || !/^(?:can|could|should|would|will|shall|do|did|to|if|then|might|must|what|how|where|when|why|and|or|once|until|while)$/.test(tokens[i - 1] ?? ''));
  }
  return false;
}

/**
 * "I'm basically doing half the nurses' job", "covering all the physios' work": the work of others in a job, which the
 * writer does; that job is neither held nor a goal (unless wished for: "I want to do the nurses' job").
 */
export function othersWorkDone(tokens: string[], m: Mention): boolean {
  if (!/^(?:job|jobs|work|role)\b/.test(tokens[m.end] ?? '') || !/[^s]s$/.test(tokens[m.end - 1] ?? '')) return false;
  const before = tokens.slice(Math.max(0, m.start - 6), m.start).join(' ');
  return /\b(?:doing|do|does|did|done|cover|covering)(?: (?:half|most|all|some|bits|part|a lot|loads|lots))?(?: of)? the$/.test(before) && !/\b(?:want|wanna|like|love|wish|hope|hoping|could|would|become|be)\b/.test(before);
}

/** A target cue of two words or more just before a role (past filler words), "for" aside: "interested in", "train as". */
function plainGoalBefore(v: Vocabulary, tokens: string[], m: Mention, sentenceStart: number): boolean {
  let end = m.start;
  while (end > sentenceStart && isFiller(v, tokens[end - 1]!)) end--;
  const cue = cueEnding(v, tokens.slice(Math.max(sentenceStart, end - 5), end));
  return cue !== undefined && cue[1] === 'target' && cue[0].includes(' ') && !cue[0].endsWith(' for');
}

export function cueFor(v: Vocabulary, tokens: string[], m: Mention, all: Mention[], sentenceStart = 0, sentenceEnd = tokens.length): Cue | null {
  // "I'm a HCA in maternity (MSW really)": a job said again more truly, just after the job held, is held too.
  const said = m.phrase.priority < 2 && RESTATED.test(tokens.slice(m.end, m.end + 4).join(' ')) ? all.findLast((x) => x.end <= m.start && m.start - x.end <= 5 && x.start >= sentenceStart && x.role !== m.role && !tokens.slice(x.end, m.start).some((t) => /^(?:i|want|wants|to|be|become|and|but|or|not|was|were)$/.test(t))) : undefined;
  if (said && cueFor(v, tokens, said, all, sentenceStart, sentenceEnd) === 'from') return 'from';
  // "Me HCSW band 2. Mental health nurse.", "I do HCA job in ward 5": the job held, in few words (esl-held.ts).
  if (meOpens(tokens, m, sentenceStart) || doesJob(tokens, m, sentenceStart)) return 'from';
  // A course named ("the business admin apprenticeship to progress") is not the subject of a move: "to …" says what it is for.
  const course = COURSE_NAME.test(m.phrase.tokens.at(-1) ?? '') || /^(?:apprenticeships?|courses?|programmes?|degrees?)\b/.test(tokens[m.end] ?? '');
  // The subject of a move is the job held, whether or not the goal is a role the bot knows ("could a midwife become a yoga teacher").
  // (Not after a plain goal cue: in "I am interested in a radiotherapy career, to be the radiographer who…", the career is the goal.)
  if (!course && SUBJECT_OF_MOVE.test(tokens.slice(m.end, m.end + 4).join(' ')) && all.find((x) => x.start >= m.end)?.role !== m.role && !plainGoalBefore(v, tokens, m, sentenceStart)) return 'from';
  // "I'm 17 and on the business admin apprenticeship": on the course now, so in the apprentice's job.
  if (course && COURSE_NAME.test(m.phrase.tokens.at(-1) ?? '') && /\b(?:am|is|are|and|currently|now|still|already)(?: \d+)? (?:on|doing) (?:the|my|an?|his|her|their)$/.test(tokens.slice(Math.max(sentenceStart, m.start - 4), m.start).join(' '))) return 'from';
  // "could a midwife become a yoga teacher", "can an HCA train as…": a question about someone in the job.
  // ("can a hca b2 become a doctor", "could a band 3 porter become…": the job's band may come before or after it.)
  const next = tokens[m.end] === 'band' && /^(?:\d|8[a-d])$/.test(tokens[m.end + 1] ?? '') ? m.end + 2 : m.end;
  const first = tokens[m.start - 2] === 'band' && /^(?:\d|8[a-d])$/.test(tokens[m.start - 1] ?? '') ? m.start - 2 : m.start;
  if (/^(?:become|train|retrain|move|go|progress|step up|apply|qualify)\b/.test(tokens[next] ?? '') && /\b(?:can|could|would|does|do|should|will) (?:a|an|the)$/.test(tokens.slice(Math.max(0, first - 2), first).join(' '))) return 'from';
  let end = m.start;
  while (end > sentenceStart && isFiller(v, tokens[end - 1]!)) end--;
  const before = tokens.slice(Math.max(sentenceStart, end - 5), end);
  const tail = before.join(' ');
  // "I want to stay in admin now", "I don't want to stay as a HCA": the field or job the writer is in already.
  if (/\b(?:stay|staying|remain|remaining)(?: on)? (?:in|as)(?: (?:a|an|the))?$/.test(tokens.slice(Math.max(sentenceStart, m.start - 3), m.start).join(' '))) return 'from';
  // "I came back last year into a band 3 ward clerk post", "got moved to a porter job": a move already made into the job, so it is held.
  if (MOVED_INTO.test(tokens.slice(Math.max(sentenceStart, m.start - 9), m.start).join(' ')) && (/^(?:post|job|role|position)\b/.test(tokens[m.end] ?? '') || !/\bmoved (?:\S+ ){0,3}(?:into|to|onto)/.test(tokens.slice(Math.max(sentenceStart, m.start - 9), m.start).join(' ')))) return 'from';
  // "admin staff like me": the writer's own job, whatever comes before ("he wants to be a supervisor like me": unless a goal cue).
  if (/^(?:staff )?like (?:me|myself)\b/.test(tokens.slice(m.end, m.end + 3).join(' ')) && (cueEnding(v, before)?.[1] !== 'target' || WEAK_TARGET.has(before.at(-1) ?? ''))) return 'from';
  // "how do I get into pharmacy, like working on the dispensary counter?": the goal told again, more exactly, after "like".
  if (GOAL_THEN_LIKE.test(tokens.slice(Math.max(sentenceStart, end - 10), end).join(' '))) return 'target';
  // "I am working 3 years like HCA", "working in the theatre like support worker": "like" for "as", after work, how long and where.
  if (/\b(?:work|working|worked)(?: (?:\d+|for|since|many|few|some|years?|yrs?|months?|here|now|already|in|the|this|hospital|trust|nhs|uk|(?:in|on|at) (?:the |a )?[a-z]+)){0,4} like$/.test(tail)) return 'from';
  // "my old colleague is now a pharmacist", "my mate is now a paramedic": someone else's job now, no cue of the writer's
  // (read as if "is a": whose it is is left to the rest of the message).
  if (/\b(?:friend|friends|mate|mates|colleague|colleagues|collegue|pal|cousin|sister|brother|neighbour)(?: \S+)? (?:is|are)$/.test(tail) && tokens.slice(end, m.start).includes('now')) return null;
  // "a better job than band 2 domestic", "something that pays more than HCA": the job held, compared.
  // (Not two jobs or fields set side by side, with nothing of the writer's: "does pharmacy pay more than nursing?".)
  const asked = tokens.slice(sentenceStart, m.start).join(' ');
  if (/\b(?:pay|pays|earn|earns|get paid|gets paid) more than$/.test(tail) && /^(?:does|do|is|are|will|would|can)\b/.test(asked) && !/\b(?:i|me|my|im)\b/.test(asked)) return null;
  if (/\b(?:better|more|higher|bigger)(?: (?:job|jobs|paid|paying|pay|money|band|role|roles|post|work)){0,2} than$/.test(tail)) return 'from';
  // "is that different from audiologist?": a comparison, not where the writer comes from.
  if (/\b(?:different|differs|differ|difference|far|apart|away|separate) from$/.test(tail)) return null;
  // "physio pays the same as OT", "is it as well paid as nursing": a comparison, not the writer's job.
  if (/\b(?:same|similar|as much|as well paid|as good|as hard|as easy|as well|equal|equivalent)(?: \S+)? as$/.test(tail)) return null;
  // "just want to be a better phlebotomist": getting better at the job held, not a move.
  if (/\b(?:be|become|being) (?:a |an )?(?:better|more confident|more skilled|more experienced)$/.test(tail)) return 'from';
  // "would I earn more as a phlebotomist than as a band 2 HCA": the job wished for, then the one held.
  if (/\b(?:would|could|will|might) i (?:earn|get paid|make|be paid|get)(?: (?:more|less|better|extra|much more))?(?: money)? as$/.test(tail)) return 'target';
  if (/\bthan as$/.test(tail)) return 'from';
  // "team leader for the HCAs", "supervisor of the porters": the people led, not the writer's job or goal.
  if (/^(?:for|of|over)$/.test(before[before.length - 1] ?? '') && all.some((x) => x !== m && x.end === end - 1 && LEAD_WORD.test(x.phrase.tokens.at(-1) ?? ''))) return null;
  // "now I'm doing ECA shifts on the bank", "picking up HCA shifts": shifts worked in the job, unless wished for.
  if (/^(?:shifts?|bank shifts?)\b/.test(tokens[m.end] ?? '') && /\b(?:doing|do|work|working|pick up|picking up|cover|covering)$/.test(tail) && !/\b(?:want|wants|like|love|hope|hoping|could|can|would|should|get|start)\b/.test(tail)) return 'from';
  // "could I end up doing what the HCAs do": the work of a job, wished for, is that job as a goal.
  if (/\b(?:do|doing) what(?: the| a| an)?$/.test(tokens.slice(Math.max(sentenceStart, m.start - 3), m.start).join(' ')) && /^(?:do|does)\b/.test(tokens[m.end] ?? '') && /\b(?:want|wanna|like|love|could|can|end up|hope|hoping|become|start|get to|way)\b/.test(tokens.slice(Math.max(sentenceStart, m.start - 10), m.start).join(' '))) return 'target';
  // "help me with the route for the paramedic one first": of the goals named, the one to start with.
  if (tokens[m.start - 1] === 'the' && /^one (?:first|to start with)\b/.test(tokens.slice(m.end, m.end + 4).join(' '))) return 'target';
  // A cue of several words ending in "for" ("apply for", "go for") says it plainly.
  const forCue = cueEnding(v, before, (phrase) => phrase.includes(' ') && phrase.endsWith(' for'));
  if (forCue) return forCue[1];
  // "Is ACP only for nurses?": who a route is open to, not the writer's job or goal.
  if (before[before.length - 1] === 'for' && /^(?:only|just|purely|mainly|solely)$/.test(before[before.length - 2] ?? '')) return null;
  // "is there an apprenticeship for healthcare science practitioner", "a degree apprenticeship for OT": a course for one job
  // (named alone, not in the plural) is the way into it; "an apprenticeship for support workers" is for the people in it,
  // and so is one already named for another job ("OT apprenticeship for rehab assistant b3").
  const lastWord = tokens[m.end - 1] ?? '';
  const courseOfOther = all.some((x) => x !== m && x.end < end - 1 && tokens.slice(x.end, end - 1).every((t) => /^(?:degree|apprenticeships?|courses?|programmes?|top|up)$/.test(t)));
  // (Not a job with its own band after it: "an English course for hca b2" is for the writer, in that job.)
  const ownBand = tokens[m.end] === 'band' && /^(?:\d|8[a-d])$/.test(tokens[m.end + 1] ?? '');
  if (before[before.length - 1] === 'for' && /^(?:apprenticeship|apprenticeships|degree|course|programme)$/.test(before[before.length - 2] ?? '') && end === m.start && !courseOfOther && !ownBand && !(/s$/.test(lastWord) && !/ss$/.test(lastWord))) return 'target';
  // "where do porters park if we start at 6am", "do HCAs get paid breaks? we never get one": a question about the people in a job,
  // then "we": the writer is one of them.
  if (/s$/.test(lastWord) && !/ss$/.test(lastWord) && /^(?:where|when|how|what|why|do|does|can|are|will|should|is it true)(?: (?:do|does|can|are|will|should|have|get|usually))?$/.test(tokens.slice(sentenceStart, m.start).join(' ')) && /\b(?:we|us)\b/.test(tokens.slice(m.end, m.end + 10).join(' '))) return 'from';
  // "what routes are open to porters": who a route is open to, the job held.
  if (/\b(?:open|available|offered) to$/.test(tail)) return 'from';
  if (before[before.length - 1] === 'for') {
    // "for" names who something is for ("options for a HCA", "apprenticeship for support workers")
    // unless it follows a need ("what grades do you need for midwifery").
    const from = Math.max(sentenceStart, end - 9);
    const context = tokens
      .slice(from, end - 1)
      .map((t, i) => (all.some((x) => x !== m && from + i >= x.start && from + i < x.end) ? '_role_' : t))
      .join(' ');
    if (FOR_OWN_JOB.test(context)) return 'from';
    if (COURSE_AFTER.test(tokens.slice(m.end, m.end + 2).join(' ')) || FOR_MEANS_TARGET.test(context) || LEAVING_FOR.test(context)) return 'target';
    // "HCA for a TNA": a role just before "for" is the one held.
    const near = context.split(' ').slice(-3).includes('_role_');
    return FOR_MEANS_FROM.test(context) || GOOD_FOR.test(context) || near ? 'from' : 'target';
  }
  // "doing the business admin apprenticeship now", "doing my TNA at the moment": a course under way is the job held.
  // "doing hca job here now", "doing the porter job at the moment": the job itself, done now.
  // "currently I am doing MSW job band 3": the job itself, said to be done now.
  // "Doing the MLA job here, band 3": the same, opening a sentence.
  const doingJob = /\b(?:i am|currently|now) doing(?: (?:a|an|the|my))?$/.test(tokens.slice(Math.max(sentenceStart, m.start - 4), m.start).join(' ')) || /^doing(?: (?:a|an|the|my))?$/.test(tokens.slice(sentenceStart, m.start).join(' '));
  if (doingJob && /^(?:job|role|work)\b/.test(tokens[m.end] ?? '')) return 'from';
  // "now I'm doing the admin for the hub", "now back to bank HCA", "and now back on the wards as HCA": the work taken up now, after a move told.
  if (/\b(?:now i am doing|i am now doing|now back (?:to|on|as|in|at)|now i am back (?:to|on|as|in|at))(?: (?:a|an|the|my|being|doing))?$/.test(tokens.slice(Math.max(sentenceStart, end - 5), end).join(' '))) return 'from';
  if (/(?:^| )(?:doing|on)$/.test(tail) && /^(?:(?:job|jobs|role|work|shifts) )?(?:here |there )?(?:now|at the moment|at the minute|currently|right now|atm)\b/.test(tokens.slice(m.end, Math.min(sentenceEnd, m.end + 4)).join(' '))) return 'from';
  // "I'm in the lab doing specimen reception", "I am on nights doing theatre support": what the writer is doing now.
  if (/\bi am(?: (?!(?:want|wanting|thinking|considering|planning|hoping|interested|keen|looking|about|into|going|not|trying|aiming|happy|sick|tired|fed)\b)\S+){1,4} doing$/.test(tokens.slice(Math.max(sentenceStart, end - 6), end).join(' '))) return 'from';
  if (doneByWriter(tokens, m.start, m.end >= sentenceEnd ? '' : tokens[m.end], sentenceStart) && !COURSE_AFTER.test(tokens.slice(m.end, m.end + 2).join(' '))) return 'from';
  // "I'm an ambulance care assistant band 3 doing patient transport", "I work in the blood lab doing specimen reception":
  // the work the writer does in the job held now, told after "doing".
  if (tokens[m.start - 1] === 'doing' && WORKING_DOING.test(tokens.slice(sentenceStart, m.start).join(' ')) && !COURSE_AFTER.test(tokens.slice(m.end, m.end + 2).join(' '))) return 'from';
  // "always wanted to do my nursing", "can I do my midwifery while working": a training wished for, not a job held ("my" aside).
  if (WISHED_TRAINING.test(tail) && !/^(?:job|role|shifts?|hours|work)\b/.test(tokens[m.end] ?? '')) return 'target';
  // "help with my TNA application": the job applied for is not held yet, whatever "my" says.
  if (/^applications?$/.test(tokens[m.end] ?? '') && before.at(-1) === 'my') return 'target';
  const cue = cueEnding(v, before);
  if (cue) return cue[1];
  // "maternity support worker job how to get", "physician associate how to become": the goal first, then the question about it.
  const ask = POSTPOSED_GOAL.exec(tokens.slice(m.end, m.end + 6).join(' '));
  if (ask && !all.some((x) => x.start >= m.end && x.start <= m.end + ask[0].split(' ').length + 2)) return 'target';
  if (askedAsGoal(v, tokens, m, sentenceStart)) return 'target';
  // "RSCN how", "lab assistant, BMS how?": a role with a bare "how" ending the sentence is the goal asked about.
  if (tokens[m.end] === 'how' && m.end < sentenceEnd && /^(?:(?:pls|please|plz|thanks|thx|ta|lol|tho|though) ?)*$/.test(tokens.slice(m.end + 1, sentenceEnd).join(' '))) return 'target';
  // "new AP, first week", "a newly qualified nurse", "permanent HCSW": words that say the job is held now.
  // (Not a permanent job sought: "how do I get a permanent admin job", "looking for a permanent porter post".)
  const sought = /\b(?:get|getting|find|finding|want|land|secure|apply for|applying for|look for|looking for|go for|going for|become|be made) (?:a |an |the )?permanent$/.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' '));
  if (sought) return 'target';
  if (tokens.slice(end, m.start).some((t) => HELD_NOW.has(t))) return 'from';
  // "preceptorship wk 12 ODP in main theatres", "week 3 of induction, new porter": a job named after how far the writer is into it.
  if (/\b(?:preceptorship|induction|probation|first (?:week|day|month|shift)|(?:week|wk|day|month) \d+)\b/.test(tokens.slice(Math.max(sentenceStart, end - 5), end).join(' '))) return 'from';
  const after = tokens.slice(m.end, m.end + 4).join(' ');
  // (Not across the end of the sentence: "… the business admin apprenticeship? Currently a domestic".)
  if (FROM_AFTER.test(tokens.slice(m.end, Math.min(sentenceEnd, m.end + 6)).join(' '))) return 'from';
  // "… how do I get there? med sec band 4": a role with its band, after another role, is the one held.
  // (Not a band across the end of the sentence, or one that is the next job's: "PA or ACP?? band 5 staff nurse";
  // nor a job sought with its band: "… how do I get a permanent admin band 3 job".)
  // ("paeds or adult nursing, band 2 hca": also a next job whose name starts with its band.)
  const nextJobsBand = all.some((x) => x.start === m.end + 2 || (x.start === m.end && x.phrase.tokens[0] === 'band'));
  const afterAnother = all.some((x) => x.end <= m.start && x.role !== m.role);
  // (Nor the second of two jobs joined by "or", a choice of goals: "midwife or MSW band 4 first?".)
  const orChoice = all.some((x) => x.end < m.start && x.role !== m.role && /^or(?: (?:a|an|the))?$/.test(tokens.slice(x.end, m.start).join(' ')));
  if (/^band (?:\d|8[a-d])\b/.test(after) && m.end < sentenceEnd && !nextJobsBand && afterAnother && !orChoice && !JOB_SOUGHT.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' '))) return 'from';
  // "do my adult nursing training", "start my ODP degree": a course the person means to do.
  if (COURSE_AFTER.test(after) && /\b(?:do|doing|start|starting|begin|apply for|go and do) my$/.test(tokens.slice(Math.max(0, m.start - 4), m.start).join(' '))) return 'target';
  // "… from a band 2 finance clerk job", "my HCA job": the job held, not a course.
  // "I have a biomedical science degree", "with my psychology degree": a course done, neither goal nor job.
  // ("I got the HCA job", "I have got the porter post": a job won is the job held.)
  if (/^(?:job|post|position)\b(?! (?:interview|application|advert|offer|description|spec)\b)/.test(after) && /\b(?:i|i have|i have just|i just|finally) got (?:the|a|an|my)$/.test(tokens.slice(Math.max(0, m.start - 4), m.start).join(' '))) return 'from';
  if (COURSE_AFTER.test(after) && HELD_COURSE.test(tokens.slice(Math.max(0, m.start - 3), m.start).join(' '))) return null;
  // "SALT asst, route to SLT?": a route to another role named just after is that role's, not this one's.
  if (/^(?:route|routes|pathway|pathways) (?:to|into|onto)\b/.test(after) && all.some((x) => x.start > m.end && x.start <= m.end + 4)) return null;
  // ("my TNA application": an application is for a job not held yet, "my" or not.)
  if (COURSE_AFTER.test(after) && (/^applications?\b/.test(after) || !tokens.slice(Math.max(0, m.start - 5), m.start).some((t) => /^(?:my|our|current|from|as)$/.test(t)))) return 'target';
  return null;
}


/** "get to band 4", "move up to band 3", "get my band 3", "get to an 8c", "I want my band 3", "band 6 is the goal": a band stated as a goal. */
export const BAND_TARGET = /\b(?:(?:(?:to|into|become|reach|get|getting|onto|up to|promoted to|move to|step up to|progress to|make it to)(?: an?)?|get my|getting my|go for my|going for my|want my|i want|aiming for|aim for) band |band (?=\S+ (?:is|would be) (?:my|the) (?:goal|aim|target|dream|plan)\b))([0-9]|8[a-d])\b/;
/** "I'm a band 3", "as a band 2": a band stated as where the person is. */
export const BAND_FROM = /\b(?:i am|im|as|currently|from|been|working at|work at|on) (?:a |an )?band ([0-9]|8[a-d])\b/;

/** Single words that make a role a goal only weakly: "where do ward clerks go", "training for HCAs". */
const WEAK_TARGET = new Set(['do', 'doing', 'about', 'for', 'in', 'like', 'love']);

/** Whether the word just before a role (past filler words) is only a weak sign of a goal. */
export function weakCue(v: Vocabulary, tokens: string[], m: Mention, sentenceStart = 0): boolean {
  // "physician associate how to become": the question after the role says it plainly.
  if (POSTPOSED_GOAL.test(tokens.slice(m.end, m.end + 6).join(' ')) || askedAsGoal(v, tokens, m, sentenceStart)) return false;
  let end = m.start;
  while (end > sentenceStart && isFiller(v, tokens[end - 1]!)) end--;
  // Whole words only: "was" does not end with the cue "as".
  return end === sentenceStart || WEAK_TARGET.has(tokens[end - 1]!) || cueEnding(v, tokens.slice(Math.max(sentenceStart, end - 5), end)) === undefined;
}
