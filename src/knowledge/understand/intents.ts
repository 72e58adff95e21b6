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

  // profile
  R('profile', 5, /\b(?:change|update|edit|correct|fix|amend|set|save)\b (?:my |your record of my |the )?(?:role|band|job|job title|profile|details|qualifications|workplace|trust|team|area|department|ward|name)\b/, 'update my profile'),
  R('profile', 5, /\bi am now (?:a |an )?(?:band|qualified|registered|a|an|working|_role_)\b|\bi am (?:a |an )?(?:band [0-9a-d]+|_role_) now\b|\bnow (?:i am|a) (?:a |an )?(?:band|_role_)\b/, "i'm now a"),
  R('profile', 4, /\b(?:i have|i) (?:just )?(?:been promoted|got promoted|got a new job as|changed jobs|changed roles|moved to a new role|started a new job as|qualified as|passed my|got my|completed my|finished my)\b/, 'i have been promoted / passed'),
  R('profile', 3, /\bmy (?:profile|details|settings|saved details)\b/, 'my profile'),
  R('profile', 4, /\b(?:can you|could you|please) (?:update|change|record|save|add) (?:that|it|this|my)\b/, 'update that'),
  // "Can you remember that I want to be a radiographer?", "please make a note that my goal is…": a fact to keep.
  R('profile', 4, /\b(?:can you|could you|will you|please)(?: please)? (?:remember|note|make a note|keep a note|take a note) (?:that |for me that |for next time that )?(?:i|my|i am)\b/, 'remember that i'),
  R('profile', 4, /\bi (?:have|got|now have|have got) (?:my |a )?(?:level [1-8]|gcses?|functional skills|maths|english|degree|a levels?|care certificate|diploma|qualification)\b.{0,25}\bnow\b/, 'i have my level 2 now'),
  // "what job you have me down as?", "which band did you put me down as", "you got me as porter": what the bot has recorded.
  R('profile', 5, /\b(?:have|got|put|saved|recorded|listed|registered) me (?:down )?as\b|\b(?:have|got|put) me down (?:on|for)\b|\b(?:have|got|put) me on band\b/, 'what you have me down as'),
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
  R('resources', 2, /\b(?:stress|stressed|burnout|burnt out|burned out|anxious|anxiety|exhausted|resilience|low mood|not sleeping)\b/, 'wellbeing word'),

  // help
  R('help', 6, /^(?:hi|hello|hey|hiya|heya|yo|morning|good morning|good afternoon|good evening|afternoon|evening|help|menu|start|get started|hi there|hello there|hey there|helo|hallo|howdy|greetings)(?: there)?(?: bot| career companion)?(?: please)?$/, 'greeting or help'),
  R('help', 6, /\bwhat (?:can|do|could) (?:you|this bot|this|the bot|it|career companion) (?:do|help with|help me with|offer)\b|\bwhat are you for\b|\bhow (?:does|do) (?:this|you|it) work\b|\bwho are you\b|\bwhat is this\b|\bwhat (?:is|are) (?:this bot|career companion)\b/, 'what can you do'),
  R('help', 4, /\b(?:show|open|see) (?:me )?(?:the )?(?:menu|commands|help)\b|^(?:hi |hello |hey )?(?:please )?(?:help me|i need help|can you help(?: me)?|help please|please help)(?: please)?$|\bwhat (?:commands|questions) can i\b|\b(?:questions|things) (?:can|could|should|do) i ask\b/, 'help me'),
  // "could you summarise what it does", "an overview of your features", "what the bot offers our staff", "is this bot only for clinical staff".
  R('help', 6, /\b(?:summarise|summary of|overview of|rundown of|run through|run down of) (?:what )?(?:you|it|this|this bot|the bot|this tool|the tool|career companion|your|its)\b|\bwhat (?:the bot|this bot|this tool|the tool|this app|the app|career companion) (?:offers?|does|can do|is for)\b|\b(?:your|its|the bots|this bots) (?:features|functions)\b|\b(?:is|are) (?:this|the) (?:bot|tool|app)(?: only| just)? for\b/, 'what the bot offers'),
  // "can I write in Tagalog?", "is there a Polish language option", "does the bot speak Urdu": the bot in the writer's own language.
  // (Not a word to translate: "how do you say pain in Polish".)
  R('help', 5, /(?<!\b(?:translate|translated|translation|say|said|word|words|mean|means|meaning|spell|spelt|what is)\b.*)\bin (?:tagalog|filipino|polish|romanian|portuguese|hindi|urdu|punjabi|gujarati|bengali|nepali|malayalam|tamil|yoruba|igbo|shona|swahili|arabic|spanish|italian|french|bulgarian|lithuanian|ukrainian|russian|chinese)\b|\b(?:you|bot|it|this|app) (?:speak|speaks|understand|understands|know|knows|read|reads|do|does|work|works)(?: in)? (?:tagalog|filipino|polish|romanian|portuguese|hindi|urdu|punjabi|gujarati|bengali|nepali|malayalam|tamil|yoruba|igbo|shona|swahili|arabic|spanish|italian|french|bulgarian|lithuanian|ukrainian|russian|chinese|other languages?|another language|my language)\b|\b(?:write|type|talk|speak|message|chat|ask|answer|reply|use (?:it|this|the bot|you))(?: to you| with you| you| me| this| it| the bot)? in (?:my (?:own |first |mother )?language|my mother tongue|another language|other languages?|a different language)\b|\blanguage (?:option|options|setting|settings|choice)\b|\b(?:available|offered|work|works|come|comes|use it|use this) in (?:other|another|a different|different|more|many) languages?\b|\b(?:other|different) languages?\b(?=.{0,25}\b(?:bot|this|you|it|option|available|possible)\b)/, 'in my own language'),
  // "how do i get back to the main menu", "take me back to the start": finding the way round the bot.
  R('help', 5, /\b(?:main|start|home|first|top) (?:menu|screen)\b|\b(?:back|return) to (?:the )?(?:menu|main menu|start|beginning|home|home screen|first options)\b(?! of\b)/, 'back to the menu'),
  R('help', 1, /\bhelp\b/, 'help'),
];


export const AREA_RULES: Array<{ area: RoadmapArea; re: RegExp }> = [
  {
    area: 'career-progression',
    re: /\b(?:careers?|apprenticeships?|apprentice|jobs?|vacancies|vacancy|progression|progress|promotion|application forms?|applications?|cv|cvs|interviews?|personal statement|nhs jobs|job applications?|supporting statement)\b/g,
  },
  {
    area: 'wellbeing-resilience',
    re: /\b(?:wellbeing|well being|stress|stressed|stressful|burnout|burnt out|burned out|mental health|resilience|resilient|anxiety|anxious|low mood|sleep|exhausted|self care|talking therapies|counselling|mindfulness|worn out|coping|bereavement|bereaved|grief|grieving|passed away|funeral|(?:mum|dad|mother|father|husband|wife|son|daughter|baby|brother|sister|partner|nan|grandmother|grandfather|grandad|child) (?:passed|died)|lost my (?:mum|dad|mother|father|husband|wife|son|daughter|baby|brother|sister|partner|nan|grandmother|grandfather|grandad|child))\b/g,
  },
  {
    area: 'skills-for-life',
    re: /\b(?:maths|english|literacy|numeracy|digital|functional skills|computers?|computing|it skills|spelling|grammar|writing|reading|gcses?|typing|excel|word processing|email|emails|fractions|percentages|dyslexia)\b/g,
  },
  {
    area: 'personal-skills',
    re: /\b(?:confidence|confident|communication|communicating|leadership|leader|leading|time management|manage my time|coaching|mentoring|mentor|assertive|assertiveness|presentations?|public speaking|teamwork|team working|managing people|difficult conversations|delegation|edward jenner|mary seacole)\b/g,
  },
  {
    area: 'technical-skills',
    re: /\b(?:clinical skills|elearning|elfh|modules?|dementia|care certificate|mandatory training|statutory training|mandatory|venepuncture|phlebotomy|cannulation|catheters?|catheterisation|wound care|wounds|ecgs?|observations|obs|infection control|infection prevention|moving and handling|safeguarding|basic life support|bls|oliver mcgowan|learning disability and autism|autism|cstf|core skills|blood glucose|blood pressure|clinical)\b/g,
  },
];

/** The same words, for asking only whether a text has any (no `g` flag, so no position is carried between calls). */
export const AREA_TESTS: ReadonlyArray<{ area: RoadmapArea; re: RegExp }> = AREA_RULES.map((a) => ({ area: a.area, re: new RegExp(a.re.source) }));
