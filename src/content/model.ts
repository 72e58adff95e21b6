/**
 * Content after loading: validated, merged across files, cross-referenced and
 * normalised (sources as objects, durations in months). The pathway engine,
 * question understanding and dialogs read only these types.
 */
import type { WordingSource } from './wording.js';
import type { ContentProblem } from './problem.js';
import type { IntentExamplesInput } from './schema.js';
import type {
  Band,
  Circumstance,
  Family,
  NotifyWho,
  PayFramework,
  PreceptorshipStandard,
  ProgrammeKind,
  QuestionKind,
  RoadmapArea,
  RouteKind,
} from './schema.js';

export interface Source {
  url: string;
  label?: string;
  status?: 'mirror' | 'unverified' | 'local';
  /** ISO date the page was last read and found to say what the entry says. */
  checked?: string;
}

/** A range of time in months (weeks and years are converted on load). */
export interface Duration {
  minMonths: number;
  maxMonths: number;
}

export interface Requirement {
  id: string;
  title: string;
  how: string;
  duration?: Duration;
  funding?: string;
  implies: string[];
  askInProfile: boolean;
  sources: Source[];
}

export interface Role {
  id: string;
  title: string;
  synonyms: string[];
  /** What the job does, as people describe it without its title. */
  describedBy: string[];
  /** Agenda for Change bands; empty when the role is paid under `payFramework` instead. */
  bands: Band[];
  /** Set for a role not paid on Agenda for Change (board directors: the Very Senior Managers framework). */
  payFramework?: PayFramework;
  bandVaries: boolean;
  /** No source gives a band: shown as "band set locally"; `bands` only place the role for route search. */
  bandsUnconfirmed?: boolean;
  family: Family;
  summary: string;
  regulator: { name: string; url: string } | null;
  entry: string[];
  common?: number;
  caveats: string[];
  sources: Source[];
}

export interface LocalExample {
  trust: string;
  summary: string;
  sources: Source[];
}

export interface Route {
  id: string;
  title: string;
  from: 'any' | string[];
  to: string;
  kind: RouteKind;
  level: number | null;
  duration: Duration;
  studyPattern: string;
  funding: string;
  requires: string[];
  notes: string[];
  examples: LocalExample[];
  sources: Source[];
}

export interface Resource {
  id: string;
  title: string;
  url: string;
  description: string;
  areas: RoadmapArea[];
  audience: string[];
  cost: string;
  format: string;
  tags: string[];
  roles: string[];
  routes: string[];
  priority: number;
  sources: Source[];
}

export interface Note {
  id: string;
  title: string;
  text: string;
  checked: string;
  appliesTo: string[];
  /** Route, role or requirement ids whose route the note changes (see `changesThisRoute` in src/knowledge/pathways.ts). */
  changes: string[];
  sources: Source[];
}

/** A check-in's offset from the start date: calendar months, then days (weeks are converted to days on load). */
export interface CheckinOffset {
  months: number;
  days: number;
}

export interface CheckinQuestion {
  id: string;
  kind: QuestionKind;
  text: string;
  /** False for the rating question unless the YAML says otherwise; true for other kinds. */
  optional: boolean;
  /** Checklist items; empty for every other kind. */
  options: Array<{ id: string; label: string }>;
  /** Yes/no only: a line for the preceptor or manager when the answer is "No" (a standard not yet met). */
  ifNo?: string;
}

export interface Checkin {
  id: string;
  title: string;
  offset: CheckinOffset;
  /** Plain text shown before the questions. */
  intro: string;
  /** Exactly one `rating` question (the one-tap 1 to 5 confidence rating) and at least one `text` question. */
  questions: CheckinQuestion[];
}

export interface Programme {
  id: string;
  title: string;
  summary: string;
  audience: string;
  kind: ProgrammeKind;
  standard: PreceptorshipStandard | null;
  /** Role ids it suits; empty means anyone. */
  roles: string[];
  /** Words people use of themselves that mean it is for them ("newly qualified", "new starter"). */
  words: string[];
  lengthMonths: number;
  /** Set when the programme is one trust's approach: always show it labelled as a local example. */
  localExample?: LocalExample;
  escalation: { lowRatingAtOrBelow: number; notify: NotifyWho[] };
  /** Hours before a reminder about an unanswered check-in; when absent the app's default applies. */
  nudgeAfterHours?: number;
  /** In ascending order of offset. */
  checkins: Checkin[];
  sources: Source[];
}

/** A service offered when someone seems to be in distress. */
export interface SignpostingService {
  id: string;
  name: string;
  detail: string;
  phone?: string;
  url?: string;
  /** Run by the trust. A local service written without a name is filled from `trust.wellbeingService`. */
  local: boolean;
  /** Open at any hour, every day: shown as "open day and night". */
  anyHour: boolean;
  sources: Source[];
}
export type Service = SignpostingService;

export interface WellbeingService {
  name: string;
  detail: string;
  phone?: string;
  url?: string;
}

export interface Signposting {
  distress: {
    /** Lower case words and phrases; see `detectDistress` in signposting.ts. */
    phrases: string[];
    intro: string;
    services: SignpostingService[];
  };
  /** Stress and overwhelm, not a crisis: lower case phrases, matched as the distress ones are. */
  stress: { phrases: string[] };
  trust: { name: string; wellbeingService: WellbeingService; freedomToSpeakUp?: WellbeingService };
}

/**
 * The words the question understanding knows (content/understanding.yaml). Every
 * word and phrase is lower case, letters and digits, as a typed question reads
 * once its capitals and punctuation are taken out.
 */
export interface UnderstandingWords {
  /** What people type (one word) and what it means: "wanna" -> "want to", "program" -> "programme". */
  spellings: Record<string, string>;
  /** "three" -> "3", after "band" or "level". */
  numberWords: Record<string, string>;
  /** Words a misspelling may be corrected to, besides the words of role names. */
  keywords: string[];
  /** Ordinary words never corrected into a role or keyword. */
  commonWords: string[];
  abbreviations: {
    /** A role only when a word around it says so. */
    needContext: string[];
    /** Never a role name on its own. */
    neverAlone: string[];
  };
  /** Jobs with no role whose names hold a role's name ("nursery nurse"): no role is read inside them. */
  otherJobs: string[];
  /** Who a personal assistant works for ("PA to the director"): senior job titles and their short forms, one word each. */
  bossTitles: string[];
  /** Words just before or after an abbreviation that make it a role. */
  roleContext: { before: string[]; after: string[] };
  /** A field of work by a role title's last word: "nurse" -> ["nursing"]. */
  fieldForms: Record<string, string[]>;
  /** Words that may sit between a cue and the role. */
  fillerWords: string[];
  /** Phrases before a role: the role wanted (target) or the role held now (current). */
  cues: { target: string[]; current: string[] };
  /** Topics a resources question can name: resource tag -> the words people use for it. */
  resourceTopics: Record<string, string[]>;
  statedFacts: {
    qualifications: Record<string, string[]>;
    lacking: string[];
    holding: string[];
    circumstances: Partial<Record<Circumstance, string[]>>;
    askWhich: Array<{ role: string; unlessSays: string[]; question: string; choices: string[] }>;
  };
}

/** A word people meet on their route, in plain English (content/glossary.yaml). */
export interface GlossaryEntry {
  id: string;
  /** As the bot writes it, e.g. "preceptor". */
  term: string;
  /** Other ways of writing it: plurals, short forms. */
  also: string[];
  /** One to three plain sentences. */
  meaning: string;
  checked: string;
  /** Whether a route answer explains it the first time it uses it. */
  explainInRoutes: boolean;
  sources: Source[];
}

export interface Content {
  /** The folder the content was loaded from. */
  dir: string;
  roles: Map<string, Role>;
  routes: Route[];
  requirements: Map<string, Requirement>;
  resources: Resource[];
  notes: Note[];
  /** Induction and preceptorship check-in programmes, by id. */
  programmes: Map<string, Programme>;
  /** What to say and whom to point to when someone seems to be in distress. */
  signposting: Signposting;
  /** Bank holidays (ISO dates, England and Wales); empty when the content has no calendar. */
  bankHolidays: Set<string>;
  /** The words the question understanding knows: spellings, cue phrases, common words and so on. */
  understanding: UnderstandingWords;
  /** Messages as staff type them, by what they ask for: what the question understanding learns from. */
  intentExamples: IntentExamples;
  /** Topics the bot does not help with, and where to go instead. */
  outOfScope: OutOfScopeTopic[];
  /** Words explained in plain English, in the order written. Empty when the content has no glossary. */
  glossary: GlossaryEntry[];
  /** What the bot says: `wording/<id>.yaml`, read as it is; each feature's spec checks and reads its own file (wording.ts). */
  wording: WordingSource;
}

/** Example messages by intent; resources by roadmap area (`any`: no particular area). */
export type IntentExamples = IntentExamplesInput;

export interface OutOfScopeTopic {
  id: string;
  /** Words and phrases that point to it, normalised as questions are. */
  words: string[];
  /** That the bot cannot help, and where to go instead. */
  answer: string;
}

/**
 * The ISO date a check-in is due: `start` plus calendar months (clamped to the end of a
 * shorter month, so 31 January + 1 month is 28 or 29 February), then days.
 */
export function checkinDueDate(start: string, offset: CheckinOffset): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!m) throw new RangeError(`not an ISO date: ${start}`);
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1 + offset.months;
  const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(y, mo, Math.min(Number(m[3]), lastDay)));
  d.setUTCDate(d.getUTCDate() + offset.days);
  return d.toISOString().slice(0, 10);
}

export type { ContentProblem } from './problem.js';

export class ContentError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: ContentProblem[],
  ) {
    super(formatProblems(dir, problems));
    this.name = 'ContentError';
  }
}

export function formatProblem(p: ContentProblem): string {
  const file = p.line ? `${p.file}:${p.line}` : p.file;
  const where = p.path ? `${file}: ${p.path}` : file;
  return `${where}: ${p.message}${p.fix ? `. Fix: ${p.fix}` : ''}`;
}

export function formatProblems(dir: string, problems: ContentProblem[]): string {
  const head = `Content in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`;
  return [head, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
