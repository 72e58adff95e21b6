/**
 * The shape of a content folder. Trusts edit YAML files under `content/`; these
 * schemas validate every file at start-up and in `career-companion content check`.
 *
 * Every file is a YAML mapping whose top-level keys are sections (`roles`,
 * `routes`, `requirements`, `resources`, `notes`, ...). A section may be split
 * across several files; the loader merges them and then checks cross-references.
 */
import { z } from 'zod';

export const ROADMAP_AREAS = [
  'career-progression',
  'wellbeing-resilience',
  'skills-for-life',
  'personal-skills',
  'technical-skills',
] as const;
export type RoadmapArea = (typeof ROADMAP_AREAS)[number];

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
] as const;
export type Family = (typeof FAMILIES)[number];

export const BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
export type Band = (typeof BANDS)[number];

export const ROUTE_KINDS = ['apprenticeship', 'degree', 'top-up', 'in-post', 'course', 'programme'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower case words joined by hyphens, e.g. "nursing-associate"');

const httpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a full web address starting with https:// (or http://)');

/** A source: a URL, or a URL with a label and a status flag from the domain brief. */
export const sourceSchema = z.union([
  httpUrl,
  z.strictObject({
    url: httpUrl,
    label: z.string().min(1).optional(),
    /** `mirror`: read from a copy of the page; `unverified`: not confirmed; `local`: one trust's practice. */
    status: z.enum(['mirror', 'unverified', 'local']).optional(),
  }),
]);
export type SourceInput = z.infer<typeof sourceSchema>;

const sources = z.array(sourceSchema).min(1, 'needs at least one source URL');

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

export const localExampleSchema = z.strictObject({
  trust: z.string().min(3),
  summary: z.string().min(10),
  sources,
});

export const roleSchema = z.strictObject({
  id,
  title: z.string().min(2),
  synonyms: z.array(z.string().min(2)).default([]),
  bands: z.array(z.enum(BANDS)).min(1, 'needs at least one Agenda for Change band, e.g. ["3"]'),
  /** True where the band depends on local job evaluation rather than a national profile. */
  bandVaries: z.boolean().default(false),
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
  sources,
});

/** One YAML file. Every section is optional; unknown sections are an error. */
export const contentFileSchema = z.strictObject({
  roles: z.array(roleSchema).optional(),
  routes: z.array(routeSchema).optional(),
  requirements: z.array(requirementSchema).optional(),
  resources: z.array(resourceSchema).optional(),
  notes: z.array(noteSchema).optional(),
});
export type ContentFileInput = z.input<typeof contentFileSchema>;

export type RoleInput = z.output<typeof roleSchema>;
export type RouteInput = z.output<typeof routeSchema>;
export type RequirementInput = z.output<typeof requirementSchema>;
export type ResourceInput = z.output<typeof resourceSchema>;
export type NoteInput = z.output<typeof noteSchema>;
export type LocalExampleInput = z.output<typeof localExampleSchema>;
