/**
 * The pathway engine: finds routes from a person's role to a target role over the
 * content's route graph, and works out which requirements they still need.
 *
 * The search and its ranking and bounds are in route-search.ts; the rules for
 * which requirements someone meets are in requirements-met.ts. This module
 * turns what the search finds into pathways (steps, total time, missing
 * requirements, funding, one next action, sources, examples and notes), says
 * why a role cannot be reached, lists the options open from a role, and
 * formats durations.
 */
import { ROUTE_WORDING } from './route-wording.js';
import type { Content, Duration, LocalExample, Note, Role, Route, Source } from '../content/model.js';
import { addWithImplied, missingFor, roleGrants, type MissingRequirement } from './requirements-met.js';
import { MAX_ALTERNATIVES, MAX_STEPS, graphOf, maxBand, minBand, reachableFrom, searchPaths, type Candidate } from './route-search.js';
import { suggestRoles } from './understand.js';
import { pageKey } from './format.js';

export { MAX_ALTERNATIVES, MAX_STEPS, bandRank } from './route-search.js';
export { IN_POST_GRANTS, addWithImplied, registrationFor, roleGrants, type MissingRequirement } from './requirements-met.js';

export interface PathwayStep {
  route: Route;
  /** The role the step starts from; null for a route open to anyone (`from: any`) taken first. */
  from: Role | null;
  to: Role;
  /** Bands of the step's target role. */
  bands: string[];
}

export interface Pathway {
  steps: PathwayStep[];
  /** Sum of the steps' minimum months and sum of their maximum months. */
  total: Duration;
  missing: MissingRequirement[];
  /** Funding for each step, as "<route title>: <funding>". */
  funding: string[];
  /** One concrete thing to do next. */
  nextAction: string;
  /**
   * Where this route's facts come from, each page once (see `routeSources`):
   * its steps, the role it leads to, what is missing, its notes and examples,
   * leaving out pages that belong to other routes.
   */
  sources: Source[];
  examples: Array<LocalExample & { routeId: string }>;
  /** Every currency note about the route: on a step, a role reached, or something missing. */
  notes: Note[];
  /**
   * The notes that change this person's route (see `changesThisRoute`): shown
   * in the route's first answer. A subset of `notes`.
   */
  changes: Note[];
}

export interface PathwayQuery {
  /** Role id the person is in now. */
  from?: string;
  /** Role id they want to reach. */
  to: string;
  /** Requirement ids they already hold. */
  held?: string[];
  /** Requirement ids they said they do not have: never assumed from their role. */
  lacks?: string[];
  /** Put routes where you are paid while you learn (no self-funded degree) first. */
  earnWhileLearning?: boolean;
}

/** A route you are paid while you follow: an apprenticeship or a post. A degree is not. */
export function paysWhileLearning(route: Route): boolean {
  return route.kind !== 'degree';
}

export type PathwayResult =
  | { kind: 'found'; best: Pathway; alternatives: Pathway[]; start: Role | null; startAssumed: boolean }
  | { kind: 'same-role'; role: Role }
  | { kind: 'unreachable'; target: Role; from?: Role; suggestions: Role[]; reason: string }
  | { kind: 'unknown-role'; text?: string; suggestions: Role[] };

export interface PathOption {
  route: Route;
  to: Role;
  bands: string[];
  kind: Route['kind'];
  duration: Duration;
  missing: MissingRequirement[];
  /** True when the route is open to anyone (`from: any`) rather than a direct route out of the role. */
  viaAny: boolean;
}

// ---------------------------------------------------------------------------
// Pathways

function buildPathway(content: Content, c: Candidate, start: Role | null, held: string[], lacks: readonly string[] = []): Pathway {
  const steps: PathwayStep[] = c.edges.map((e) => ({ route: e.route, from: e.from, to: e.to, bands: [...e.to.bands] }));
  const have = addWithImplied(content, new Set<string>(), held);
  const startRole = start ?? steps[0]?.from ?? null;
  if (startRole) addWithImplied(content, have, roleGrants(content, startRole));
  // "No GCSE maths": not assumed from the role, so getting it comes first.
  for (const id of lacks) have.delete(id);

  const missing: MissingRequirement[] = [];
  steps.forEach((s, i) => {
    missingFor(content, s.route, i, have, missing);
    addWithImplied(content, have, roleGrants(content, s.to));
  });

  const funding = unique(steps.map((s) => `${s.route.title}: ${s.route.funding}`));

  const seenExamples = new Set<string>();
  const examples = steps
    .flatMap((s) => s.route.examples.map((e) => ({ ...e, routeId: s.route.id })))
    .filter((e) => {
      const k = `${e.trust}\u0000${e.summary}`;
      if (seenExamples.has(k)) return false;
      seenExamples.add(k);
      return true;
    });

  const ids = new Set<string>();
  for (const s of steps) {
    ids.add(s.route.id);
    ids.add(s.to.id);
  }
  for (const m of missing) ids.add(m.requirement.id);
  const notes = content.notes.filter((n) => n.appliesTo.some((a) => ids.has(a)) || n.changes.some((a) => ids.has(a)));
  const changes = notes.filter((n) => changesThisRoute(n, ids));

  const target = steps[steps.length - 1]?.to;
  const sources = routeSources(content, steps, [
    ...steps.flatMap((s) => s.route.sources),
    ...(target ? target.sources : []),
    ...missing.flatMap((m) => m.requirement.sources),
    ...notes.flatMap((n) => n.sources),
    ...examples.flatMap((e) => e.sources),
  ]);

  return {
    steps,
    total: { minMonths: round1(c.min), maxMonths: round1(c.max) },
    missing,
    funding,
    nextAction: nextActionFor(content, steps, missing),
    sources,
    examples,
    notes,
    changes,
  };
}

/**
 * Whether a currency note changes this person's route, and so belongs in its
 * first answer. The rule: the note says, in its `changes` list, that it
 * changes a route, role or requirement (how long a step takes, what it costs,
 * what it asks for, or whether it runs at all), and one of those is ahead of
 * this person: a step of the route (`ids` holds the steps' route ids and the
 * roles they lead to) or a requirement they still need (`ids` holds the
 * missing requirement ids, and never one they hold). A note only listed in
 * `appliesTo` is background (a renamed levy, a closed team, a figure to
 * check): it is one tap away, never in the first answer.
 */
export function changesThisRoute(note: Note, ids: ReadonlySet<string>): boolean {
  return note.changes.some((id) => ids.has(id));
}

/** Which routes and roles cite each page, by `pageKey`. */
const pageOwners = new WeakMap<Content, Map<string, Set<string>>>();
function ownersOf(content: Content): Map<string, Set<string>> {
  let owners = pageOwners.get(content);
  if (owners) return owners;
  owners = new Map();
  const add = (owner: string, sources: readonly Source[]) => {
    for (const s of sources) {
      const key = pageKey(s.url);
      let set = owners!.get(key);
      if (!set) owners!.set(key, (set = new Set()));
      set.add(owner);
    }
  };
  for (const r of content.routes) add(`route:${r.id}`, r.sources);
  for (const r of content.roles.values()) add(`role:${r.id}`, r.sources);
  pageOwners.set(content, owners);
  return owners;
}

/**
 * A route's sources, each page once (two addresses of one page count as one,
 * see `pageKey`), leaving out pages that belong to other routes: a page that
 * some route or role cites as its own source, but none of this route's steps
 * or the roles they lead to does (a requirement shared by many routes may cite
 * one route's course page; that page is not a source for the others).
 * Pages no route or role cites (a requirement's or a note's own sources) stay.
 */
export function routeSources(content: Content, steps: readonly PathwayStep[], sources: readonly Source[]): Source[] {
  const mine = new Set<string>();
  for (const s of steps) {
    mine.add(`route:${s.route.id}`);
    mine.add(`role:${s.to.id}`);
  }
  const owners = ownersOf(content);
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of sources) {
    const key = pageKey(s.url);
    if (seen.has(key)) continue;
    seen.add(key);
    const by = owners.get(key);
    if (by && by.size > 0 && ![...by].some((o) => mine.has(o))) continue;
    out.push(s);
  }
  return out;
}

/**
 * One concrete next action: close the first gap (what to do, then what it
 * costs, said once: a requirement's `how` says what to do, its `funding` who
 * pays), or start the first step.
 */
export function nextActionFor(content: Content, steps: PathwayStep[], missing: MissingRequirement[]): string {
  const w = ROUTE_WORDING.of(content).nextStep;
  const gap = missing[0];
  if (gap) {
    const how = [actionSentence(gap.how), ...(gap.funding ? [ensureStop(gap.funding)] : [])].join(' ');
    return w.closeGap({ requirement: gap.requirement.title, how });
  }
  const first = steps[0];
  if (!first) return w.askManager;
  const route = first.route;
  const jobs = vacancySite(content, route);
  if (route.from === 'any' && route.kind === 'in-post') {
    return jobs ? w.lookForJobs({ role: lowerFirst(first.to.title), site: jobs.title, url: jobs.url }) : `${ensureStop(route.title)}`;
  }
  const talk = w.talkAboutStep({ route: lowerFirst(route.title) });
  if (isTraineePost(first)) {
    return jobs ? `${talk} ${w.lookForPosts({ role: lowerFirst(first.to.title), site: jobs.title, url: jobs.url })}` : talk;
  }
  if (route.kind === 'degree' && route.from === 'any') {
    return w.checkUniversity({ route: lowerFirst(route.title) });
  }
  return talk;
}

/** The sentence of a requirement's "how" that says what to do (the first with an action verb), else the first. */
export function actionSentence(how: string): string {
  const sentences = how
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((x) => x.length > 0);
  const action = sentences.find((x) =>
    /\b(?:ask|talk|take|apply|check|look|contact|speak|find|join|use|start|book|sign up|search|get)\b/i.test(x),
  );
  return ensureStop(action ?? sentences[0] ?? how);
}

/** A vacancy site the content links to this route (a resource for the route tagged with vacancies or jobs). */
function vacancySite(content: Content, route: Route): { title: string; url: string } | null {
  const r = content.resources.find(
    (x) => x.routes.includes(route.id) && x.tags.some((t) => /vacanc|jobs|trainee posts/i.test(t)),
  );
  return r ? { title: r.title, url: r.url } : null;
}

function isTraineePost(step: PathwayStep): boolean {
  return /\btrainee\b/i.test(step.to.title);
}

export function findPathways(content: Content, query: PathwayQuery): PathwayResult {
  const key = JSON.stringify([query.to, query.from ?? '', query.held ?? [], query.lacks ?? [], query.earnWhileLearning === true]);
  let recent = answered.get(content);
  if (!recent) answered.set(content, (recent = new Map()));
  const hit = recent.get(key);
  if (hit) return hit;
  const result = frozen(searchPathways(content, query));
  if (recent.size >= REMEMBERED) recent.clear();
  recent.set(key, result);
  return result;
}

/**
 * Routes asked for again (the same two roles, requirements held and lacked) are answered from the
 * last time, per content: most people in a trust ask about a few routes. The answers are shared, so
 * what they hold is frozen (the content's own objects in them are not copied and not frozen).
 */
const answered = new WeakMap<Content, Map<string, PathwayResult>>();
const REMEMBERED = 512;

function frozen(result: PathwayResult): PathwayResult {
  if (result.kind === 'found') {
    for (const p of [result.best, ...result.alternatives]) {
      for (const list of [p.steps, p.missing, p.funding, p.sources, p.examples, p.notes, p.changes]) Object.freeze(list);
      p.steps.forEach((s) => Object.freeze(s.bands) && Object.freeze(s));
      p.missing.forEach((m) => Object.freeze(m));
      p.examples.forEach((e) => Object.freeze(e));
      Object.freeze(p.total);
      Object.freeze(p);
    }
    Object.freeze(result.alternatives);
  } else if (result.kind !== 'same-role') Object.freeze(result.suggestions);
  return Object.freeze(result);
}

function searchPathways(content: Content, query: PathwayQuery): PathwayResult {
  const target = content.roles.get(query.to);
  if (!target) return { kind: 'unknown-role', text: query.to, suggestions: suggestRoles(content, query.to) };
  let start: Role | null = null;
  if (query.from !== undefined && query.from !== '') {
    start = content.roles.get(query.from) ?? null;
    if (!start) return { kind: 'unknown-role', text: query.from, suggestions: suggestRoles(content, query.from) };
    if (start.id === target.id) return { kind: 'same-role', role: target };
  }
  const held = query.held ?? [];
  const found = searchPaths(content, start, target);
  if (found.length === 0) return unreachable(content, start, target);
  const paid = (c: Candidate) => c.edges.every((e) => paysWhileLearning(e.route));
  // A stable sort: among paid routes (and among the rest) the search's order stands.
  const candidates = query.earnWhileLearning ? [...found.filter(paid), ...found.filter((c) => !paid(c))] : found;
  // Only the best and the alternatives shown are worked out: the search keeps more, to rank them.
  const [best, ...rest] = candidates.slice(0, 1 + MAX_ALTERNATIVES).map((c) => buildPathway(content, c, start, held, query.lacks));
  return {
    kind: 'found',
    best: best!,
    alternatives: rest,
    start: start ?? best!.steps[0]?.from ?? null,
    startAssumed: !start,
  };
}

/** Why the target cannot be reached, with up to three roles that lead towards it. */
function unreachable(content: Content, start: Role | null, target: Role): PathwayResult {
  const g = graphOf(content);
  const into = content.routes.filter((r) => r.to === target.id);
  const predecessors = unique(
    into.flatMap((r) => (r.from === 'any' ? [] : r.from)).filter((id) => content.roles.has(id)),
  ).map((id) => content.roles.get(id)!);

  const reach = reachableFrom(content, start);
  const leadsToFamily = (id: string) =>
    (g.out.get(id) ?? []).some((r) => content.roles.get(r.to)?.family === target.family);
  const scored: Array<{ role: Role; score: number; months: number }> = [];
  for (const [id, months] of reach) {
    if (id === target.id) continue;
    const role = content.roles.get(id)!;
    const isPredecessor = predecessors.some((p) => p.id === id);
    const score = isPredecessor ? 0 : role.family === target.family ? 1 : leadsToFamily(id) ? 2 : 9;
    if (score < 9) scored.push({ role, score, months });
  }
  scored.sort((a, b) => a.score - b.score || a.months - b.months || a.role.title.localeCompare(b.role.title));
  let suggestions = scored.slice(0, 3).map((s) => s.role);
  if (suggestions.length === 0) suggestions = predecessors.slice(0, 3);

  const w = ROUTE_WORDING.of(content).unreachable;
  const where = start ? w.fromRole({ role: start.title }) : w.fromSupportWorker;
  let reason: string;
  if (into.length === 0) {
    reason = w.noRoute({ role: target.title });
  } else if (start && maxBand(start) > maxBand(target) && start.family === target.family) {
    reason = w.lowerBand({ role: target.title, current: start.title, where });
  } else if (predecessors.length > 0) {
    const names = predecessors.slice(0, 4).map((p) => p.title).join(', ');
    reason = w.notFoundStartsFrom({ where, role: target.title, steps: MAX_STEPS, names });
  } else {
    reason = w.notFound({ where, role: target.title, steps: MAX_STEPS });
  }
  const out: PathwayResult = { kind: 'unreachable', target, suggestions, reason };
  if (start) out.from = start;
  return out;
}

/** A route's length for putting the quickest first: one with no set length (0) goes after the rest. */
function sortLength(d: { maxMonths: number }): number {
  return d.maxMonths === 0 ? Number.POSITIVE_INFINITY : d.maxMonths;
}

/** The next steps open from a role: direct routes out of it, plus notable routes open to anyone. */
export function optionsFrom(content: Content, roleId: string, held: string[] = []): PathOption[] {
  const role = content.roles.get(roleId);
  if (!role) return [];
  const g = graphOf(content);
  const base = addWithImplied(content, new Set<string>(), [...held, ...roleGrants(content, role)]);
  const out: PathOption[] = [];
  const direct = new Set<string>();
  const make = (route: Route, viaAny: boolean) => {
    const to = content.roles.get(route.to);
    if (!to) return;
    const missing: MissingRequirement[] = [];
    missingFor(content, route, 0, new Set(base), missing);
    out.push({ route, to, bands: [...to.bands], kind: route.kind, duration: route.duration, missing, viaAny });
  };
  for (const r of g.out.get(role.id) ?? []) {
    direct.add(r.to);
    make(r, false);
  }
  // Notable open routes: a step up into a related family (the role's own, or one its direct routes
  // already lead to), to a role not already reached directly. Shortest three.
  const top = maxBand(role);
  const related = new Set<string>([role.family]);
  for (const id of direct) {
    const to = content.roles.get(id);
    if (to) related.add(to.family);
  }
  const notable = g.any
    .filter((r) => r.to !== role.id && !direct.has(r.to))
    .filter((r) => {
      const to = content.roles.get(r.to);
      return !!to && related.has(to.family) && minBand(to) > top;
    })
    .sort((a, b) => sortLength(a.duration) - sortLength(b.duration) || a.duration.minMonths - b.duration.minMonths)
    .slice(0, 3);
  for (const r of notable) make(r, true);
  out.sort(
    (a, b) =>
      sortLength(a.duration) - sortLength(b.duration) ||
      a.duration.minMonths - b.duration.minMonths ||
      Number(a.viaAny) - Number(b.viaAny) ||
      a.to.title.localeCompare(b.to.title),
  );
  return out;
}

// ---------------------------------------------------------------------------
// Formatting

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

type Unit = 'week' | 'month' | 'year';
function unitise(months: number): { n: number; unit: Unit } {
  if (months < 3) return { n: Math.max(1, Math.round((months * 52) / 12)), unit: 'week' };
  const m = Math.round(months);
  if (m % 12 === 0) return { n: m / 12, unit: 'year' };
  return { n: m, unit: 'month' };
}
/** A duration in plain English, in the words of content/wording/routes.yaml: "about 2 years", "18 months to 2 years", "3 to 6 months", "up to 8 weeks". */
export function formatDuration(content: Pick<Content, 'wording'>, d: Duration): string {
  const w = ROUTE_WORDING.of(content).duration;
  const say = (q: { n: number; unit: Unit }): string => (q.n === 1 ? w[q.unit] : w[`${q.unit}s`]({ n: q.n }));
  const min = Math.max(0, d.minMonths);
  const max = Math.max(min, d.maxMonths);
  if (max === 0) return w.none;
  const hi = unitise(max);
  if (min === 0) return w.upTo({ length: say(hi) });
  const lo = unitise(min);
  if (lo.n === hi.n && lo.unit === hi.unit) return w.about({ length: say(hi) });
  if (lo.unit === hi.unit) return w.sameUnit({ from: lo.n, length: say(hi) });
  // "2 years to 27 months" reads badly: say both in months.
  if (lo.unit === 'year' && hi.unit === 'month') return w.sameUnit({ from: Math.round(min), length: say({ n: Math.round(max), unit: 'month' }) });
  return w.range({ from: say(lo), to: say(hi) });
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function ensureStop(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function lowerFirst(s: string): string {
  // Keep acronyms and proper nouns ("NHS", "Level 3") as they are.
  if (/^[A-Z][a-z]+ [A-Z]/.test(s)) return s;
  if (/^[A-Z][a-z]/.test(s) && !/^(NHS|Level|Band)\b/.test(s)) return s[0]!.toLowerCase() + s.slice(1);
  return s;
}
