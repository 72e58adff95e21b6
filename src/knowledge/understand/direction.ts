/**
 * A small grammar for which role mentioned is which: words that cancel a role
 * ("not an HCA any more", "I don't want to be a nurse"), words that pick one
 * of several ("OT or physio? mostly physio"), a cue that means a goal after a
 * verb of moving ("get a job as", "move to maternity as an MSW"), and a role
 * that belongs to someone the writer manages ("one of my HCAs wants to…").
 */
import type { Mention } from './mentions.js';
import { MOVED_INTO, WISHED_TRAINING } from './cues.js';

const NEGATORS = new Set(['not', 'never', 'no', 'nor']);
/** Just before a role: it is one the person is no longer in, or does not want. */
// (Also without "do", as some writers with English as a second language put it: "I no want to be nurse", "I not want become HCA".)
const NOT_BEFORE = /(?:^| )(?:not|not as|not really|not exactly|not quite|anything but|everything but|except for|never|no longer|no longer want to be|no longer want to do|no longer wish to be|not want to be|not want to|not want|no want to be|no want to|no want|no like to be|not like to be|no wish to be|not wish to be|not wanting to|not looking to|not planning to|not aiming to|never want to be|nor|used to be|started out as|started off as|began as|was|were|before i was|instead of|rather than|other than|apart from|aside from|besides|except|not just|not a|not an|not the|dont want to be|do not want to be|do not want to do|dont want to do|do not want|dont want|do not fancy|dont fancy|not keen on|not into|not interested in|no interest in|not cut out to be|not cut out for|not cut out for being|have no interest in|zero interest in|no desire to be|no desire to become|not really interested in|not really into|not really keen on|not that interested in|not too keen on|fed up of being|fed up being|sick of being|tired of being|left|quit|gave up|dropped out of|ex|was on|was in|were on|used to be on|used to be in|used to work on|used to work in|used to work as|stopped|stopped working as|finished as|former|my old job was|my previous job was|my last job was|before that|before that i was|before this|prior to that|i was going to|was going to)(?: (?:doing|becoming|going for|training as|being|be|become|do|train as|go for|go into|get into|move into|going into|to go into|to get into|to move into))?(?: (?:a|an|the|any|my))?(?<! band (?:\d|8[a-d]))(?: band (?:\d|8[a-d]))?$/;
/** Before a role: a move set aside ("apart from going", "rather than becoming a"). */
const SET_ASIDE = /(?:^| )(?:apart from|aside from|besides|except|other than|instead of|rather than) (?:going|becoming|doing|going for|training as|training to be|retraining as)(?: (?:a|an|the))?$/;
/** Just after a role: it is one the person has left. */
const NOT_AFTER = /^(?:any more|anymore|no more|no longer|is leaving|has left|is retiring|has retired|is moving on|has moved on|before(?! (?:my|the|i|we|you|it|going|starting|applying|then|that|this|a|an|in)\b)|in the past|previously|for now but|(?:till|until|up until|up to) (?:last|recently|a few|a couple|\d+)|too much paperwork|(?:\S+ )?but (?:thats|that is|its|it is|it was) not (?:me|for me)|(?:\S+ )?but no not (?:for|me)|but not for me|is (?:just |really |definitely |honestly |so )?not (?:for me|me|my thing)|(?:19|20)\d\d (?:19|20)\d\d)\b/;
/** After a role: the writer turns it down, named again as "it" or "that" ("the senior HCA post but I don't want it"). */
const REFUSED_AFTER = /^(?:(?:post|job|role|position|course|apprenticeship|programme|degree|route|thing|one|place|offer|interview) )?(?:but|though|and|tbh but) (?:to be honest )?i (?:really |honestly |just )?(?:do not|did not|dont|am not|have no|never) (?:really )?(?:want|wanted|fancy|fancied|interested|keen|desire|intention|wish)(?: (?:in|on|of|to do|to be|to go for|to take|doing|taking|going for))? (?:it|that|this|one|them)\b|^(?:(?:post|job|role|course|apprenticeship|programme|degree|route|thing) )?(?:but|and) (?:i )?(?:decided against it|changed my mind|went off (?:it|the idea)|gave (?:it|that|the idea) up)\b/;
/** Before a role: others putting it forward to the writer ("got told I should go for", "everyone keeps telling me to apply for"). */
// Also "all the midwives say go for midwifery", "everyone assumes I will do the physio degree".
const SUGGESTED_BEFORE = /\b(?:(?:told|tell|tells|telling|say|says|said|saying|suggested|suggests|suggesting|reckon|reckons|advised|recommended)(?: me)?(?: that)? (?:i should|i ought to|i must|i could|to|me to|go for|go|do)|(?:want|wants|wanted|push|pushing|pushed|encourage|encourages|encouraged|encouraging|on at) me to|(?:assume|assumes|assumed|expect|expects|expected|thinks|think)(?: that)? i (?:will|would|should|am going to)|(?:says|said|say|thinks|think|reckons|reckon|told me)(?: that)? (?:you|i) (?:would|d|will|could) (?:be|make)|mentioned|suggested|recommended|(?:ask|asks|asking|asked|keep asking|keeps asking)(?: me)? (?:when i (?:will|would|am going to|am gonna)|(?:if|whether) i (?:want|would like|fancy))|(?:everyone|everybody|people|they|all|my (?:\S+ ){0,2}?(?:mum|mam|mother|dad|father|family|parents|wife|husband|partner|friends?|manager|boss|supervisor|sister|brother)) (?:says?|said|keeps? saying|tells? me|told me))\b/;
/** After a role: the writer turns it down, happy where they are ("but I'm happy on the trucks", "but I love being an HCA"). */
const DECLINED_AFTER = /^(?:\S+ ){0,3}(?:but|though) (?:i am|i feel|honestly i am|to be honest i am) (?:really |quite |very |perfectly |more than |so )?(?:happy|content|settled|fine|comfortable|staying|sticking|stopping|remaining)\b|^(?:\S+ )?(?:i|me) (?:say|said)\b|^(?:i|me) (?:would rather|would prefer|prefer)\b|^(?:\S+ ){0,8}(?:and|but) i am (?:really |honestly |just )?not (?:sure|convinced)(?: (?:if|whether|that))? (?:i|it|its|about|can we|can you)\b|^(?:\S+ ){0,3}(?:but|though) i (?:really |honestly |genuinely )?(?:like|love|enjoy)(?: being| my| what i| it| where i)\b|^(?:\S+ ){0,3}(?:but|though) i am (?:really |honestly |just )?not (?:interested|bothered|fussed|keen)\b|^(?:\S+ ){0,3}(?:but |and )?(?:i have |i )?(?:already )?decided (?:i am not|not to|against)\b|^(?:\S+ ){0,3}(?:but )?(?:no thanks|no thank you|not for me|(?:i am )?not sure (?:it is|that is|its|thats) for me|(?:it is|its) not (?:for me|my thing))\b|^(?:\S+ ){0,3}(?:but|though) (?:honestly |really |actually |tbh |to be honest )?i (?:really |honestly |actually |just )?(?:want|would rather|would prefer|prefer|do not fancy|dont fancy|do not want|dont want)\b(?! to (?:know|ask|check|find out|see|understand)\b)/;
/** Just after a role: it was held in another country ("nurse in India", "physio back home"). */
const COUNTRY = '(?:my home country|the philippines|the netherlands|czech republic|the caribbean|south africa|saudi arabia|sierra leone|philippines|new zealand|afghanistan|switzerland|my country|bangladesh|tamil nadu|the states|sri lanka|australia|lithuania|hong kong|indonesia|venezuela|argentina|mauritius|bucharest|singapore|zimbabwe|pakistan|portugal|bulgaria|ethiopia|thailand|malaysia|slovakia|colombia|cameroon|tanzania|botswana|trinidad|barbados|nigeria|romania|ukraine|america|the usa|ireland|jamaica|hungary|germany|eritrea|somalia|lebanon|the uae|morocco|algeria|tunisia|vietnam|myanmar|moldova|albania|croatia|estonia|belarus|namibia|holland|belgium|denmark|finland|austria|karachi|nairobi|the drc|poland|greece|canada|the us|zambia|malawi|uganda|brazil|latvia|france|turkey|jordan|kuwait|serbia|russia|mexico|rwanda|sweden|norway|cyprus|kerala|punjab|manila|lahore|mumbai|warsaw|harare|guyana|india|ghana|kenya|nepal|spain|italy|egypt|syria|sudan|saudi|dubai|qatar|china|burma|chile|malta|lagos|dhaka|delhi|accra|japan|korea|libya|congo|iran|iraq|oman|peru|kyiv|kiev|uae|goa|usa|sa|nz)';
// (Not "HCA here, in my country I was a pharmacist": "here" says the job is held here.)
const ABROAD_AFTER = new RegExp(`^(?:(?!here\\b|now\\b)\\S+ )?(?:in ${COUNTRY}|back home|in another country)\\b`);
/** "nurse from the Philippines": trained there, unless the job is said to be new here ("I am new nurse from India"). */
const FROM_ABROAD_AFTER = new RegExp(`^from ${COUNTRY}\\b`);
/** Earlier in the message: where the writer comes from ("I come from Syria", "came to UK from Romania"). */
const CAME_FROM = new RegExp(`\\b(?:from ${COUNTRY}|(?:come|came|moved|arrived)(?: (?:to|here to) (?:the )?(?:uk|england|scotland|wales|here))? from (?!(?:the|a|an|my|our|another|other|home|work)\\b)\\S+)\\b`);
/** Before a role: "in Australia I was", "back home I was a". */
// Also "I was working in Spain like nurse", "worked in India as a staff nurse": where, then the job.
const ABROAD_BEFORE = new RegExp(`\\b(?:(?:in ${COUNTRY}|back home|in another country) i (?:was|worked as|am)|(?:working|worked|work) (?:in ${COUNTRY}|back home|in another country)(?: for (?:\\d+|many|some|a few|few|two|three|five|ten) (?:years?|yrs?))? (?:as|like))(?: (?:a|an))?$`);

/** Words that pick one role of several: "mostly physio", "physio is the dream", "but honestly it's the paramedics I watch". */
const PREFER_BEFORE = /(?:^| )(?:mostly|mainly|probably|prob|probs|prefer|preferably|i prefer|leaning towards|leaning to|i think|think|thinking|leaning|leaning more to|leaning more towards|more into|more like|i like|i love|dream is|dream job is|set on|definitely|defo|ideally|my heart is in|rather be|rather do|rather|i think it is|think it is|in the end it is|(?:but|honestly|really|actually|truthfully|tbh|secretly|deep down)(?: (?:honestly|really|actually|tbh|deep down))? it is|realistically it is|decided on|i have decided on|settled on|opted for|gone for|chosen|picked)(?: (?:a|an|the|being|do|doing|proper|real|fully))*$/;
const PREFER_AFTER = /^(?:one first|one to start with|appeals the most|appeals most|appeals to me most|in the end|wins|is the one|mainly|is what i really want|is what i want to do|is what i really want to do|instead|is the dream|is my dream|suits me best|suits me|most|mostly|tbh|really|is what i want|is my goal|for sure|definitely|(?:is |would be )?(?:probably |prob |probs |maybe |much |a lot )?more (?:realistic|sensible|doable|achievable|practical))\b/;

/** Before a current-role cue ("as", "work as"): a verb of moving that makes it a goal. */
const GOAL_VERB = /\b(?:be|make|would be|would make|suited|cut out|want|wants|wanted|wanting|would like|like to|love to|hoping|hope|plan|planning|aim|aiming|keen|move|moving|go|going|get|getting|start|starting|become|train|training|apply|applying|switch|transfer|retrain|into|end up|ending up|find|looking for|look for|try|trying|progress|step up|register|registering|registration|qualify|for work|convert|be one of|can i work|could i work|to work|can i be|could i be|do better|better off|happier)\b/;
/** … unless the person says that is them now. */
const NOW_WORDS = /\b(?:i am|im|(?<!(?:can|could|would|should|if) )i work|currently|at the moment|right now|already|still|permanent|permanently)\b/;
/** Words of a job's kind that say it is held now ("new", "bank", "permanent"). */
const HELD_FILLERS = /^(?:new|newly|now|currently|still|already|just|only|permanent|bank|agency|working|employed|student|trainee|preceptee|experienced|fellow)$/;
/** Leave from work, and going back to the job after it ("back to work after mat leave", "returning from sick leave"). */
const LEAVE = '(?:mat|maternity|paternity|adoption|parental|shared parental|sick|long term sick|sickness)(?: leave)?';
const BACK_FROM_LEAVE = new RegExp(`\\b(?:back|return|returning|returned)\\b.*\\b(?:after|from|off) (?:my |the |a |long |long term )?${LEAVE}\\b|\\b(?:after|from|off|on|going on|went on) (?:my |the |a |long |long term )?${LEAVE}\\b.*\\b(?:back|return|returning|returned)\\b`);
/** A move already made, told in the past: the job it took the writer to is the one held ("came back as", "was redeployed … as"). */
const PAST_MOVED = /\b(?:moved|came back|came over|went back|got moved|was moved|been moved|redeployed|seconded|transferred|switched|ended up|landed)\b/;
/** "I go out on the rapid response car as a paramedic": a verb of moving said of what the writer does now, not a move. */
const HABIT = /(?:^|\s)(?<!\b(?:can|could|would|should|if|do|did|will|shall|might|must|how|when|where|what|why|once|until|to) )i (?:go|get|drive|travel|move|cover)\b(?! (?:to be|into|onto|on to|for)\b)/;

/** The window of words just before a mention, as text. */
function before(tokens: string[], m: Mention, n: number): string {
  return tokens.slice(Math.max(0, m.start - n), m.start).join(' ');
}

function after(tokens: string[], m: Mention, n: number): string {
  return tokens.slice(m.end, m.end + n).join(' ');
}

/** Anywhere in the message: the writer means to stay in the job held ("not wanting to change job, just add the skill"). */
const STAYING = /\b(?:not|no|dont|do not) (?:wanting|want|looking|trying|planning|meaning) to (?:change|move|leave|switch)(?: (?:my )?(?:jobs?|roles?))?\b|\b(?:just|only) (?:want to |to |wanting to )?(?:add|have|get|gain|learn) (?:the|that|this) skill\b/;
/** Just before a goal: the writer doubts wanting it ("not sure I want to be a manager"); with "still" or "even", a job held (isDoubted). */
export const DOUBTED_GOAL = /(?:^| )(?:not sure|unsure|not convinced|do not know|dont know|not certain)(?: if| whether)? i (?:would |really )?(?:want|wanna|wish)(?: to (?:be|become|go for|train as|do|go into|get into))?(?: (?:a|an|the))?$/;

/** Words that rule out the jobs after them: "not as a", "I do not want to be", "never wanted to work as". */
const LIST_NEGATOR = '(?:(?:not|never|no longer)(?: as| being| working as)? (?:a|an|the)|(?:do not|not|never|no longer) (?:want|wanted|wanting|wish) to (?:be|become|do|work as|train as)(?: (?:a|an|the))?)';
/** "not as a doctor or", "do not want to be a nurse or": a job ruled out, then "or" and the next job, ruled out with it. */
const NOT_LIST_BEFORE = new RegExp(`(?:^| )${LIST_NEGATOR} (?!(?:fan|problem|bit|lot|big|huge|great|good|bad|clue|chance|priority)\\b)[a-z]+(?: [a-z]+)? (?:or|nor)(?: (?:a|an|the|as an?))?$`);

/** "not an HCA any more", "I don't want to be a nurse", "ex HCA": this role is ruled out. */
export function isNegated(tokens: string[], m: Mention, all: readonly Mention[] = []): boolean {
  const b = before(tokens, m, 6);
  // (The ten words before are read twice below: joined once.)
  const b10 = before(tokens, m, 10);
  if (NOT_BEFORE.test(b) || DOUBTED_GOAL.test(b10)) return true;
  // "Phlebotomy training - how do I get on the course? … not wanting to change job": the training is a skill, not a job wanted.
  // (The one word after, as it is: no need to join it.)
  if (/^(?:training|course|courses)\b/.test(tokens[m.end] ?? '') && STAYING.test(tokens.join(' '))) return true;
  // "wondering if HR is right for me", "not sure whether nursing is for me": a job or field in doubt.
  if (/\b(?:wondering|wonder|not sure|unsure|do not know|dont know|questioning) (?:if|whether)(?: (?:a|an|the))?$/.test(before(tokens, m, 5)) && /^(?:is|would be|was) (?:really |even |actually )?(?:right for me|for me|the right|my thing|a good fit)\b/.test(after(tokens, m, 6))) return true;
  // "not as a doctor or nurse", "I do not want to be a nurse or a midwife": the words that rule out the first of a list with "or" rule out the rest.
  if (NOT_LIST_BEFORE.test(before(tokens, m, 12))) return true;
  // (The words between are joined only when the first is "or" or "nor".)
  const listed = all.findLast((x) => x.end < m.start && /^n?or(?: |$)/.test(tokens[x.end]!) && /^(?:or|nor)(?: (?:a|an|the|as an?))?$/.test(tokens.slice(x.end, m.start).join(' ')));
  if (listed && isNegated(tokens, listed, all)) return true;
  // "feel like an HCA again", "I feel like a glorified porter sometimes": a likeness, neither the job held nor a goal.
  if (/\b(?:feel|feels|felt|feeling) like(?: (?:a|an|the|just a|just an))?$/.test(b) && /^(?:again|already|sometimes|at times|most days|some days|all the time|half the time)\b/.test(after(tokens, m, 3))) return true;
  // "is it just for nurses?", "is the TNA only for HCAs?": who something is for, neither the goal nor the job held.
  if (/\b(?:only|just|purely|mainly|solely|exclusively) for(?: (?:the|a|an))?$/.test(b)) return true;
  // "what else is there apart from going pharmacist", "rather than becoming a nurse": a way set aside.
  if (SET_ASIDE.test(b)) return true;
  // "I'm a scrub nurse, no wait, I'm an AP": a job taken back at once, for another named just after.
  if (/^(?:no wait|wait no|sorry no|no sorry|scratch that|sorry i mean|no i mean)\b/.test(after(tokens, m, 3)) && all.some((x) => x.start > m.end && x.start <= m.end + 7)) return true;
  // "I'm not HCA in hospital": a negator right before, with only "a/an/the" between.
  const prev = tokens[m.start - 1];
  const prev2 = tokens[m.start - 2];
  if (prev && NEGATORS.has(prev)) return true;
  if (prev2 && NEGATORS.has(prev2) && (prev === 'a' || prev === 'an' || prev === 'the')) return true;
  // "not a scrub nurse": one word of kind between.
  if (tokens[m.start - 3] === 'not' && (prev2 === 'a' || prev2 === 'an')) return true;
  // "got told I should go for the paramedic degree but I'm happy as an ECA": a goal others put forward, which the writer turns down.
  if (SUGGESTED_BEFORE.test(b10) && DECLINED_AFTER.test(after(tokens, m, 14))) return true;
  // (Not the job the writer is in: "I'm a porter but I don't want it for ever".)
  return NOT_AFTER.test(after(tokens, m, 4)) || (REFUSED_AFTER.test(after(tokens, m, 10)) && !/\b(?:i am|i work as|working as|i have been)(?: (?:a|an|the))?$/.test(b));
}

/** "I'm a nurse, not a midwife, but I'd like to be one": a job the writer is not yet, then "but" before "one" at `at`. */
export function isNotYet(tokens: string[], m: Mention, at: number): boolean {
  return /(?:^| )not(?: yet)?(?: an?)?$/.test(before(tokens, m, 3)) && /\b(?:but|though|yet)\b/.test(tokens.slice(m.end, at).join(' '));
}

/**
 * "I was a nurse in India", "physio back home": a profession held in another
 * country, so one to register for here, not the job held now.
 */
export function isAbroad(tokens: string[], m: Mention, sentenceEnd = tokens.length): boolean {
  // "I am HCA from Romania": a job that needs no registration, said in the present, is the job held by someone from there.
  const heldHere = m.role.regulator === null && /\b(?:i am|im)(?: (?:a|an))?$/.test(before(tokens, m, 3));
  // Not across the end of the sentence: in "… 2 years as domestic. In my country I finish university…" the domestic job is here.
  const next = (n: number) => tokens.slice(m.end, Math.min(m.end + n, sentenceEnd)).join(' ');
  if (FROM_ABROAD_AFTER.test(next(4)) && !/\b(?:new|newly|now)$/.test(before(tokens, m, 3)) && !heldHere) return true;
  // ("I'm a band 5 biomedical scientist, trained in Sri Lanka, HCPC registered here since 2021": trained there, registered here.)
  if (/\b(?:registered|working|practising|practicing|qualified) (?:here|in the uk|in england|in scotland|in wales)\b/.test(next(14)) && /\b(?:i am|im)(?: (?:a|an))?(?: band (?:\d|8[a-d]))?$/.test(before(tokens, m, 5))) return false;
  if (ABROAD_AFTER.test(next(5)) || ABROAD_BEFORE.test(before(tokens, m, 8))) return true;
  // "one of our international nurses", "an overseas-trained midwife": a registered profession trained abroad, not yet practised here.
  // (Not one already working here in that job: "3 weeks in as an internationally recruited nurse", "preceptor for an
  // internationally educated nurse who started last month".)
  const startedHere = /\b(?:weeks?|wks?|days?|months?) in as$|\bpreceptor (?:for|to|of)$/.test(before(tokens, m, 6).replace(/(?: (?:a|an|my|our|the|new|international|internationally|educated|trained|recruited|overseas|foreign))+$/, '')) || /^(?:who|that) (?:has |have |just )?(?:started|joined|began|arrived)\b/.test(after(tokens, m, 4));
  if (m.role.regulator !== null && !startedHere && /\b(?:international|internationally (?:educated|trained|recruited)|overseas|overseas trained|foreign trained|foreign)$/.test(before(tokens, m, 3))) return true;
  // "I come from Syria, I was working as pharmacist there": a past job "there", after the writer said where they come from.
  // Also "… worked there as a physio".
  const there = (/^(?:\S+ )?there\b/.test(next(3)) && /\b(?:was|were|worked|working|used to)\b/.test(before(tokens, m, 4))) || /\b(?:worked|was working|was) there(?: for \S+ \S+)? as(?: an?)?$/.test(before(tokens, m, 7));
  return there && CAME_FROM.test(tokens.slice(0, m.start).join(' '));
}

/** "mostly physio", "OT suits me best": this one is preferred among several. */
export function isPreferred(tokens: string[], m: Mention): boolean {
  if (PREFER_BEFORE.test(before(tokens, m, 5))) return true;
  // "wondering whether data analyst or project manager suits me better", "whether radiography or being an ODP suits me better":
  // a question over both, not a preference for the second.
  return PREFER_AFTER.test(after(tokens, m, 4)) && !/\b(?:whether|which|if)\b(?: \S+){1,5} or(?: (?:being|becoming|doing|maybe|even))?(?: (?:a|an|the))?$/.test(before(tokens, m, 10));
}

/**
 * A current-role cue ("as", "work as", "job as") read as a goal: "get a job as",
 * "start out as", "move to maternity as an MSW", "want to work as".
 */
export function cueIsGoal(tokens: string[], m: Mention, all: readonly Mention[] = [], fillers: ReadonlySet<string> = new Set()): boolean {
  // Only the words since another role count: in "switch to mental health nursing as a nursing
  // associate" and "become a BMS? … and work as a lab assistant" the verb's goal is the other role.
  // A one-word area just before "as" is not a clause of its own: in "get into HR as an HR adviser" the verb governs both.
  const start = Math.max(
    0,
    m.start - 10,
    ...all
      // ("want to lead the dispensary team as team leader": a team named by its work is no clause of its own either.)
      .filter((x) => x.role !== m.role && x.end <= m.start && !(x.end - x.start === 1 && /^as(?: (?:a|an|the))?$/.test(tokens.slice(x.end, m.start).join(' '))) && !(/^teams?$/.test(tokens[x.end] ?? '') && tokens[x.start - 1] === 'the'))
      .map((x) => x.end),
  );
  // Past words that only say what kind of job: "work with people with learning disabilities as a proper registered nurse".
  let end = m.start;
  // (Not words that say the job is held now: "as a new ward clerk", "as a bank HCA".)
  while (end > start + 1 && fillers.has(tokens[end - 1]!) && !HELD_FILLERS.test(tokens[end - 1]!) && tokens[end - 2] !== 'as') end--;
  const b = tokens.slice(start, end).join(' ');
  if (!/\b(?:as|work as|job as|working as|in as)(?: (?:a|an|the))?$/.test(b)) return false;
  // "what jobs can I go for with 10 years as a theatre support worker": time served in the job held.
  if (/\b(?:years?|yrs?|months?|experience|background|career|time) as(?: (?:a|an|the))?$/.test(b)) return false;
  // "how much sick pay do I get as a porter", "what holiday do you get as an HCA": what the job gives, not a move.
  if (/\b(?:i|you|we|they) (?:get|getting|got) as(?: (?:a|an|the))?$/.test(b)) return false;
  // "going back to work after mat leave as a medical secretary": the job held, returned to after time off (not wished for).
  if (BACK_FROM_LEAVE.test(tokens.slice(Math.max(0, m.start - 14), m.end + 8).join(' ')) && !/\b(?:want|wanna|would like|like to|hoping|hope|plan|planning|rather)\b/.test(b)) return false;
  // "moved into the lab last spring as an assistant", "got redeployed to the discharge lounge as an HCA": a move already made, so the job held.
  // ("redeployed from outpatients admin into the hub as an HCA": the move told before the job it was from.)
  const moved = PAST_MOVED.test(b) ? b : /\b(?:moved|redeployed|seconded|transferred|switched|came back|went back|came over) (?:over |across )?from\b.*$/.exec(tokens.slice(Math.max(0, m.start - 14), m.start).join(' '))?.[0];
  if (moved !== undefined && !/\b(?:want|wants|wanted to|wanna|would like|like to|hoping|hope|plan|planning|rather|could|can|should|would)\b/.test(moved)) return false;
  // "my new job as a ward clerk": the job held.
  if (/\b(?:my|new|current|present) (?:job|role|post) as(?: (?:a|an|the))?$/.test(b)) return false;
  // "what can I progress to as an admin": the verb has its own goal; "as" says who is asking.
  if (/\b(?:to|into|onto|for|from|up|on) as(?: (?:a|an|the))?$/.test(b)) return false;
  // "the PTP - can I get on it as a healthcare science associate?", "can I apply for it as a porter": the course is the goal; "as" says who is asking.
  if (/\b(?:get on|get onto|get on to|go on|apply for|apply to|go for|join|start|do|access|be accepted on|be accepted onto) (?:it|this|that|them|one) as(?: (?:a|an|the))?$/.test(b)) return false;
  // Only the words since the last role or "i am" count: "I'm a HCA, I want to move to maternity as an MSW".
  // A question starts a new clause: "I work in a care home at the moment, how do I start out as an HCA".
  // "while", "but" too: "train to be a midwife while working as an MSW".
  const window = (b.split(/\b(?:i am|im|(?<!(?:can|could|would|should|if) )i work|while|whilst|but)\b/).pop() ?? b).split(/(?=\b(?:how|what|where|when|can i|could i|should i)\b)/).pop() ?? b;
  // (The words just before the window too, when it was not cut: "how do I get a job … as an assistant" is a question.)
  const lead = window === b ? `${tokens.slice(Math.max(0, start - 2), start).join(' ')} ` : '';
  const now = window.replace(/\b(?:want|wants|like|hoping|hope)\b.*$/, '');
  return GOAL_VERB.test(window) && !NOW_WORDS.test(now) && !HABIT.test(lead + now);
}

/**
 * "not sure I still want to be a midwife", "wondering whether I still want to do nursing": a job the
 * writer has doubts about staying in is the job held, not a goal.
 */
export function isDoubted(tokens: string[], m: Mention): boolean {
  // "not sure the ward clerk job still fits me", "wondering if my HCA role is still for me": the job held, in doubt.
  if (/\b(?:not sure|unsure|wondering|wonder|questioning|dont know|do not know)(?: if| whether)?(?: (?:the|my|this))?$/.test(before(tokens, m, 5)) && /^(?:(?:job|role|post|work) )?(?:is )?(?:still|really still|even) (?:fits?|suits?|right for|for|is right for|is for|the right job for) me\b/.test(after(tokens, m, 7))) return true;
  return /\b(?:sure|know|unsure|wonder|wondering|if|whether|question|questioning) i (?:still|even) (?:want|wanna|wish) to (?:be|do|stay)(?: (?:a|an|the|in))?$/.test(before(tokens, m, 9));
}

/** "be one of the people in the dietetics team", "one of the people who do the scans in x-ray": a job described, so a goal. */
export function isDescribedGoal(tokens: string[], m: Mention, sentenceStart = 0): boolean {
  // Within the sentence: in "how do I become one of the people who take blood? I'm a domestic" the domestic is the job held.
  return /\b(?:be|being|become|becoming|job as|work as|get into being) one of the (?:people|ones|staff|team|person)\b/.test(tokens.slice(Math.max(sentenceStart, m.start - 12), m.start).join(' '));
}

/** Words that end just before the role of someone the writer manages or speaks for. */
const MANAGED_BEFORE = /(?:^| )(?:one of my|one of our|(?<!\b(?:be|become|becoming|being|join|joining|like|as) )one of the|some of my|two of my|a few of my|(?<!\b(?:i|you|we|they) )got an?|my|our|a member of my team is an?|my staff member is an?|i have an?|ive got an?|i have got an?|i have(?= (?:\d|two|three|four|five|six|a few|some|several))|i have got(?= (?:\d|two|three|four|five|six|a few|some|several))|i manage an?|i manage|i line manage|i supervise|i look after|i mentor|preceptor for a|mentor for a|preceptor to an?|preceptor for an|mentor to an?|mentor for an|i am preceptor to|i am mentoring an?|my colleague is an?|my colleague|i precept an?|he is a|she is a|hes a|shes a|he is an|she is an|he is|she is|hes|shes|has been a|has been an|(?:they|both|they both|both of them) (?:are|have been|have both been|are both)(?: an?)?)(?: (?:band \S+|\d+|two|three|four|five|six|few|couple of|new|newly qualified|nq|lovely|amazing|brilliant|great|senior|junior|ed|ward|theatre|community|bank|team|rehab|night|day))*$/;

/** "my wife is a", "my son works as": someone of the writer's family, and their job. */
const FAMILY_IS = /(?:^| )my (?:wife|husband|partner|son|daughter|mum|mam|mother|dad|father|sister|brother|friend|niece|nephew) (?:is|works as|is working as)(?: (?:a|an|band \S+|\d+))*$/;

/** Words before a role that on their own say it is someone the writer manages ("one of my HCAs", "I supervise two…"). */
const MANAGED_PLAINLY = /(?:^| )(?:one of my|one of our|some of my|two of my|a few of my|(?:i|and|also) (?:manage|line manage|supervise)(?: (?:a|the) (?:team|group) of)?|preceptor for a|mentor for a|preceptor to an?|preceptor for an|mentor to an?|mentor for an|i am mentoring an?|i precept an?|i have (?:got )?(?:\d+|two|three|four|five|six|several|a few))(?: \S+){0,2}(?: band \S+)?$/;

/** People the writer speaks of, in a team named by its job: "one of the lads on the porters team", "a couple of the girls in the domestic team". */
const ONE_OF_A_TEAM = /(?<!\b(?:be|become|becoming|being|join|joining) )\b(?:one|some|two|three|few|couple) of (?:the|our|my) (?:lads|guys|girls|ladies|staff|people|women|men|team|members|fellas)(?: \S+)? (?:on|in|from) (?:the|our|my)$/;

/** "a HCA who wants to…", "an admin who has no confidence": someone in the job, spoken of in the third person. */
const SOMEONE_WHO = /^(?:who|that) (?:wants|is|has|would|keeps|needs|feels|seems|lacks|does not|doesnt|is not|isnt|never|always|really|s)\b/;

/** "I manage a team of 12", "I run a small team of": a team the writer leads, before the job of its members. */
const TEAM_OF = /\b(?:i (?:manage|lead|run|supervise|look after)|i am in charge of|im in charge of|i have|i have got) (?:a|the|my|our)(?: small| big| large| busy)? team of(?: (?:about|around|over|nearly))?(?: (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty))?(?: band \S+)?$/;

/** "my preceptee is a band 5 staff nurse", "my new starter is a newly qualified": someone the writer teaches or brings on, and their job. */
const MY_LEARNER = /(?:^| )(?:my|our) (?:preceptee|preceptees|mentee|mentees|apprentice|apprentices|new starter|new starters|learner|learners|trainee|trainees)(?: (?:is|are|was|has been|have been)(?: (?:a|an|both|all))?)?(?: (?:band \S+|new|newly qualified|nq|recently qualified|qualified|\d+))*$/;

/** "one of my HCAs", "my support workers", "I supervise two…": plainly someone the writer manages, without other words needed. */
export function isPlainlyManaged(tokens: string[], m: Mention): boolean {
  const b = before(tokens, m, 6);
  // (Not "I supervise the domestic team": the team the writer leads, not a person in it.)
  if ((MANAGED_PLAINLY.test(b) && !/^(?:team|teams)$/.test(tokens[m.end] ?? '')) || MY_LEARNER.test(before(tokens, m, 9))) return true;
  // "I manage a team of 12 HCAs", "I lead a team of porters": the people in a team the writer runs.
  // (Not "I lead a small team of receptionists as a band 4 team leader": the writer's own job, said after.)
  if (TEAM_OF.test(before(tokens, m, 9)) && !/(?:^| )as (?:a|an|the)\b/.test(after(tokens, m, 4))) return true;
  if (ONE_OF_A_TEAM.test(before(tokens, m, 8))) return true;
  // "how do I help a HCA who lacks confidence", "support a HCA who wants to progress": helping someone in the job, spoken of
  // (not "what's out there for a porter who wants…", a question about anyone in the job).
  if (/(?:^| )(?:help|support|mentor|coach|advise|encourage|develop|motivate|guide) (?:a|an)(?: band \S+)?$/.test(b) && SOMEONE_WHO.test(after(tokens, m, 3))) return true;
  // "I have a receptionist who'd make a great team leader", "we've got an HCA on the ward who would be a brilliant nurse": someone the writer has in the team, fit for a job.
  if (/(?:^| )(?:i|we) (?:have|have got|got)(?: (?:a|an))?(?: band \S+)?$/.test(b) && /^(?:(?:in|on) (?:my|our|the) (?:team|ward|unit|department|shift) )?(?:who|that) (?:would|d|could|will|might) (?:make|be)\b/.test(after(tokens, m, 9))) return true;
  // "one of the band 3 HCAs in my team"
  if (/^(?:in|on) my team\b/.test(after(tokens, m, 3)) && /\b(?:one|some|two|few) of the\b/.test(b)) return true;
  // "the phleb in my team asked me about…", "a porter on my ward wants…": someone in the writer's team, doing something.
  if (/^(?:in|on|from) (?:my|our) (?:team|ward|unit|department|dept|service|shift|section)s? (?:asked|asks|wants|wanted|would like|is|has|came|told|said|says|keeps|needs|who)\b/.test(after(tokens, m, 6)) && /(?:^| )(?<!\b(?:be|become|becoming|being|as|for|of|over|to|with|about|like) )(?:the|a|an|one of the)(?: band \S+| new| newly qualified| nq)?$/.test(b)) return true;
  // "my support workers", "our band 2 HCAs": a role in the plural after "my" or "our".
  return /(?:^| )(?:my|our)(?: band \S+)?$/.test(b) && /s$/.test(tokens[m.end - 1] ?? '') && !/ss$/.test(tokens[m.end - 1] ?? '');
}

/** The last word of the name of a job that leads, said of the writer's own boss after "my" ("my new ward manager"). */
const BOSS = /^(?:supervisors?|managers?|leaders?|leads?|matrons?|sisters?|bosses?)$/;
/** "my", "our new", "my old line": before the writer's own boss. */
const MY_BOSS = /(?:^| )(?:my|our)(?: (?:new|old|current|line|own|ward|team|department|dept|unit|service))*$/;

/** One-word names of departments that may also name a job in them ("HR"). */
const DEPARTMENT = /^(?:hr|payroll|estates|finance|pharmacy|recruitment|switchboard|procurement|facilities)$/;
/** Before a department: it is asked, told or shared with ("tried HR", "emailed HR", "share it with HR"). */
const DEPARTMENT_BEFORE = /(?:^| )(?:tried|tell|told|ask|asked|email|emailed|contact|contacted|ring|rang|phone|phoned|call|called|chase|chased|share|shared|with|show|by|me)$/;
/** After a department: what it does or holds ("HR said", "HR see", "my HR file"). */
const DEPARTMENT_AFTER = /^(?:see|sees|read|reads|know|knows|find out|get this|gets this|use|uses|said|says|told|sending|sent|emails|emailed|file|files|records|portal|policy|policies|keep|keeps|never|do not|does not|is sending|are sending|people said|sorted)\b/;
/** Before "my" and a boss: the boss is told or asked ("don't tell my supervisor", "can I ask my matron"). */
const BOSS_TOLD = /\b(?:tell|telling|told|ask|asking|show|showing|let|inform|email|message|speak to|talk to|cc|copy in|share with|share (?:it|this|that|them|these|my \S+) with|pass (?:it |this )?to|send (?:it |this )?to|forward (?:it |this )?to|hide (?:it |this )?from|keep (?:it |this )?from|secret from|away from)(?: (?:my|our))(?: \S+)*$/;
/** After a boss: what the boss may see or be told ("will my team leader see this", "does my ward manager get a copy"), or who the boss is ("my ward manager is Mrs Patel now"). */
const BOSS_SEES = /^(?:is (?:now )?(?:called |named )?(?:mrs|mr|ms|miss|dr|sister)\b|is (?:called|named)\b|see|sees|read|reads|know|knows|find out|finds out|get told|gets told|get a copy|gets a copy|get sent|gets sent|have access|has access|access|be told|be able to see|look at|looks at|check|checks|get to see|gets to see|hear about)\b/;
/** "my new", "our old line": before a boss the writer has had (a bare "my team leader" may be someone the writer manages). */
const NEW_BOSS = /(?:^| )(?:my|our) (?:new|old|previous|last|line)(?: (?:line|ward|team|department|dept|unit|service))*$/;

/** After a relative's job: their own wish ("… she wants to", "… and he is keen"). */
const RELATIVE_WISH = /^(?:\S+ ){0,4}(?:(?:and )?(?:she|he|they)|and) (?:wants?|would like|would love|is keen|are keen|is interested|are interested|is thinking|are thinking|is looking|has asked|asked)\b/;

/** "one of my HCAs", "my band 4 admin", "I supervise two pharmacy assistants": the role of someone the writer manages. */
export function isOnBehalf(tokens: string[], m: Mention): boolean {
  const b = before(tokens, m, 5);
  // "cover for our supervisor while she's off", "my manager says": the writer's own boss, not someone they manage.
  if (MY_BOSS.test(b) && BOSS.test(tokens[m.end - 1] ?? '')) return false;
  // "get my LD nursing registration", "start my ODP degree": a course or registration of the writer's own, not a person.
  // ("my AP post had gone", "my HCA job": the writer's own post.)
  if (/^(?:registration|degree|degrees|apprenticeship|course|training|programme|qualification|top up|pin|post|job|role|position)\b/.test(after(tokens, m, 2))) return false;
  // "always wanted to do my nursing": a training of the writer's own, wished for.
  if (WISHED_TRAINING.test(b)) return false;
  if (MANAGED_BEFORE.test(b) && !/\b(?:my role|my job|my band is)\b/.test(b)) return true;
  // "My wife is a domestic … she wants to work in the kitchens": someone of the writer's family, before the writer says a job of their own
  // (not "I'm a HCSW … my partner is a paramedic and I've always fancied it").
  // ("I'm a porter and my husband is an HCA. He wants to become a paramedic": after the writer's own job too, when the
  // relative's own wish follows.)
  if (FAMILY_IS.test(b) && (!/\b(?:i am|im|i work)\b/.test(tokens.slice(0, m.start).join(' ')) || RELATIVE_WISH.test(after(tokens, m, 8)))) return true;
  // "I lead the HCA team … one lad wants…": asking for someone, the team the writer leads is made of people in that job.
  if (/(?:^| )(?:i|and) (?:lead|run|manage|supervise|head up|look after) (?:the|a|our|my)$/.test(b) && /^(?:team|teams|staff)\b/.test(tokens[m.end] ?? '')) return true;
  return false;
}

/** Right after a role: people in that job speaking ("one of the OTs said I should…", "the nurses keep telling me…"). */
// ("the physios always say", "the OTs on my ward often tell me": a word of how often, or where they work, may come between;
// "my ward manager thinks I should", "my manager wants me to": advice all the same.)
const SPEAKER_AFTER = /^(?:(?:on|in|at|from) (?:my|our|the) (?:\S+ )?(?:ward|team|unit|department|dept|service|shift|wards|teams|units|break|placement|course|rotation)s? |(?:at|on|over|during) (?:lunch|break|my break|a break|tea|coffee) )?(?:(?:who|that) )?(?:(?:always|often|all|both|sometimes|constantly|regularly|also|even|actually|have always|have all|have often|have|all always|never stop|wont stop) )?(?:said|says|say(?= (?:i|that|to me|go for|to go for)\b)|told|tell me(?! (?:more|about|everything|all about)\b)|tells me|keep telling|keeps telling|keep saying|keeps saying|(?:keeps?|is always|are always) asking(?: me)? (?:if|whether) i|(?:asked|asks) me (?:if|whether) i|suggested|suggests|reckon|reckons|recommended|recommends|advised|advises|mentioned|encouraged|encourage|encourages|pushed me|push me|pushing me|thinks (?:i|that i)|thought (?:i|that i)|feels (?:i|that i)|believes (?:i|that i)|wants me to|wanted me to)\b/;

/** After a role and a verb of saying: the person tells of their own wish ("says she wants", "told me he would like"). */
const OWN_WISH = /^\S+(?: me)?(?: that)? (?:she|he|they) (?:wants?|would like|would love|is keen|are keen|is interested|are interested|fancies|fancy|is thinking|are thinking|hopes?)\b/;

/**
 * "one of the OTs said I should look at being a peer support worker": a role named as
 * someone who gave advice is neither the job held nor the goal. Such mentions are left
 * out when another role is named.
 */
export function dropSpeakers(tokens: string[], found: Mention[]): Mention[] {
  // "My new ward manager started in January": the writer's own boss is no job of theirs, nor a goal
  // (unlike "my team leader role", the writer's job).
  // "please don't tell my supervisor", "does my ward manager get a copy of these chats": the writer's own boss, told or seeing.
  // (The one-word test of the job's last word first: the words around it are joined only for a boss.)
  const toldOrSeeing = (m: Mention) => BOSS.test(tokens[m.end - 1] ?? '') && MY_BOSS.test(before(tokens, m, 4)) && (BOSS_TOLD.test(before(tokens, m, 6)) || BOSS_SEES.test(after(tokens, m, 4)));
  // "does HR see any of this", "HR said my contract is changing", "do you share my info with HR": a department, not a job.
  const department = (m: Mention) => m.end - m.start === 1 && DEPARTMENT.test(tokens[m.start]!) && (DEPARTMENT_BEFORE.test(before(tokens, m, 3)) || (DEPARTMENT_AFTER.test(after(tokens, m, 3)) && !/\b(?:in|into|to|an?|the)$/.test(before(tokens, m, 1))));
  const mentions = found.filter((m) => !department(m) && !(BOSS.test(tokens[m.end - 1] ?? '') && NEW_BOSS.test(before(tokens, m, 4)) && !/^(?:role|job|post|position|duties|responsibilities|course|training|apprenticeship|qualification|level)$/.test(tokens[m.end] ?? '')) && !toldOrSeeing(m));
  // With one job named, it is kept whether or not it speaks.
  if (mentions.length < 2) return mentions;
  // ("one of my call handlers says she wants to be a paramedic": someone telling of their own wish is no adviser.)
  const speaking = mentions.filter((m) => SPEAKER_AFTER.test(after(tokens, m, 8)) && !OWN_WISH.test(after(tokens, m, 6)));
  if (speaking.length === 0 || speaking.length === mentions.length) return mentions;
  return mentions.filter((m) => !speaking.includes(m));
}

/** "or do I need nursing first", "would I have to be an AP first": a step the writer asks whether the goal needs, neither the job held nor the goal. */
export function isStepFirst(tokens: string[], m: Mention): boolean {
  // Also "not sure if I should go HCA first or … straight into the TNA": a step the writer weighs before the goal;
  // and "should I get some HCA bank shifts first": time in the job, as a step.
  return /^(?:(?:bank )?(?:shifts?|experience|work) )?(?:first|beforehand|before that)\b/.test(after(tokens, m, 4)) && /\b(?:need|needs|have to|has to|must|got to|should i|if i should|whether i should|should i just|would i)(?: (?:to|be|do|get|go|start|as|a|an|the|through|some|a bit of|a few))*$/.test(before(tokens, m, 6));
}

/**
 * "I manage a team of 14 admin staff … a few of my band 2s": a name that is only a band ("band 2s") is the
 * band of the staff already named as the writer's team, not another job. Such mentions are left out.
 */
export function dropTeamBands(tokens: string[], mentions: Mention[]): Mention[] {
  const bandOnly = (m: Mention) => m.end - m.start === 2 && tokens[m.start] === 'band';
  // With no such name there is nothing to leave out, and no need to test the others.
  if (!mentions.some(bandOnly)) return mentions;
  if (!mentions.some((m) => !bandOnly(m) && isPlainlyManaged(tokens, m))) return mentions;
  return mentions.filter((m) => !bandOnly(m));
}

/** Before a job, in the same sentence: a move made since an earlier job ("…, then I got a job as", "later I became"). */
const MOVED_SINCE = /\b(?:then|later|after that|since then|last year|this year)(?: i)? (?:got|became|moved|went|switched|changed|was promoted|got promoted|started|applied and got)\b/;

/** Just before a job: one taken since an earlier job told in the past ("I did ward clerk for years before becoming a porter"). */
const BECAME_SINCE = /\b(?:before|until|till|then) (?:becoming|i became|i got a job as|getting a job as|moving into|i moved into)(?: (?:a|an|the))?$/;

/** "I did ward clerk for years before becoming a porter": the later job, after a past one (not a plan: "a year as an HCA before becoming a nurse"). */
export function isBecameSince(tokens: string[], m: Mention, sentenceStart = 0): boolean {
  const b = tokens.slice(Math.max(sentenceStart, m.start - 12), m.start).join(' ');
  return BECAME_SINCE.test(b) && /\b(?:was|were|did|worked|spent|had|been)\b/.test(b) && !/\b(?:want|wanna|would|could|should|will|plan|planning|hope|hoping|going to|need|must|have to|thinking)\b/.test(b);
}

/**
 * How plainly a job is said to be the one held now (-1 for the first job of a career told in order): 3 for the truer name of a job just named ("HCA in maternity, MSW
 * really"; only asked of a second job held), 2 for "now I'm a band 2 HCA", "I am now working as a porter",
 * "HCA now" (not when a comma and another job follow: `jobAfterComma`); 1 for a later move told in order ("I started as cleaner, then I got job as HCA"); 0 for neither.
 */
export function heldNowRank(tokens: string[], m: Mention, sentenceStart = 0, jobAfterComma = false): number {
  const b = tokens.slice(Math.max(sentenceStart, m.start - 6), m.start).join(' ');
  // "HCA in maternity (MSW really)": the truer name of the job held, said after it.
  if (/^(?:really|actually|officially|technically|on paper|in fact)\b(?! (?:is|are|was|appeals|appeal|would|could|that|thats|interests|interest|suits|calls|sounds|for|i think|i reckon|tbh|to be honest|if)\b)/.test(after(tokens, m, 4)) && m.start > sentenceStart) return 3;
  // ("then domestic, now hca": after a comma, "now" goes with the job after it, `jobAfterComma`.)
  // ("HCA 2019-2021, senior HCA 2021-now": the job of a career history whose years run to now.)
  if (/^(?:19|20)\d\d (?:now|present|to date|current|today)\b/.test(after(tokens, m, 2))) return 2;
  if (/\bnow\b/.test(b) || (/^(?:now(?! (?:i|a|an|as|working|work|doing|on|in|at|the|my)\b)|these days|at the moment)\b/.test(after(tokens, m, 3)) && !jobAfterComma)) return 2;
  // "I started as an HCA in a care home, did a couple of years as a phlebotomist…": the first job of a career told in order
  // gives way to any later job held.
  // ("I've just started as a ward clerk": a new job, held now.)
  if (/\b(?:just|recently|only|newly) (?:started|begun|began)(?: work| working)? as(?: (?:a|an|the))?$/.test(b)) return 2;
  // ("trained as a nurse years ago but never worked as one, came back as an HCA": the job the writer returned to work as.)
  if (/\b(?:came back|come back|returned|went back|am back|i am back|now back)(?: to work| at work| in work| to the nhs| to the trust| here| to nursing)? as(?: (?:a|an|the))?$/.test(b)) return 2;
  // ("just got promoted to supervisor", "I've recently been made team leader": a new job, held now.)
  if (/\b(?:just|recently|newly) (?:got |been |was |have been )?(?:promoted to|made|moved up to|stepped up to)(?: (?:a|an|the))?$/.test(b)) return 2;
  if (/\b(?:started|started off|started out|began|begun)(?: my career| out| off)? as(?: (?:a|an|the))?$/.test(b)) return -1;
  // "for the last 18 months I've been a lab assistant", "moved to the porters last year": a job held since, or moved to.
  const since = /\b(?:for the (?:last|past)|since|nowadays|these days|at present) \S+(?: \S+)?(?: i)? (?:have been|been|am|work as|working as|have worked as)(?: (?:a|an|the))?$/.test(tokens.slice(Math.max(sentenceStart, m.start - 9), m.start).join(' '));
  const movedTo = /\b(?:moved|switched|transferred|went over|moved over|moved across) (?:to|into)(?: the)?$/.test(b) && /^(?:last|this) (?:year|month|week|spring|summer|autumn|winter)\b/.test(after(tokens, m, 2));
  // ("and I came back last year into a band 3 ward clerk post": the job a move already made took the writer to; after a
  // return, such as from a career break, the job held now.)
  const into = MOVED_INTO.exec(tokens.slice(Math.max(sentenceStart, m.start - 9), m.start).join(' '));
  if (into && /^(?:came|went) back\b/.test(into[0])) return 2;
  // ("after years as a paramedic I moved into ward clerk work", "… before becoming a porter": a move already made, to the job held.)
  // ("into" only: "moved to portering for a few years" may be one step of a career told in order.)
  if ((into && / into(?: (?:a|an|the))?(?: band \S+)?$/.test(into[0])) || isBecameSince(tokens, m, sentenceStart)) return 1;
  return since || movedTo || MOVED_SINCE.test(tokens.slice(Math.max(sentenceStart, m.start - 8), m.start).join(' ')) ? 1 : 0;
}
