/**
 * Content after loading: validated, merged across files, cross-referenced and
 * normalised (sources as objects, durations in months). The pathway engine,
 * question understanding and dialogs read only these types.
 */
import type { Band, Family, RoadmapArea, RouteKind } from './schema.js';

export interface Source {
  url: string;
  label?: string;
  status?: 'mirror' | 'unverified' | 'local';
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
  bands: Band[];
  bandVaries: boolean;
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
}

/** One thing wrong with a content folder, precise enough to fix without reading code. */
export interface ContentProblem {
  /** File path relative to the content folder. */
  file: string;
  /** Path inside the file, e.g. `routes[3].to`. Empty for problems with the whole file. */
  path: string;
  message: string;
  /** What to do about it, when we can say. */
  fix?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

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
