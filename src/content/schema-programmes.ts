/**
 * Check-in programmes (induction and preceptorship): what content/programmes/*.yaml
 * may hold.
 */
import { z } from 'zod';
import { id, localExampleSchema, sources } from './schema-common.js';

// ---------------------------------------------------------------------------
// Check-in programmes (induction and preceptorship)

export const PROGRAMME_KINDS = ['induction', 'preceptorship'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** National preceptorship standards (NHS England nursing and midwifery models). */
export const PRECEPTORSHIP_STANDARDS = ['core', 'gold'] as const;
export type PreceptorshipStandard = (typeof PRECEPTORSHIP_STANDARDS)[number];

export const QUESTION_KINDS = ['rating', 'text', 'checklist', 'yesno'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Who is told about a low rating, in order: the first one the person has is told. */
export const NOTIFY_WHO = ['preceptor', 'manager'] as const;
export type NotifyWho = (typeof NOTIFY_WHO)[number];

export const DEFAULT_ESCALATION = { lowRatingAtOrBelow: 2, notify: ['preceptor', 'manager'] as NotifyWho[] };

/** When a check-in is due, counted from the start date. Months are calendar months. */
export const checkinOffsetSchema = z
  .strictObject({
    days: z.number().int().min(0).optional(),
    weeks: z.number().int().min(0).optional(),
    months: z.number().int().min(0).optional(),
  })
  .refine((a) => a.days !== undefined || a.weeks !== undefined || a.months !== undefined, {
    message: 'needs at least one of days, weeks or months, e.g. { weeks: 2 } (use { days: 0 } for the first day)',
  });
export type CheckinOffsetInput = z.infer<typeof checkinOffsetSchema>;

export const questionOptionSchema = z.strictObject({
  id,
  label: z.string().min(2),
});

export const checkinQuestionSchema = z
  .strictObject({
    id,
    kind: z.enum(QUESTION_KINDS),
    text: z.string().min(3),
    /** Default: false for the rating question, true for every other kind. */
    optional: z.boolean().optional(),
    /** The items of a checklist. Required for checklist questions, not allowed for other kinds. */
    options: z.array(questionOptionSchema).min(1).optional(),
    /**
     * Yes/no questions only: a "No" means a national standard has not been met
     * yet (no first meeting, no supernumerary time). This line, about the
     * person, is added to what their preceptor or manager is told, with consent.
     */
    ifNo: z.string().min(3).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.ifNo !== undefined && q.kind !== 'yesno') {
      ctx.addIssue({
        code: 'custom',
        path: ['ifNo'],
        message: `only yes/no questions have ifNo; remove it or change kind to yesno (this one is ${q.kind})`,
      });
    }
    if (q.kind === 'checklist' && q.options === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a checklist question needs options: a list of { id, label } items to tick',
      });
    }
    if (q.kind !== 'checklist' && q.options !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `only checklist questions have options; remove them or change kind to checklist (this one is ${q.kind})`,
      });
    }
  });
export type CheckinQuestionInput = z.output<typeof checkinQuestionSchema>;

export const checkinSchema = z.strictObject({
  id,
  title: z.string().min(3),
  after: checkinOffsetSchema,
  /** Plain text shown before the questions. */
  intro: z.string().min(10),
  questions: z.array(checkinQuestionSchema).min(2, 'needs at least a rating question and a text question'),
});
export type CheckinInput = z.output<typeof checkinSchema>;

export const escalationSchema = z
  .strictObject({
    /** A confidence rating at or below this (1 to 5) is passed on. */
    lowRatingAtOrBelow: z.number().int().min(1).max(5).default(DEFAULT_ESCALATION.lowRatingAtOrBelow),
    notify: z
      .array(z.enum(NOTIFY_WHO))
      .min(1)
      .default([...DEFAULT_ESCALATION.notify])
      .refine((n) => new Set(n).size === n.length, 'lists someone twice; name each person once'),
  })
  .default({ lowRatingAtOrBelow: DEFAULT_ESCALATION.lowRatingAtOrBelow, notify: [...DEFAULT_ESCALATION.notify] });

export const programmeSchema = z.strictObject({
  id,
  title: z.string().min(3),
  /** Two or three plain sentences. */
  summary: z.string().min(20),
  /** Plain text: who it is for. */
  audience: z.string().min(5),
  kind: z.enum(PROGRAMME_KINDS),
  standard: z.enum(PRECEPTORSHIP_STANDARDS).nullable().default(null),
  /** Role ids it suits; empty means anyone. */
  roles: z.array(id).default([]),
  /**
   * Words people use of themselves that mean it is for them ("newly qualified",
   * "new starter"): a message with one of them offers this programme first
   * (narrowed to the programmes for the person's role, when one is named).
   */
  words: z.array(z.string().trim().min(2)).default([]),
  lengthMonths: z.number().positive(),
  /** When present the whole programme is one trust's approach and is shown labelled as such. */
  localExample: localExampleSchema.optional(),
  escalation: escalationSchema,
  /** Hours before a reminder about an unanswered check-in. Default set by the app. */
  nudgeAfterHours: z.number().positive().optional(),
  checkins: z.array(checkinSchema).min(1, 'needs at least one check-in'),
  sources,
});
export type ProgrammeInput = z.output<typeof programmeSchema>;
