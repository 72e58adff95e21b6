/**
 * The shape of a content folder. Trusts edit YAML files under `content/`; these
 * schemas validate every file at start-up and in `career-companion content check`.
 *
 * Every file is a YAML mapping whose top-level keys are sections (`roles`,
 * `routes`, `requirements`, `resources`, `notes`, `programmes`, ...). A list
 * section may be split across several files; the loader merges them and then
 * checks cross-references. `signposting` and `understanding` (both required)
 * and `calendar` (optional) are single mappings, written once per content folder.
 */
import { z } from 'zod';
import { id, httpUrl, localExampleSchema, sourceSchema, sources } from './schema-common.js';
import { programmeSchema } from './schema-programmes.js';

export { localExampleSchema, sourceSchema, type SourceInput } from './schema-common.js';
export * from './schema-programmes.js';

export const ROADMAP_AREAS = [
  'career-progression',
  'wellbeing-resilience',
  'skills-for-life',
  'personal-skills',
  'technical-skills',
] as const;
export type RoadmapArea = (typeof ROADMAP_AREAS)[number];

/**
 * @deprecated The titles people see are wording: `areas` in
 * content/wording/core.yaml, read with `areaTitle(content, area)` from
 * src/knowledge/format.ts. This copy stays only until every feature has
 * switched; do not add new uses.
 */
export const ROADMAP_AREA_TITLES: Record<RoadmapArea, string> = {
  'career-progression': 'Career progression',
  'wellbeing-resilience': 'Wellbeing and resilience',
  'skills-for-life': 'Skills for life: literacy, numeracy and digital',
  'personal-skills': 'Personal skills',
  'technical-skills': 'Technical skills',
};

export const FAMILIES = [
  'support',
  'nursing',
  'midwifery',
  'allied-health',
  'healthcare-science',
  'pharmacy',
  'non-clinical',
  'leadership',
  'ambulance',
  'facilities',
  'psychological-professions',
  'dental',
  'advanced-practice',
  'medical-associate',
] as const;
export type Family = (typeof FAMILIES)[number];

export const BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
export type Band = (typeof BANDS)[number];

/** Circumstances people tell us that change which route suits them. */
export const CIRCUMSTANCES = ['cannot-self-fund', 'keep-earning', 'nights', 'part-time', 'caring'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

export const ROUTE_KINDS = ['apprenticeship', 'degree', 'top-up', 'in-post', 'course', 'programme'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];


/** A range of time. Normalised to months by the loader. */
export const durationSchema = z
  .strictObject({
    min: z.number().min(0),
    max: z.number().min(0),
    unit: z.enum(['weeks', 'months', 'years']),
  })
  .refine((d) => d.max >= d.min, { message: 'max must be at least min', path: ['max'] });
export type DurationInput = z.infer<typeof durationSchema>;

/** Something a role or route asks for, and how a person can get it. */
export const requirementSchema = z.strictObject({
  id,
  title: z.string().min(3),
  /** Plain-English explanation of how to meet it. */
  how: z.string().min(10),
  /** How long meeting it usually takes, if known. */
  duration: durationSchema.optional(),
  /** Cost or funding for meeting it, e.g. "Free if you do not already have Level 2". */
  funding: z.string().optional(),
  /** Requirements this one implies (holding a degree implies holding a Level 3). */
  implies: z.array(id).default([]),
  /** Whether a person can tell us they hold it in their profile. */
  askInProfile: z.boolean().default(false),
  sources,
});


/**
 * Pay frameworks other than Agenda for Change. `very-senior-managers`: trust board
 * directors and chief executives, whose pay is set under the Very Senior Managers
 * pay framework, so they have no Agenda for Change band.
 */
export const PAY_FRAMEWORKS = ['very-senior-managers'] as const;
export type PayFramework = (typeof PAY_FRAMEWORKS)[number];

export const roleSchema = z.strictObject({
  id,
  title: z.string().min(2),
  synonyms: z.array(z.string().min(2)).default([]),
  /** What the job does, as people describe it without its title ("hearing tests", "clinic letters"). */
  describedBy: z.array(z.string().min(3)).default([]),
  /** Agenda for Change bands. Empty only for a role paid under another framework (`payFramework`). */
  bands: z.array(z.enum(BANDS)).default([]),
  /** Set only for a role not paid on Agenda for Change; its `bands` must then be empty. */
  payFramework: z.enum(PAY_FRAMEWORKS).optional(),
  /** True where the band depends on local job evaluation rather than a national profile. */
  bandVaries: z.boolean().default(false),
  /**
   * True where no source gives this role a band: the bot says "band set locally" and never
   * names `bands`, which then only place the role on the ladder when routes are searched.
   */
  bandsUnconfirmed: z.boolean().default(false),
  family: z.enum(FAMILIES),
  summary: z.string().min(20),
  regulator: z
    .strictObject({ name: z.string().min(2), url: httpUrl })
    .nullable()
    .default(null),
  /** Requirement ids usually needed to start in this role. */
  entry: z.array(id).default([]),
  /** Where the role appears in the profile's role buttons (lower first). Omit to leave it off. */
  common: z.number().int().min(1).optional(),
  /** Text shown with the role: caveats from the brief (unverified bands and so on). */
  caveats: z.array(z.string()).default([]),
  sources,
}).superRefine((r, ctx) => {
  if (r.payFramework === undefined && r.bands.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['bands'],
      message: 'needs at least one Agenda for Change band, e.g. ["3"] (or, for a role not paid on Agenda for Change, payFramework: very-senior-managers)',
    });
  }
  if (r.bandsUnconfirmed && r.payFramework !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['bandsUnconfirmed'],
      message: `a role paid under ${r.payFramework} has no Agenda for Change band to confirm; remove bandsUnconfirmed`,
    });
  }
  if (r.payFramework !== undefined && r.bands.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['bands'],
      message: `a role paid under ${r.payFramework} has no Agenda for Change band; remove the bands, or remove payFramework`,
    });
  }
});

export const routeSchema = z.strictObject({
  id,
  title: z.string().min(3),
  /** Role ids this route starts from; `any` means anyone who meets the requirements. */
  from: z.union([z.literal('any'), z.array(id).min(1)]),
  to: id,
  kind: z.enum(ROUTE_KINDS),
  /** Regulated qualification level, 2 to 8, when there is one. */
  level: z.number().int().min(1).max(8).nullable().default(null),
  duration: durationSchema,
  studyPattern: z.string().min(5),
  funding: z.string().min(5),
  /** Requirement ids needed before starting. */
  requires: z.array(id).default([]),
  notes: z.array(z.string()).default([]),
  /** One trust's approach: always shown labelled as a local example, never as a national rule. */
  examples: z.array(localExampleSchema).default([]),
  sources,
});

export const resourceSchema = z.strictObject({
  id,
  title: z.string().min(3),
  url: httpUrl,
  description: z.string().min(10),
  areas: z.array(z.enum(ROADMAP_AREAS)).min(1, 'needs at least one roadmap area'),
  audience: z.array(z.string().min(2)).min(1),
  cost: z.string().min(2),
  format: z.string().min(2),
  tags: z.array(z.string().min(2)).default([]),
  /** Role ids this resource helps with. */
  roles: z.array(id).default([]),
  /** Route ids this resource helps with. */
  routes: z.array(id).default([]),
  /** Lower comes first when resources are ranked. */
  priority: z.number().int().min(1).max(100).default(50),
  sources: z.array(sourceSchema).default([]),
});

export const noteSchema = z.strictObject({
  id,
  title: z.string().min(3),
  text: z.string().min(10),
  /** ISO date the note was last checked. */
  checked: z.iso.date(),
  /** Role, route, requirement or resource ids the note should be shown with. */
  appliesTo: z.array(id).default([]),
  /**
   * Route, role or requirement ids whose route this note changes: how long a
   * step takes, what it costs, what it asks for, or whether it runs. The note
   * is then shown in the first answer of a route that still has that step or
   * requirement ahead; otherwise it is one tap away, with the route's detail.
   */
  changes: z.array(id).default([]),
  sources,
});

// ---------------------------------------------------------------------------
// Signposting (what the bot says when someone seems to be in distress)

const phone = z
  .string()
  .regex(/^\+?[0-9][0-9 ()-]{1,19}$/, 'must be a phone number written with digits and spaces, e.g. "111" or "023 8012 3456"');

/** A distress phrase: lower case, as people type it; curly apostrophes and hyphens are matched for you. */
const distressPhrase = z
  .string()
  .min(3)
  .regex(/^[a-z0-9' -]+$/, 'must be lower case letters, digits, spaces, hyphens or straight apostrophes');

export const wellbeingServiceSchema = z.strictObject({
  name: z.string().min(3),
  detail: z.string().min(10),
  phone: phone.optional(),
  url: httpUrl.optional(),
});

export const signpostingServiceSchema = z
  .strictObject({
    id,
    /** Optional only for a local service that takes its details from trust.wellbeingService. */
    name: z.string().min(2).optional(),
    detail: z.string().min(10).optional(),
    phone: phone.optional(),
    url: httpUrl.optional(),
    /** True for a service run by the trust itself. Without a name it is filled from trust.wellbeingService. */
    local: z.boolean(),
    /** True for a service open at any hour of the day and night, every day (shown as "open day and night"). */
    anyHour: z.boolean().default(false),
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((s, ctx) => {
    if (s.local && s.name === undefined) {
      for (const k of ['detail', 'phone', 'url'] as const) {
        if (s[k] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [k],
            message: 'this local service takes its details from trust.wellbeingService; add a name to give it its own, or move this there',
          });
        }
      }
      return;
    }
    for (const k of ['name', 'detail'] as const) {
      if (s[k] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: s.local
            ? `a local service with its own name also needs ${k}`
            : `"${k}" is missing (only a local service may leave it out, to use trust.wellbeingService)`,
        });
      }
    }
  });
export type SignpostingServiceInput = z.output<typeof signpostingServiceSchema>;

export const signpostingSchema = z.strictObject({
  distress: z.strictObject({
    /** Words and phrases that signal distress, lower case. Matched as whole words. */
    phrases: z.array(distressPhrase).min(1, 'needs at least one phrase that signals distress'),
    /** Plain, kind and short: shown before the services. */
    intro: z.string().min(10),
    services: z.array(signpostingServiceSchema).min(1, 'needs at least one service'),
  }),
  /**
   * Stress and overwhelm that is not a crisis: a calm reply that names what can
   * help, with the crisis numbers last. A crisis phrase always wins.
   */
  stress: z
    .strictObject({
      phrases: z.array(distressPhrase).default([]),
    })
    .default({ phrases: [] }),
  trust: z.strictObject({
    name: z.string().min(3),
    wellbeingService: wellbeingServiceSchema,
    /** The trust's Freedom to Speak Up guardian: a local setting. */
    freedomToSpeakUp: wellbeingServiceSchema.optional(),
  }),
});
export type SignpostingInput = z.output<typeof signpostingSchema>;

// ---------------------------------------------------------------------------
// Calendar

export const calendarSchema = z.strictObject({
  bankHolidays: z.strictObject({
    region: z.enum(['england-and-wales']),
    dates: z.array(z.iso.date()).min(1, 'needs at least one date'),
    sources,
  }),
});
export type CalendarInput = z.output<typeof calendarSchema>;

// ---------------------------------------------------------------------------
// Understanding (the words the bot knows when it reads a question)

/** What a word in these lists must look like: how it reads once capitals and punctuation are taken out of what people type. */
export const UNDERSTANDING_WORD_MESSAGE =
  'must be one lower-case word of letters and digits, with no spaces or punctuation (the bot reads what people type word by word, with punctuation taken out)';
export const UNDERSTANDING_PHRASE_MESSAGE =
  'must be lower-case words of letters and digits separated by single spaces, with no punctuation';

const understandingWord = z.string().regex(/^[a-z0-9]+$/, UNDERSTANDING_WORD_MESSAGE);
const understandingPhrase = z.string().regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/, UNDERSTANDING_PHRASE_MESSAGE);
const wordList = z.array(understandingWord);

export const understandingSchema = z.strictObject({
  /** What people type (one word) and what it means: slang, words typed without an apostrophe, US spellings. */
  spellings: z.record(understandingWord, understandingPhrase),
  /** Number words after "band" or "level": "band three" is read as "band 3". */
  numberWords: z.record(understandingWord, z.string().regex(/^[0-9]$/, 'must be the number as one digit in quotes, e.g. "3"')),
  /** Words a misspelling is corrected to (as role names are); shorter words are never corrected. */
  keywords: z.array(understandingWord.min(4, 'is too short: a keyword needs at least 4 letters, since shorter words are never corrected')),
  /** Ordinary words that are never "corrected" into a role or keyword. */
  commonWords: wordList,
  abbreviations: z.strictObject({
    /** Abbreviations that are a role only when the words around them say so ("na apprenticeship"). */
    needContext: wordList,
    /** Words never taken as a role name on their own, even when a role has them as a synonym. */
    neverAlone: wordList,
  }),
  /** Jobs the bot has no role for whose names hold a role's name ("nursery nurse"): no role is read inside them. */
  otherJobs: z.array(understandingPhrase).default([]),
  /** Who a personal assistant works for ("PA to the director"): senior job titles and their short forms. */
  bossTitles: z.array(understandingWord).default([]),
  /** Words that, just before or after such an abbreviation, make it a role. */
  roleContext: z.strictObject({ before: wordList, after: wordList }),
  /** The word for a field of work, by a role title's last word: nurse -> nursing. */
  fieldForms: z.record(understandingWord, z.array(understandingPhrase).min(1, 'needs at least one form, e.g. [nursing]')),
  /** Words that may sit between a cue and the role ("I am a newly qualified band 5 nurse"). */
  fillerWords: wordList,
  /** Phrases just before a role that say whether it is the one wanted (target) or the one held now (current). */
  cues: z.strictObject({
    target: z.array(understandingPhrase).min(1, 'needs at least one phrase, e.g. "become"'),
    current: z.array(understandingPhrase).min(1, 'needs at least one phrase, e.g. "i am"'),
  }),
  /**
   * Topics a resources question can name, by resource tag (resources.yaml), in the words people use:
   * "how long is preceptorship?" lists the resources tagged preceptorship.
   */
  resourceTopics: z.record(z.string().trim().min(2), z.array(understandingPhrase).min(1, 'needs at least one word people use for it')).default({}),
  /** Facts people state in passing ("no GCSE maths", "I can't afford uni"), kept in their profile. */
  statedFacts: z
    .strictObject({
      /** Qualifications by requirement id, in the words people use for them. */
      qualifications: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a requirement id'), z.array(understandingPhrase).min(1)).default({}),
      /** Words just before a qualification that say the person does not have it ("no", "never got"). */
      lacking: z.array(understandingPhrase).default([]),
      /** Words just before a qualification that say the person has it ("i have", "got my"). */
      holding: z.array(understandingPhrase).default([]),
      /** Circumstances that change which route suits, by id, in the words people use. */
      circumstances: z.partialRecord(z.enum(CIRCUMSTANCES), z.array(understandingPhrase).min(1)).default({}),
      /** A job named only in general ("nurse"): the role that word gives, and the roles to ask between, unless the text says one of `unlessSays`. */
      askWhich: z
        .array(
          z.strictObject({
            role: z.string().min(2),
            unlessSays: z.array(understandingPhrase).default([]),
            question: z.string().min(5),
            choices: z.array(z.string().min(2)).min(2).max(5),
          }),
        )
        .default([]),
    })
    .default({ qualifications: {}, lacking: [], holding: [], circumstances: {}, askWhich: [] }),
});
export type UnderstandingInput = z.output<typeof understandingSchema>;

// ---------------------------------------------------------------------------
// Intent examples (what the question understanding learns from)

const exampleText = z.string().trim().min(1, 'is empty: write a message as staff might type it').max(600, 'is too long: keep an example under 600 characters');
const examples = (what: string) => z.array(exampleText).min(3, `needs at least 3 examples of ${what}`);

/** Messages as staff type them, by what they ask for. The bot learns from these when it starts. */
export const intentExamplesSchema = z.strictObject({
  pathway: examples('asking for the route to a role'),
  options: examples('asking where someone could go from their role'),
  career_conversation: examples('wanting to talk through or plan a career'),
  resources: z.strictObject({
    /** Asking for learning or support with no particular area. */
    any: z.array(exampleText).optional(),
    'career-progression': examples('asking for help with applications, CVs, interviews or apprenticeships'),
    'wellbeing-resilience': examples('about stress, sleep, feeling low or other wellbeing topics'),
    'skills-for-life': examples('asking about maths, English or digital skills'),
    'personal-skills': examples('asking about confidence, communication or leadership'),
    'technical-skills': examples('asking about clinical skills, e-learning or mandatory training'),
  }),
  checkin: examples('about check-ins and the first weeks in a new job'),
  profile: examples('telling the bot a fact about themselves to remember'),
  help: examples('greetings, thanks, or asking what the bot does'),
  privacy: examples('asking who sees what, or about their data'),
  unknown: examples('questions the bot cannot help with'),
});
export type IntentExamplesInput = z.output<typeof intentExamplesSchema>;

// ---------------------------------------------------------------------------
// Questions the bot does not answer, and where to go instead

export const outOfScopeSchema = z.strictObject({
  topics: z
    .array(
      z.strictObject({
        id,
        /** Words or phrases that point to the topic, as they read with capitals and punctuation taken out. */
        words: z.array(understandingPhrase).min(1, 'needs at least one word or phrase that points to this topic'),
        /** What the bot says: that it cannot help with this, and where to go instead. */
        answer: z.string().trim().min(1, 'is empty: say where to go instead'),
      }),
    )
    .min(1, 'needs at least one topic'),
});
export type OutOfScopeInput = z.output<typeof outOfScopeSchema>;

// ---------------------------------------------------------------------------
// Glossary: the words people meet on their route ("preceptor", "levy"), in plain English

const glossaryWord = z.string().trim().min(2, 'is too short: write the word as people would type it');

export const glossaryEntrySchema = z.strictObject({
  id,
  /** The word or phrase as the bot writes it, e.g. "preceptor". */
  term: glossaryWord,
  /** Other ways of writing it, plurals and short forms people type: "preceptors", "AP". */
  also: z.array(glossaryWord).default([]),
  /** One to three short, plain sentences. */
  meaning: z.string().trim().min(20, 'is too short: say what it means in one to three plain sentences').max(400, 'is too long: keep it to one to three short sentences (at most 400 characters)'),
  /** ISO date the meaning was last checked against its sources. */
  checked: z.iso.date(),
  /** False for words nearly everyone knows from their job ("band"): a route answer then does not explain them. */
  explainInRoutes: z.boolean().default(true),
  sources,
});
export type GlossaryEntryInput = z.output<typeof glossaryEntrySchema>;

// ---------------------------------------------------------------------------
// Reading level: how plain the content must read (warnings from content check)

export const readingSchema = z.strictObject({
  /** A string whose Flesch-Kincaid grade is above this is reported as a warning. */
  maxGrade: z.number().min(1).max(20),
  /** The median grade the content aims for, shown beside the measured one. */
  targetMedian: z.number().min(1).max(20),
  /** Strings with fewer words than this are not scored: a grade means little for a few words. */
  minWords: z.number().int().min(1).max(20).default(5),
  /** How many of the hardest strings the report lists. */
  worst: z.number().int().min(0).max(100).default(10),
  /** Names of qualifications and other terms that cannot be put more simply: each counts as one short word. */
  allow: z.array(z.string().trim().min(2)).default([]),
});
export type ReadingInput = z.output<typeof readingSchema>;

/** One YAML file. Every section is optional; unknown sections are an error. */
export const contentFileSchema = z.strictObject({
  roles: z.array(roleSchema).optional(),
  routes: z.array(routeSchema).optional(),
  requirements: z.array(requirementSchema).optional(),
  resources: z.array(resourceSchema).optional(),
  notes: z.array(noteSchema).optional(),
  programmes: z.array(programmeSchema).optional(),
  /** Once per content folder. */
  signposting: signpostingSchema.optional(),
  /** Once per content folder, optional. */
  calendar: calendarSchema.optional(),
  /** Once per content folder. */
  understanding: understandingSchema.optional(),
  /** Once per content folder. */
  intentExamples: intentExamplesSchema.optional(),
  /** Once per content folder. */
  outOfScope: outOfScopeSchema.optional(),
  /** Words explained in plain English; may be split across files. */
  glossary: z.array(glossaryEntrySchema).optional(),
  /** Once per content folder, optional: the reading level content check measures against. */
  reading: readingSchema.optional(),
});
export type ContentFileInput = z.input<typeof contentFileSchema>;
export type ContentFileOutput = z.output<typeof contentFileSchema>;

export type RoleInput = z.output<typeof roleSchema>;
export type RouteInput = z.output<typeof routeSchema>;
export type RequirementInput = z.output<typeof requirementSchema>;
export type ResourceInput = z.output<typeof resourceSchema>;
export type NoteInput = z.output<typeof noteSchema>;
export type LocalExampleInput = z.output<typeof localExampleSchema>;
