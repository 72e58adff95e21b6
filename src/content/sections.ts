/**
 * The sections a content file may have, and the entries found in them: valid
 * ones (parsed by their schema) and raw ones (any mapping, valid or not, for
 * the checks between entries), with helpers to read raw values safely.
 */
import {
  calendarSchema,
  noteSchema,
  programmeSchema,
  requirementSchema,
  resourceSchema,
  roleSchema,
  routeSchema,
  signpostingSchema,
  understandingSchema,
  intentExamplesSchema,
  outOfScopeSchema,
  glossaryEntrySchema,
  readingSchema,
} from './schema.js';

/** Sections that are lists of entries with ids; each may be split across files. */
export const SECTIONS = ['roles', 'routes', 'requirements', 'resources', 'notes', 'programmes', 'glossary'] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections that are a single mapping, written once per content folder. */
export const SINGLE_SECTIONS = ['signposting', 'calendar', 'understanding', 'intentExamples', 'outOfScope', 'reading'] as const;
export type SingleSection = (typeof SINGLE_SECTIONS)[number];

/** Every top-level key a content file may have. */
export const ALL_SECTIONS: readonly string[] = [...SECTIONS, ...SINGLE_SECTIONS];

export const SECTION_SCHEMAS = {
  roles: roleSchema,
  routes: routeSchema,
  requirements: requirementSchema,
  resources: resourceSchema,
  notes: noteSchema,
  programmes: programmeSchema,
  glossary: glossaryEntrySchema,
} as const;

export const SINGLE_SCHEMAS = {
  signposting: signpostingSchema,
  calendar: calendarSchema,
  understanding: understandingSchema,
  intentExamples: intentExamplesSchema,
  outOfScope: outOfScopeSchema,
  reading: readingSchema,
} as const;

/** Singular nouns for messages. */
export const SECTION_NOUN: Record<Section, string> = {
  roles: 'role',
  routes: 'route',
  requirements: 'requirement',
  resources: 'resource',
  notes: 'note',
  programmes: 'programme',
  glossary: 'glossary entry',
};

/** An entry as written in a file, not yet known to be valid. */
export type Raw = Record<string, unknown>;

export interface Item<T> {
  file: string;
  /** Index within its own file's section. */
  index: number;
  section: Section;
  value: T;
}

/** A single section as found in one file: the raw mapping, and the parsed value when it is valid. */
export interface SingleItem {
  file: string;
  section: SingleSection;
  raw: unknown;
  value?: unknown;
}

/** Everything found in the files of a content folder, by section. */
export interface Collected {
  /** Valid entries. */
  items: Record<Section, Item<unknown>[]>;
  /** Every entry that is a mapping, valid or not, for the cross-reference checks. */
  raw: Record<Section, Item<Raw>[]>;
  /** Single sections (signposting, calendar, understanding), one per file that has them. */
  singles: Record<SingleSection, SingleItem[]>;
}

export function emptyCollected(): Collected {
  return {
    items: {
      roles: [],
      routes: [],
      requirements: [],
      resources: [],
      notes: [],
      programmes: [],
      glossary: [],
    },
    raw: {
      roles: [],
      routes: [],
      requirements: [],
      resources: [],
      notes: [],
      programmes: [],
      glossary: [],
    },
    singles: { signposting: [], calendar: [], understanding: [], intentExamples: [], outOfScope: [], reading: [] },
  };
}

// Reading raw values: anything of the wrong type is zod's business, so these
// return nothing for it rather than failing.

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** The string entries of a list, with their indexes (other entries are zod's business). */
export const strList = (v: unknown): [number, string][] =>
  Array.isArray(v) ? v.flatMap((x, i): [number, string][] => (typeof x === 'string' ? [[i, x]] : [])) : [];
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const mapping = (v: unknown): Raw | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined;
export const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
