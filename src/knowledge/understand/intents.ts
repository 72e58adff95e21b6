/**
 * Step 5 of reading a question: which intent it has. Weighted phrase rules over
 * the text (with role mentions masked as `_role_`, except for privacy and help),
 * which the intent model reads among its features, and the roadmap area of a
 * resources question. These patterns are code, not content: they will be replaced as a
 * whole rather than edited word by word.
 */
import type { RoadmapArea } from '../../content/schema.js';

export const INTENTS = [
  'pathway',
  'options',
  'career_conversation',
  'resources',
  'checkin',
  'profile',
  'help',
  'privacy',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Rule {
  intent: Exclude<Intent, 'unknown'>;
  weight: number;
  re: RegExp;
  label: string;
  /** Test the text with role names left in (privacy and help), not masked as `_role_`. */
  raw: boolean;
}

const R = (intent: Rule['intent'], weight: number, re: RegExp, label: string): Rule => ({
  intent,
  weight,
  re,
  label,
  raw: intent === 'privacy' || intent === 'help',
});

/** Languages a writer may ask the bot to read or answer in, written out in full. */
const LANGUAGES = [
  'english', 'welsh', 'polish', 'romanian', 'bulgarian', 'lithuanian', 'latvian', 'ukrainian', 'russian', 'portuguese', 'spanish', 'italian',
  'french', 'german', 'greek', 'turkish', 'arabic', 'farsi', 'persian', 'kurdish', 'urdu', 'punjabi', 'hindi', 'bengali', 'gujarati', 'tamil',
  'malayalam', 'nepali', 'tagalog', 'filipino', 'chinese', 'mandarin', 'cantonese', 'somali', 'swahili', 'amharic', 'tigrinya', 'yoruba', 'igbo', 'twi', 'shona',
].join('|');

export const RULES: Rule[] = [
  // privacy
  R('privacy', 6, /\b(?:delete|remove|erase|wipe|clear|destroy)\b.{0,30}\b(?:my|me|all)\b.{0,20}\b(?:data|details|info|information|profile|account|history|records?|messages|chats?|conversations?|everything)\b/, 'delete my data'),
  R('privacy', 6, /\bforget (?:about )?(?:me|everything|all about me|my)\b/, 'forget me'),
  R('privacy', 6, /\b(?:delete|erase|wipe|remove) (?:everything|it all|all of it|all my stuff)\b/, 'delete everything'),
  R('privacy', 6, /\bgdpr\b/, 'GDPR'),
  R('privacy', 5, /\bdata protection\b|\bprivacy\b|\bsubject access\b|\bpersonal data\b|\bmy data\b/, 'privacy / my data'),
  R('privacy', 5, /\bwhat (?:do|does|will) (?:you|the bot|this bot|it|this|career companion) (?:hold|store|keep|know|have|save|record|remember)\b.{0,20}\b(?:me|my|about)\b/, 'what do you hold about me'),
  R('privacy', 5, /\bwhat (?:information|info|data|details) (?:do|does) (?:you|the bot|it)\b/, 'what information do you hold'),
  R('privacy', 5, /\b(?:have|hold|saved|stored|kept|keep|know|recorded)\b.{0,20}\b(?:about me|on me)\b/, 'what you have about me'),
  R('privacy', 5, /\b(?:who|can (?:my )?(?:manager|boss|employer|trust|hr|anyone)) (?:can )?(?:see|read|access|view)\b.{0,25}\b(?:this|my|what i|chats?|messages|answers|conversations?)\b/, 'who can see this'),
  R('privacy', 5, /\b(?:is|are) (?:this|these|my|our) (?:chat|chats|conversations?|messages|answers|data)\b.{0,20}\b(?:private|confidential|shared|stored|recorded|anonymous|kept)\b/, 'is this private'),
  R('privacy', 4, /\b(?:does|will|do) (?:my )?(?:manager|boss|employer|trust|hr|line manager) (?:see|read|know|find out|get told|get sent)\b/, 'will my manager see'),
  // (Not the check-ins: "stop the check in messages" is about the check-ins.)
  R('privacy', 4, /\b(?:stop|opt out|unsubscribe)\b(?!.{0,20}\bcheck ?ins?\b).{0,20}\b(?:storing|saving|tracking|messages|reminders|data)\b/, 'stop storing / opt out'),
  // "erase me", "wipe me please", "remove me from your system": the person, deleted.
  R('privacy', 6, /\b(?:delete|erase|wipe) me\b(?! (?:a|an|the|some|one|up)\b)|\bremove me from (?:the |your |this )?(?:system|bot|app|records?|database|list)\b/, 'delete me'),
  R('privacy', 4, /\bdownload (?:a copy of )?(?:my|all my) (?:data|information|details)\b/, 'download my data'),
  R('privacy', 5, /\b(?:share|send|show|pass|tell|forward|report)\b.{0,25}\b(?:my|what i|this|these)\b.{0,25}\b(?:with|to) (?:my )?(?:manager|boss|employer|trust|hr|line manager|anyone|other people)\b/, 'do you share this with my manager'),

  // "please not share with my ward manager", "keep it secret from my supervisor", "my manager must not know": kept from the manager.
  R('privacy', 5, /\b(?:not|never|no)\b (?:share|tell|show|send|pass|forward|give)\b.{0,25}\b(?:my |the )?(?:line manager|ward manager|manager|boss|supervisor|matron|ward sister|sister|team leader|charge nurse|hr|employer)\b|\b(?:keep|hide)\b.{0,25}\bfrom (?:my |the )?(?:line manager|ward manager|manager|boss|supervisor|matron|ward sister|sister|team leader|charge nurse|hr|employer)\b|\b(?:my |the )?(?:line manager|ward manager|manager|boss|supervisor|matron|ward sister|sister|team leader|charge nurse|hr|employer) (?:must|should|will|can) not (?:know|see|find out|hear|be told)\b/, 'not to my manager'),

  // check-in
  R('checkin', 6, /\bcheck ?ins?\b/, 'check in'),
  R('checkin', 6, /\bhow am i (?:doing|getting on|progressing)\b/, 'how am i doing'),
  // "restart check ins I pressed stop by mistake", "put my check-ins back on": check-ins stopped, wanted again.
  R('checkin', 4, /\b(?:restart|resume|unpause|unmute|reactivate|turn on|switch on|start)\b.{0,15}\bcheck ?ins?\b|\bcheck ?ins?\b.{0,25}\b(?:back on|on again|again|restart|resume)\b/, 'check-ins again'),
  R('checkin', 4, /\b(?:struggling|not coping|cannot cope|finding it (?:hard|tough|difficult)|overwhelmed|out of my depth|feel lost|feeling lost|do not feel supported|no one to ask|thrown in at the deep end)\b/, 'struggling'),
  R('checkin', 4, /\b(?:my|a|the) new (?:job|role|post|team|ward|position)\b|\bnew starter\b|\bjust started\b|\bstarted (?:my|a|the) new\b|\bfirst (?:day|week|weeks|month|months|shift|shifts)\b|\bsettling in\b|\bsettle in\b/, 'new in post'),
  R('checkin', 3, /\b(?:just |recently )?started (?:as|on|in|my|a|at|here)\b.{0,30}\b(?:last|this|ago|weeks?|months?|today|yesterday)\b/, 'started recently'),
  R('checkin', 3, /\b(?:it is|its|it s) (?:really |so |very )?(?:hard|tough|difficult|a struggle|too much)\b/, "it's hard"),
  R('checkin', 4, /\b(?:induction|preceptorship|preceptor|preceptee|probation|probationary|supernumerary|buddy)\b/, 'induction / preceptorship'),
  R('checkin', 3, /\b(?:3|6|12|three|six|twelve) (?:week|month) (?:review|check)\b|\bsettling in review\b/, 'review point'),
  // "skip this week's one", "can I do next week's questions instead", "stop the preceptorship reminders": the regular questions, moved or stopped.
  R('checkin', 5, /\b(?:skip|miss|postpone|defer|delay|pause|push back|move|do|answer|swap|leave)\b (?:today|tomorrow|yesterday|this week|this weeks|next week|next weeks|last week|last weeks|this fortnight|this month|this months) (?:one|ones|questions|survey|questionnaire)\b|\b(?:induction|preceptorship|probation|new starter) (?:reminders?|messages?|notifications?|pings?|prompts?|questions|alerts|surveys?)\b|\b(?:messages?|messaging|pinging|pinged|pings|reminders?|reminding|notifications?|texts?|texting)\b (?:\S+ ){0,3}?(?:about|for|on|re|over) (?:my |the |this )?(?:induction|preceptorship|probation)\b/, 'this week\'s one, moved or stopped'),
  // "I put 1 by mistake it should of been 4", "already filled this in, why is it asking again", "forgot to answer yesterday's questions": a check-in answered wrongly, twice or late.
  R('checkin', 5, /\b(?:put|pressed|clicked|picked|chose|gave|selected|ticked|tapped|entered|hit)\b (?:it |in )?(?:a )?(?:[0-9]|one|two|three|four|five)\b.{0,30}\b(?:mistake|wrong|meant|should (?:have|of) been|should be|by accident|accidentally)\b|\b(?:wrong|change my|redo my|edit my|fix my|correct my) (?:score|scores|rating|number)\b|\balready (?:filled (?:this|it|these|them|that) (?:in|out)|answered (?:this|it|these|them|that)|done (?:this|these|them) (?:one|today|this week))\b|\bwhy (?:is it|does it|has it|have you|do you|is this|does this|it)\b (?:keep )?(?:asking|asked|sending|sent|send|ask)\b.{0,20}\b(?:again|twice)\b|\b(?:forgot|forget|forgotten|missed|never got round to|did not get round to)\b(?: to)?(?: answer| reply to| respond to| do| fill in)?(?: the| my)? (?:yesterday|last week|last weeks|this week|this weeks|today|the last|last) ?(?:questions|one|ones|survey|questionnaire)\b/, 'a check-in answered wrongly, twice or late'),

  // career conversation
  R('career_conversation', 6, /\bcareer (?:conversation|conversations|chat|talk|discussion|review|planning|plan|development plan)\b/, 'career conversation'),
  R('career_conversation', 6, /\bscope for growth\b/, 'Scope for Growth'),
  R('career_conversation', 5, /\b(?:appraisal|appraisals|pdr|ipdr|pdp|personal development plan|development review|annual review|personal development review)\b/, 'appraisal / PDR'),
  R('career_conversation', 5, /\bplan (?:out )?(?:my|our) (?:career|future|development|next few years|progression)\b/, 'plan my career'),
  R('career_conversation', 5, /\b(?:talk|chat|think) (?:about|through) (?:my|where i want|what i want)\b.{0,20}\b(?:career|future|development|goals|aspirations|ambitions|options|progression)\b/, 'talk about my career'),
  R('career_conversation', 5, /\b(?:prepare|prep|get ready|ready) (?:for )?(?:my|an|the|a) (?:1 1|1 to 1|one to one|121|review|meeting with my manager|development meeting|talk with my manager)\b/, 'prepare for a 1:1'),
  R('career_conversation', 5, /\bwhere my career is going\b|\bmy career (?:direction|is going|goals|plans?)\b|\bdirection of my career\b/, 'where my career is going'),
  R('career_conversation', 2.5, /\bmy career\b/, 'my career'),
  // "a career summary I can send my manager", "summary of my skills for my appraisal": a summary of the writer's career to share.
  R('career_conversation', 5, /\b(?:career|skills) summary\b|\bsummary of (?:my|what i) (?:skills|experience|career|strengths|achievements|have done|do)\b/, 'career summary'),
  R('career_conversation', 4, /\b(?:where (?:do|should) i see myself|my (?:career )?(?:goals|aspirations|ambitions)|what do i want from my career|work out what i want)\b/, 'my goals'),
  R('career_conversation', 2, /\b(?:conversation|discuss|discussion) with my (?:line )?manager\b/, 'conversation with my manager'),
  // "can you write up what I've done so I can show my manager", "a summary of my career so far": the writer's story, told for a talk.
  R('career_conversation', 5, /\b(?:write up|write down|summarise|sum up|summary of|rundown of)\b.{0,20}\b(?:my career|what i have done|my experience|my journey|my progress)\b/, 'write up my career'),
  // "hit the ceiling as senior HCA. talk?", "top of my band for years, can we chat": stuck at the top of a job, then asking to talk.
  R('career_conversation', 5, /\b(?:ceiling|maxed out|max band|top of (?:my|the) band|(?:cannot|cant|can not) go (?:any )?(?:higher|further|up)|no (?:more )?(?:promotion|way up)|stuck|plateaued?)\b.*\b(?:talk|chat)\b/, 'stuck, and asking to talk'),
  // "i am confused … what is right for me", "which way is right for me": unsure which way to go, a talk.
  R('career_conversation', 4, /\b(?:what|which|which one|which way|what job) is (?:right|best|the right one) for me\b/, 'what is right for me'),
  // "don't know whether to stay or move", "torn between staying put and leaving": undecided whether to stay, a talk.
  R('career_conversation', 4, /\b(?:whether|if) (?:to|i should|i ought to|i want to) (?:stay|stick|leave|move|go)\b.{0,30}\bor (?:move|go|leave|stay|not|look)\b|\bstay or (?:go|move|leave)\b|\bbetween (?:staying|sticking)\b.{0,20}\b(?:and|or) (?:leaving|moving|going)\b/, 'whether to stay or go'),
  // "I always wanted to be a nurse and now I'm not sure", "set on paramedic for years, now having second thoughts": a goal of long standing, now doubted.
  R('career_conversation', 5, /\b(?:always|all my life|since (?:school|i was (?:little|young|a kid))|for years|set on|dreamt|dreamed|my dream)\b.{0,60}\b(?:now|but|lately|recently|these days)\b.{0,15}\b(?:not (?:so |too |that |really |as |at all )?sure\b(?! (?:how|what|where|which|when|who|if i can|if i could|whether i can|about (?:the|what|how|which)))|second thoughts|doubt(?:ing)? it|do not know (?:anymore|any more)|not so keen)/, 'a long-held goal now doubted'),
  // "is this it for me", "not challenged anymore", "lost my spark for this", "hate my job", "too old to change": doubts about the job itself.
  R('career_conversation', 4, /\bis (?:this|that) (?:it|all there is) (?:for me|at work)\b|\bis this all there is\b|\bnot (?:challenged|stretched) (?:any ?more|enough)\b|\b(?:does not|do not|doesnt) (?:stretch|challenge) me\b|\blost (?:my|the) (?:spark|passion|love|drive) for (?:this|it|the job|my job|work)\b|\b(?:hate|cannot stand|can not stand|dread) (?:my|your|the|this) job\b|\btoo (?:old|late) to (?:change|start|retrain|try|do anything|switch)\b|\bwhat (?:on earth |the hell |even )?i am (?:even |actually )?doing here\b/, 'doubts about the job'),

  // profile
  R('profile', 5, /\b(?:change|update|edit|correct|fix|amend|set|save)\b (?:my |your record of my |the )?(?:role|band|job|job title|profile|details|qualifications|workplace|trust|team|area|department|ward|name)\b/, 'update my profile'),
  R('profile', 5, /\bi am now (?:a |an )?(?:band|qualified|registered|a|an|working|_role_)\b|\bi am (?:a |an )?(?:band [0-9a-d]+|_role_) now\b|\bnow (?:i am|a) (?:a |an )?(?:band|_role_)\b/, "i'm now a"),
  R('profile', 4, /\b(?:i have|i) (?:just )?(?:been promoted|got promoted|got a new job as|changed jobs|changed roles|moved to a new role|started a new job as|qualified as|passed my|got my|completed my|finished my)\b/, 'i have been promoted / passed'),
  R('profile', 3, /\bmy (?:profile|details|settings|saved details)\b/, 'my profile'),
  // "please use she/her for me", "my pronouns are they/them": how the writer is to be called.
  R('profile', 5, /\b(?:pronouns?|she her|he him|they them|she they|he they)\b/, 'pronouns'),
  // "what job you have me down as?", "which ward have you got me down as", "what have you got saved as my job", "what band you have me on",
  // "you got me as porter", "can I see my profile", "what does my profile say": what the bot has kept of the writer's details, asked about.
  R('profile', 5, /\b(?:what|which) (?:job|role|band|grade|ward|team|department|unit|job title|title|working pattern|hours|manager|line manager) (?:(?:have|do|did|has|does|are|is) )?(?:you|it|the bot)(?: have| has)? (?:got|have|saved|recorded|put|listed|using|use|think|thought|show|shows|say|says|hold|holding|stored)\b|\b(?:have|got|saved|recorded|put|listed|stored|down) (?:me )?(?:down )?as (?:my )?(?:job|role|band|grade|ward|team|title|job title)\b|\b(?:have|got|put|saved|recorded|listed|registered) me (?:down )?as\b|\b(?:got|have|has|had|put) me down (?:as|on|in|under|for)\b|\b(?:have|got|put) me on band\b|\b(?:you|it) (?:have|has|got) me (?:as|on|in|under) (?:a |an |the )?(?:band|_role_)\b|\b(?:see|view|show me|look at|check) my (?:profile|saved details)\b|\bwhat (?:does|is on|is in|is) my profile\b|\bwhat (?:band|role|job|job title|grade|ward|team|start date|manager) (?:do|have|did) you (?:got |have |put )?(?:me|for me)\b/, 'what you have me down as'),
  // "for your records I'm a senior leader, 8c", "for the record: band 7 ward manager": facts given to be kept.
  R('profile', 4, /^(?:just |and )?(?:for your (?:records?|info|information|files)|for the records?|for info|for your reference)\b/, 'for your records'),
  R('profile', 4, /\b(?:can you|could you|please) (?:update|change|record|save|add) (?:that|it|this|my)\b/, 'update that'),
  // "Can you remember that I want to be a radiographer?", "please make a note that my goal is…": a fact to keep.
  R('profile', 4, /\b(?:can you|could you|will you|please)(?: please)? (?:remember|note|make a note|keep a note|take a note) (?:that |for me that |for next time that )?(?:i|my|i am)\b/, 'remember that i'),
  R('profile', 4, /\bi (?:have|got|now have|have got) (?:my |a )?(?:level [1-8]|gcses?|functional skills|maths|english|degree|a levels?|care certificate|diploma|qualification)\b.{0,25}\bnow\b/, 'i have my level 2 now'),
  // "please call me Bisi, not Olubisi", "I go by Jo": the name the writer wants to be called by.
  R('profile', 5, /\b(?:call|address) me (?:as )?\w+(?: \w+)? (?:not|instead of|rather than)\b|\bi (?:go by|prefer to be called|would rather be called|would prefer to be called|like to be called)\b|\bmy (?:preferred name|pronouns) (?:is|are)\b/, 'the name to call me by'),
  // "I think my ward is wrong", "you've got my department wrong", "the team you have for me is wrong": a detail of the record to correct.
  R('profile', 5, /\bmy (?:ward|team|department|dept|unit|role|job title|name|site|base|hospital|details) (?:is|are) (?:wrong|not right|incorrect|out of date)\b(?! on (?:the|my) (?:rota|payslip|pay slip|badge)\b)|\b(?:got|have|put) my (?:ward|team|department|dept|unit|band|grade|role|job title|job|name|manager|line manager|site|base|hospital|trust) (?:down )?wrong\b|\b(?:ward|team|department|unit|band|role|job title|name|manager|site|base) (?:you have|you have got|you have for me|on here|on there|on my profile) (?:is|are) (?:wrong|not right|incorrect|out of date)\b/, 'a detail of my record is wrong'),
  R('profile', 3, /\b(?:i no longer|i do not) work as\b|\bmy role has changed\b|\bmy band has changed\b|\bwrong (?:role|band|job)\b/, 'role changed'),

  // options
  R('options', 5, /\b(?:what|which) (?:are|r) (?:my|the|all my) (?:options|choices|next steps|career options|routes)\b/, 'what are my options'),
  R('options', 4, /\bmy options\b|\bmy choices\b|\bcareer options\b|\boptions (?:for|as|open)\b|\bwhat options\b/, 'options'),
  R('options', 5, /\bwhat (?:can|could|should|do) i (?:do|move|go|progress|apply for|aim for) (?:next|after|from here|now)\b/, 'what can i do next'),
  R('options', 5, /\bwhere (?:can|could|do|should|might) i go (?:from here|next|after|now)\b/, 'where can i go from here'),
  R('options', 4, /\bnext steps?\b|\bwhat next\b|\bwhat is next\b|\bmove up\b|\bstep up\b|\bmove on\b|\bmoving on\b|\bclimb the ladder\b|\bcareer ladder\b|\bprogress (?:my career|further|from here)\b/, 'next step'),
  R('options', 3, /\bwhat (?:jobs|roles|careers|routes|paths|opportunities|progression) (?:can|could|are|is|might|would|should)\b|\bwhat (?:other )?(?:jobs|roles|careers) (?:are there|could i)\b/, 'what roles could I'),
  R('options', 3, /\b(?:stuck|been stuck|stay stuck|bored|plateaued)\b.{0,25}\b(?:band|same|role|job|years|forever)\b|\bhow (?:do|can) i (?:progress|get promoted|get on|move up|step up|develop|grow)\b/, 'how do I progress'),
  R('options', 2, /\b(?:progression|progress|promotion|promoted|opportunities|career paths?)\b/, 'progression word'),
  // "what else is open to me", "any routes other than going on the road?", "could you give some ideas": other ways, asked for.
  R('options', 4, /\bwhat else (?:is |would be |might be )?(?:open|out there|available)\b|\b(?:routes?|options?|jobs|roles|paths?|ways?) other than\b|\b(?:give|suggest|offer) (?:me |her |him |them |us )?(?:some |a few )ideas\b/, 'what else is open'),
  R('options', 2, /\bwhat (?:else )?(?:is|are) (?:there|out there|available) for (?:me|a|an|someone|people)\b|\bwhere can i go with\b|\bwhat can (?:a|an|someone)\b.{0,30}\bdo\b/, "what is there for me"),

  // pathway
  R('pathway', 5, /\bhow (?:do|can|would|could|should|might|to|does one) (?:i |you |someone |one )?(?:become|be|get into|get in to|train as|train to be|qualify as|go into|move into|move to|get to be|get a job as|start as|switch to|change to|retrain as|get onto|get on to|get on)\b/, 'how do I become'),
  R('pathway', 5, /\bhow (?:do|can|would|could) (?:i |you )?get (?:to|from)\b/, 'how do I get to'),
  // "what's next to get to senior", "what would be next for me to step up to AP": what comes next, on the way to a job named.
  R('pathway', 5, /\bnext (?:for me |for her |for him |for them )?to (?:get|move|step|go|make it)(?: up| on)? (?:to|into) (?:a |an |the )?(?:_role_|senior)\b/, 'next to get to a job'),
  R('pathway', 4, /\broute (?:to|into|for|from)\b|\bpath(?:way)? (?:to|into|for)\b|\broutes (?:to|into|for)\b|\bways? (?:to|into) (?:become|becoming|get|getting|train|training)\b/, 'route to'),
  R('pathway', 4, /\b(?:i|really|would like to|would love to|i would like to|always) (?:want|wanted|wants|want) to (?:be|become|train|go into|get into|move into|qualify|do|study|work as|retrain|switch|change)\b|\bwant to (?:be|become|train|qualify|retrain)\b/, 'want to be'),
  R('pathway', 4, /\b(?:would like|would love|hoping|hope|plan|planning|aim|aiming|dream|goal|ambition) (?:is |was )?to (?:be|become|train|qualify|go into|get into|move into|do|study|retrain|work as)\b/, 'would like to be'),
  R('pathway', 4, /\b(?:thinking|think|thought) (?:about|of) (?:becoming|training|doing|going into|applying|getting into|moving into|retraining|the|a|an|it|being)\b/, 'thinking about'),
  R('pathway', 3, /\b(?:entry requirements|requirements for|what qualifications|which qualifications|what grades|do i need|what is needed|what would i need|what will i need|am i eligible|eligible for|can i apply)\b/, 'entry requirements'),
  R('pathway', 3, /\bhow long (?:does|would|will|is|to|it takes|for)\b|\bhow many years\b/, 'how long'),
  R('pathway', 3, /\bcan i (?:do|become|apply|train|get onto|get on|go|study|be|qualify|start)\b|\bcould i (?:do|become|apply|train|be|go|study)\b|\bis it possible to\b/, 'can I do'),
  R('pathway', 3, /\b(?:afford|fees|tuition|student loan|bursary|salary while|paid while|paid to train|earn while|earn and learn)\b/, 'affording training'),
  R('pathway', 3, /\bfrom .{1,40} to\b/, 'from X to Y'),
  R('pathway', 2, /\b(?:apply for|applying for|apply to|get on|onto) (?:the|a|an)\b|\b(?:top up|degree apprenticeship)\b/, 'apply for the'),
  R('pathway', 2, /\bwhat (?:about|is|does) (?:the|a|an)?\s?_role_\b|\btell me about (?:the |a |an )?_role_\b/, 'tell me about'),
  R('pathway', 4, /_role_ (?:training|course|courses|apprenticeship|apprenticeships|degree|degrees|programme|route|routes|qualification|top up|pathway|entry|requirements|posts?|vacancies)\b/, 'role followed by training, course or route'),

  // resources
  R('resources', 4, /\bfunctional skills\b/, 'functional skills'),
  R('resources', 4, /\b(?:wellbeing|well being|mental health) (?:support|resources|help|services?|apps?|hub|offer)\b|\bsupport (?:with|for) (?:my )?(?:wellbeing|stress|mental health|burnout)\b/, 'wellbeing support'),
  R('resources', 4, /\bleadership (?:course|courses|programme|programmes|training|development|skills)\b/, 'leadership course'),
  R('resources', 3, /\b(?:courses?|elearning|elfh|resources?|modules?|workshops?|webinars?|reading|books?|apps?|videos?|materials?|toolkits?|learning hub)\b/, 'courses / resources'),
  R('resources', 3, /\b(?:training|learn|learning|study|revise|revision|practise|brush up|improve|get better at|work on|boost|build)\b/, 'training / learn'),
  R('resources', 3, /\b(?:mandatory training|statutory training|care certificate|oliver mcgowan|cstf|core skills|clinical skills)\b/, 'mandatory training'),
  // "is there a course for learning SQL?", "any free elearning?", "resources I can point her to", "CV help please": learning asked for outright.
  R('resources', 5, /\bis there an? (?:course|module|elearning|programme|class)(?: for| on| in| to)? (?:learning|learn|doing|using|improving|brushing)\b|\bany (?:free )?(?:elearning|online courses|online modules)\b|\b(?:support|resources|material|materials) (?:or (?:resources|support) )?(?:i|we) (?:can|could) (?:point|signpost|send|give)\b|\bcv help\b|\bhelp with (?:my|a|the|her|his) cv\b/, 'a course asked for outright'),
  R('resources', 2, /\b(?:where can i find|any (?:good )?(?:free )?(?:courses|resources|training)|recommend|suggest|point me)\b/, 'where can I find'),
  R('resources', 3, /\b(?:tips|advice on|guides?|cv|cvs|interviews?|application forms?|job applications?|applications?|personal statement|supporting statement|vacancies|job adverts?|programmes?|skills|tools?)\b/, 'tips, CVs, applications, skills'),
  R('resources', 2, /\b(?:stress|stressed|burnout|burnt out|burned out|anxious|anxiety|exhausted|resilience|low mood|not sleeping|crying(?! out\b)|in tears|tearful|sobbing)\b/, 'wellbeing word'),
  // "i dont want to be here anymore", "I don't want to wake up tomorrow", "can't go on": a wish not to go on, told plainly.
  R('resources', 6, /\bdo not want to (?:be here any ?more|be alive|live any ?more|wake up|exist)\b|\b(?:end it all|better off without me|cannot go on|can not go on|no reason to (?:live|go on))\b/, 'a wish not to go on'),
  // "I was one of them for 6 years", "now I manage my old mates", "made supervisor over my friends": leading the people one worked beside.
  R('resources', 4, /\b(?:i was|i used to be|used to be) one of them\b|\b(?:manage|managing|lead|leading|supervise|supervising|in charge of|over) (?:my |our )?(?:old |former |own )?(?:friends|mates|colleagues|peers|workmates|work mates)\b/, 'leading old workmates'),
  // "what can I do better", "what am I doing wrong on the form": asking how to improve.
  R('resources', 3, /\bwhat (?:can|could|should) i (?:do|have done) (?:better|differently)\b|\bwhat am i doing wrong\b/, 'what to do better'),
  // "I think I am not okay", "im not ok and i dont know who to tell": told plainly (not "not ok with the new rota").
  R('resources', 4, /\bi am not (?:ok|okay|alright|all right)\b(?! with\b)/, 'not okay'),
  // "a hard conversation with one of my domestics", "pull one of my porters up about his lateness", "can't say no to the nurse in charge".
  R('resources', 4, /\b(?:hard|difficult|tough|awkward) (?:conversation|conversations|talk|chat) (?:with|to)\b|\bpull (?:one of my|one of our|someone|a member of|him|her|them|my)\b.{0,30}\bup\b|\b(?:say|saying) no\b|\b(?:always|end up|ended up) (?:say|saying) yes\b|\bspeak up\b|\bspeaking up\b|\b(?:tell|telling) (?:off|someone off|him off|her off)\b/, 'a talk to handle'),

  // help
  R('help', 6, /^(?:hi|hello|hey|hiya|heya|yo|morning|good morning|good afternoon|good evening|afternoon|evening|help|menu|start|get started|hi there|hello there|hey there|helo|hallo|howdy|greetings)(?: there)?(?: bot| career companion)?(?: please)?$/, 'greeting or help'),
  R('help', 6, /\bwhat (?:can|do|could) (?:you|this bot|this|the bot|it|career companion) (?:do|help with|help me with|offer)\b|\bwhat are you for\b|\bhow (?:does|do) (?:this|you|it) work\b|\bwho are you\b|\bwhat is this\b|\bwhat (?:is|are) (?:this bot|career companion)\b/, 'what can you do'),
  R('help', 4, /\b(?:show|open|see) (?:me )?(?:the )?(?:menu|commands|help)\b|^(?:hi |hello |hey )?(?:please )?(?:help me|i need help|can you help(?: me)?|help please|please help)(?: please)?$|\bwhat (?:commands|questions) can i\b|\b(?:questions|things) (?:can|could|should|do) i ask\b|\b(?:questions?|things|topics) (?:can |could |do |are )?you (?:answer|best|good at|help with|know)\b|\bwhat are you (?:best|good) at\b/, 'help me'),
  // "could you summarise what it does", "an overview of your features", "what the bot offers our staff", "is this bot only for clinical staff".
  R('help', 6, /\b(?:summarise|summary of|overview of|rundown of|run through|run down of) (?:what )?(?:you|it|this|this bot|the bot|this tool|the tool|career companion|your|its)\b|\bwhat (?:the bot|this bot|this tool|the tool|this app|the app|career companion) (?:offers?|does|can do|is for)\b|\b(?:your|its|the bots|this bots) (?:features|functions)\b|\b(?:is|are) (?:this|the) (?:bot|tool|app)(?: only| just)? for\b/, 'what the bot offers'),
  // "what will this bot be sending me", "how do I get my new starters set up on this": what the bot sends, and how people join it.
  R('help', 6, /\bwhat (?:messages |things |stuff )?(?:will|does|would|is) (?:this bot|the bot|this app|the app|this|it|you) (?:be )?(?:send|sending|going to send|message|messaging)\b|\b(?:set|sign) (?:me|them|her|him|us|my team|my staff) up (?:on|to|with|for) (?:this|the bot|this bot|the app|this app|career companion)\b|\bget (?:them|her|him|us|my team|my staff) (?:set up )?(?:on|onto) (?:this|the bot|this bot|the app|this app|career companion)\b/, 'what the bot sends and how to join'),
  // "can I write to you in Polish?", "it works in arabic?", "is there a Polish language option", "do you understand other languages": the bot in the writer's own language.
  // (Not a word to translate: "how do you say pain in Polish". That look back is made only after "in ": made at every place, it took long.)
  R('help', 5, new RegExp(`\\b(?:write|type|talk|speak|message|chat) in (?:${LANGUAGES}) (?:to|with) (?:you|this|it|the bot)\\b|\\b(?:write|type|talk|speak|message|chat|ask) (?:to |with )?(?:you|this|it|the bot|this bot)\\b.{0,20}\\bin (?:${LANGUAGES})\\b|\\b(?:you|it|this|this bot|the bot|this app|the app) (?:speak|speaks|understand|understands|work|works|reply|replies|answer|read|reads|come|comes)\\b.{0,15}\\bin (?:${LANGUAGES}|other languages|another language)\\b|\\b(?:do|does|can) (?:you|it|this|this bot|the bot) (?:speak|understand|read) (?:${LANGUAGES}|other languages|any other languages)\\b|\\b(?:use|using) (?:this|it|you|the bot|this bot|the app|this app) in (?:${LANGUAGES})\\b|\\b(?:which|what|other) languages? (?:can|do|does|is|are)\\b|\\bin (?<!\\b(?:translate|translated|translation|say|said|word|words|mean|means|meaning|spell|spelt|what is)\\b.*)(?:tagalog|filipino|polish|romanian|portuguese|hindi|urdu|punjabi|gujarati|bengali|nepali|malayalam|tamil|yoruba|igbo|shona|swahili|arabic|spanish|italian|french|bulgarian|lithuanian|ukrainian|russian|chinese)\\b|\\b(?:you|bot|it|this|app) (?:speak|speaks|understand|understands|know|knows|read|reads|do|does|work|works)(?: in)? (?:tagalog|filipino|polish|romanian|portuguese|hindi|urdu|punjabi|gujarati|bengali|nepali|malayalam|tamil|yoruba|igbo|shona|swahili|arabic|spanish|italian|french|bulgarian|lithuanian|ukrainian|russian|chinese|other languages?|another language|my language)\\b|\\b(?:write|type|talk|speak|message|chat|ask|answer|reply|use (?:it|this|the bot|you))(?: to you| with you| you| me| this| it| the bot)? in (?:my (?:own |first |mother )?language|my mother tongue|another language|other languages?|a different language)\\b|\\blanguage (?:option|options|setting|settings|choice)\\b|\\b(?:available|offered|work|works|come|comes|use it|use this) in (?:other|another|a different|different|more|many) languages?\\b|\\b(?:other|different) languages?\\b(?=.{0,25}\\b(?:bot|this|you|it|option|available|possible)\\b)|\\b(?:to|with|message|ask|text) (?:you|it|the bot|this bot|this)\\b.{0,12}\\bin (?:polish|romanian|portuguese|spanish|urdu|punjabi|hindi|bengali|arabic|tagalog|filipino|malayalam|tamil|gujarati|french|italian|german|twi|yoruba|igbo|shona|somali|nepali|mandarin|cantonese|chinese|turkish|bulgarian|hungarian|lithuanian|latvian|greek|russian|ukrainian|welsh|farsi|english|another language|other languages|my (?:own )?language|my first language)\\b|\\b(?:you|it|the bot|this bot|this app)(?: also| even)? (?:speak|speaks|understand|understands|read|reads|reply|replies|answer|answers|talk|talks|work|works|come|comes)(?: also| in)? (?:polish|romanian|portuguese|spanish|urdu|punjabi|hindi|bengali|arabic|tagalog|filipino|malayalam|tamil|gujarati|french|italian|german|twi|yoruba|igbo|shona|somali|nepali|mandarin|cantonese|chinese|turkish|bulgarian|hungarian|lithuanian|latvian|greek|russian|ukrainian|welsh|farsi|english|another language|other languages|my (?:own )?language|my first language)\\b`), 'in another language'),
  // "how do i get back to the main menu", "take me back to the start", "it's frozen, how do I restart", "how do I get the menu back": the way back to the start, or the chat stuck.
  R('help', 5, /\b(?:main|start|home|first|top) (?:menu|screen)\b|\b(?:back|return) to (?:the )?(?:home|first options)\b(?! of\b)|\b(?:back|return|go) to (?:the )?(?:main )?(?:menu|start|beginning|home screen|first screen)\b|\b(?:get|bring) (?:the |my )?(?:menu|buttons|options|them|it) back\b|\b(?:it is|its|it has|the bot is|the bot has|the chat is|the chat has|the app is|the app has|the screen is|this is|everything is|everything has)(?: gone| got| just)? (?:stuck|frozen|froze|crashed|gone blank|vanished|disappeared)\b|\b(?:menu|buttons|options) (?:has |have |just )?(?:vanished|disappeared|gone missing)\b/, 'back to the menu, or stuck'),
  R('help', 1, /\bhelp\b/, 'help'),
  // "can I send a voice note?", "do I just type my question in the box?": how to write to the bot.
  R('help', 5, /\bvoice (?:messages?|notes?|memos?|recordings?|clips?)\b|\bsend (?:you|it|the bot) (?:a |an )?(?:photo|picture|pic|screenshot|recording|audio)\b|\b(?:type|write|put|enter) (?:in )?(?:my|the|a|your) (?:questions?|messages?)\b.{0,15}\b(?:box|bar|field|space at the bottom)\b/, 'how to write to the bot'),
  // "is free for use or the ward must pay?", "I can use this in the night?", "this is working also for the lab staff?": when, for whom and at what cost the bot works.
  R('help', 5, /\b(?:is|are) (?:this|the bot|this bot|the app|this app|this service|career companion) (?:free|free to use|free of charge)\b|\bis free (?:for|to) use\b|\b(?:pay|paying|charged|charge|cost|costs) (?:anything |money )?(?:to use|for using) (?:this|it|you|the bot|this bot|the app|this app)\b|\b(?:use|message|ask|talk to|contact) (?:this|it|you|the bot|this bot|the app|this app)\b.{0,25}\b(?:nights?|overnight|weekends?|evenings?|sundays?|saturdays?|bank holidays?|out of hours|any time|anytime|24 7|day or night|round the clock|from home|on my (?:own )?phone)\b|\b(?:this|it|the bot|this bot|the app|this app) (?:is )?(?:works?|working) (?:also|as well|too) for\b|\b(?:is|are) (?:this|the bot|this bot|the app|this app|you) (?:also |even |as well )?(?:for|meant for|useful for|available for|open to) (?:us|people|staff|everyone|anyone|someone|somebody|non|all|other)\b/, 'when and for whom the bot works'),
  // "which things i can ask to you", "for what is it", "who made this bot", "what does this do that ESR doesnt": what the bot is, in other words.
  R('help', 5, /\b(?:what|which)(?: things| questions| stuff| kind of things| kind of questions| sort of things| type of questions| type of things)? i (?:can|could|should|may) ask (?:to )?(?:you|here|in here|on here|the bot|this)\b|\bfor what (?:is (?:this|it|the bot|this bot|the app)|reason|purpose)\b|\bwho (?:is |has |have )?(?:made|makes|making|built|builds|building|created|creating|designed|developed|runs|owns|behind) (?:this|you|it|the bot|this bot|the app|this app|this thing|career companion)\b|\bhow (?:this|this bot|the bot|this app|the app|this thing|you|it) (?:works|is working)\b|\bwhat (?:does|do|can|will) (?:this|you|the bot|this bot|the app|this app|this thing) (?:do|offer|give)\b.{0,12}\bthat\b.{0,30}\b(?:does not|do not|cannot|can not|will not)\b|\b(?:difference between|different from|different to|better than|instead of|rather than) (?:this|you|the bot|this bot|the app|this app)\b|\b(?:use|ask) (?:this|you|the bot|this bot|the app|this app) (?:instead of|rather than)\b/, 'what the bot is, asked another way'),
];


export const AREA_RULES: Array<{ area: RoadmapArea; re: RegExp }> = [
  {
    area: 'career-progression',
    re: /\b(?:careers?|apprenticeships?|apprentice|jobs?|vacancies|vacancy|progression|progress|promotion|application forms?|applications?|cv|cvs|interviews?|personal statements?|nhs jobs|job applications?|supporting statements?|shortlisting|shortlisted|shortlist|unsuccessful|references?|referee|internal post)\b/g,
  },
  {
    area: 'wellbeing-resilience',
    re: /\b(?:wellbeing|well being|stress|stressed|stressful|burnout|burnt out|burned out|mental health|resilience|resilient|anxiety|anxious|low mood|sleep|exhausted|self care|talking therapies|counselling|mindfulness|worn out|coping|grief|grieving|bereavement|bereaved|crying(?! out\b)|in tears|tearful|sobbing|menopause|perimenopause|menopausal|hot flushes|debt|debts|going under|drowning|not ok|not okay|not alright|panic attacks?|lonely|loneliness|tired all the time|do not want to wake up|end it all|passed away|funeral|(?:mum|dad|mother|father|husband|wife|son|daughter|baby|brother|sister|partner|nan|grandmother|grandfather|grandad|child) (?:passed|died)|lost my (?:mum|dad|mother|father|husband|wife|son|daughter|baby|brother|sister|partner|nan|grandmother|grandfather|grandad|child))\b/g,
  },
  {
    area: 'skills-for-life',
    re: /\b(?:maths|english|literacy|numeracy|digital|functional skills|computers?|computing|it skills|spelling|grammar|writing|reading|gcses?|typing|excel|word processing|email|emails|outlook|powerpoint|microsoft word|word(?= and (?:outlook|excel|powerpoint))|fractions|percentages|dyslexia)\b/g,
  },
  {
    area: 'personal-skills',
    re: /\b(?:confidence|confident|communication|communicating|leadership|leader|leading|time management|manage my time|coaching|mentoring|mentor|assertive|assertiveness|presentations?|presenting|present (?:at|to) (?:the|a|an|my|our)|public speaking|(?:speak|speaking|talk|talking) in front of|teamwork|team working|managing people|difficult conversations|delegation|edward jenner|mary seacole|manage people|managing staff|manage staff|difficult conversations?|hard conversations?|tough conversations?|say no|saying no|always say yes|saying yes|speak up|speaking up|giving feedback|give feedback|come across|pull (?:him|her|them|someone|people|staff) up|(?:i was|used to be) one of them|(?:manage|managing|lead|leading|supervise|supervising|in charge of|over) (?:my |our )?(?:old |former |own )?(?:friends|mates|colleagues|peers|workmates|work mates)|pulling (?:him|her|them|someone|people|staff) up|told off|tell (?:him|her|them|someone) off|lateness|timekeeping|manage (?:my )?time better|managing (?:my )?time|prioritise|prioritising|prioritize|prioritizing|(?:shout|shouts|shouting|yell|yells|yelling) at me|(?:angry|difficult|rude|aggressive) (?:relatives|callers|families|visitors))\b/g,
  },
  {
    area: 'technical-skills',
    re: /\b(?:clinical skills|elearning|elfh|modules?|dementia|care certificate|mandatory training|statutory training|mandatory|venepuncture|phlebotomy|cannulation|catheters?|catheterisation|wound care|wounds|ecgs?|observations|obs|infection control|infection prevention|moving and handling|safeguarding|basic life support|bls|oliver mcgowan|learning disability and autism|autism|cstf|core skills|blood glucose|blood pressure|controlled drugs|syringe drivers?|suction|tracheostomy|tracheostomies|bladder scanning|(?:new|the) epr|epr (?:system|training)|electronic patient records?|patient record system|sql (?:course|courses|training|queries)|learn sql|clinical)\b/g,
  },
];

/** The same words, for asking only whether a text has any (no `g` flag, so no position is carried between calls). */
export const AREA_TESTS: ReadonlyArray<{ area: RoadmapArea; re: RegExp }> = AREA_RULES.map((a) => ({ area: a.area, re: new RegExp(a.re.source) }));
