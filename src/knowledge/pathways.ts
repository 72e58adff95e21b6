/**
 * The pathway engine: finds routes from a person's role to a target role over the
 * content's route graph, and works out which requirements they still need.
 *
 * Graph: every route is an edge from each role in `route.from` to `route.to`.
 * Routes with `from: any` may be started by anyone who meets their requirements;
 * they are used only as the first step of a pathway (taking one later is never
 * shorter than taking it first, because it does not depend on where you are).
 *
 * Ranking: pathways that start with a route from the person's own role (or the
 * assumed support worker post) come first, then pathways that start with a route
 * open to anyone (usually self-funded or applied for from outside), because the
 * first kind keeps people in paid work with employer support. Within each group:
 * total maximum months, then total minimum months, then fewer steps.
 * Bounds: at most MAX_STEPS steps, no role visited twice, never through a role
 * whose top band is below the starting role's lowest band (going back down is
 * not a way forward; the target itself is exempt), at most
 * MAX_ALTERNATIVES alternatives besides the best. An alternative that only adds
 * steps to a better pathway (its routes are a strict superset) is a detour and
 * is dropped.
 *
 * Requirements met (the rules, in order):
 *  1. Held directly: the requirement ids the person says they hold.
 *  2. Implied: a held requirement's `implies`, followed transitively
 *     (a degree implies a Level 3, which may imply Level 2 maths and English).
 *  3. Implied by the current role: someone in post holds that role's `entry`
 *     requirements, plus the registration requirement for its regulator
 *     (NMC -> `nmc-registration`, HCPC -> `hcpc-registration`, GPhC ->
 *     `gphc-registration`, when the content has those requirement ids), plus what
 *     being in post gives (IN_POST_GRANTS): `healthcare-experience` for any role
 *     outside the non-clinical and leadership families, and `care-certificate`
 *     for support roles (they do it at induction). With no current role, the
 *     assumed starting support worker post counts as the current role.
 *  4. Gained along the path: after each step, the role reached grants exactly the
 *     same as rule 3 (its `entry`, its regulator's registration and the in-post
 *     grants), so the
 *     trainee nursing associate -> nursing associate step provides
 *     `nmc-registration` for a later nursing top-up.
 *  5. A requirement listed as missing for one step is assumed met for later steps
 *     (the person has to get it first).
 * A step needs its route's `requires` only (the target role's `entry` describes
 * the usual entry, and is what the role grants once reached).
 */
import type { Content, Duration, LocalExample, Note, Requirement, Role, Route, Source } from '../content/model.js';
import { suggestRoles } from './understand.js';

export const MAX_STEPS = 6;
export const MAX_ALTERNATIVES = 4;

export interface PathwayStep {
  route: Route;
  /** The role the step starts from; null for a route open to anyone (`from: any`) taken first. */
  from: Role | null;
  to: Role;
  /** Bands of the step's target role. */
  bands: string[];
}

export interface MissingRequirement {
  requirement: Requirement;
  /** Index into `steps` of the step that needs it. */
  stepIndex: number;
  /** Id of the route that needs it. */
  routeId: string;
  how: string;
  duration?: Duration;
  funding?: string;
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
  sources: Source[];
  examples: Array<LocalExample & { routeId: string }>;
  notes: Note[];
}

export interface PathwayQuery {
  /** Role id the person is in now. */
  from?: string;
  /** Role id they want to reach. */
  to: string;
  /** Requirement ids they already hold. */
  held?: string[];
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
// Requirements

const REGISTRATION_RULES: Array<{ pattern: RegExp; requirement: string }> = [
  { pattern: /\bNMC\b|Nursing and Midwifery Council/i, requirement: 'nmc-registration' },
  { pattern: /\bHCPC\b|Health and Care Professions Council/i, requirement: 'hcpc-registration' },
  { pattern: /\bGPhC\b|General Pharmaceutical Council/i, requirement: 'gphc-registration' },
];

/** What being in post in a role gives, beyond its `entry` list (used only when the content has the id). */
export const IN_POST_GRANTS: Array<{ requirement: string; applies: (role: Role) => boolean }> = [
  { requirement: 'healthcare-experience', applies: (r) => r.family !== 'non-clinical' && r.family !== 'leadership' },
  { requirement: 'care-certificate', applies: (r) => r.family === 'support' },
];

/** The registration requirement ids a role's regulator gives, if the content has them. */
export function registrationFor(content: Content, role: Role): string[] {
  if (!role.regulator) return [];
  const out: string[] = [];
  for (const rule of REGISTRATION_RULES) {
    if (rule.pattern.test(role.regulator.name) && content.requirements.has(rule.requirement)) out.push(rule.requirement);
  }
  return out;
}

/** What being in a role counts as holding: its entry requirements, its registration and the in-post grants. */
export function roleGrants(content: Content, role: Role): string[] {
  const inPost = IN_POST_GRANTS.filter((g) => g.applies(role) && content.requirements.has(g.requirement)).map((g) => g.requirement);
  return [...role.entry, ...registrationFor(content, role), ...inPost];
}

/** Adds `ids` and everything they imply (transitively) to `into`. */
export function addWithImplied(content: Content, into: Set<string>, ids: Iterable<string>): Set<string> {
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (into.has(id)) continue;
    into.add(id);
    const req = content.requirements.get(id);
    if (req) stack.push(...req.implies);
  }
  return into;
}

function missingFor(
  content: Content,
  route: Route,
  stepIndex: number,
  held: Set<string>,
  out: MissingRequirement[],
): void {
  for (const id of route.requires) {
    if (held.has(id)) continue;
    const requirement = content.requirements.get(id);
    addWithImplied(content, held, [id]);
    if (!requirement) continue;
    const m: MissingRequirement = { requirement, stepIndex, routeId: route.id, how: requirement.how };
    if (requirement.duration) m.duration = requirement.duration;
    if (requirement.funding) m.funding = requirement.funding;
    out.push(m);
  }
}

// ---------------------------------------------------------------------------
// Graph

interface Graph {
  /** Routes out of each role id (not including `any` routes). */
  out: Map<string, Route[]>;
  any: Route[];
  /** Support roles at the lowest support band: the assumed start when the person's role is unknown. */
  entryRoles: Role[];
}

const graphs = new WeakMap<Content, Graph>();

function graphOf(content: Content): Graph {
  let g = graphs.get(content);
  if (g) return g;
  const out = new Map<string, Route[]>();
  const any: Route[] = [];
  for (const route of content.routes) {
    if (!content.roles.has(route.to)) continue;
    if (route.from === 'any') {
      any.push(route);
      continue;
    }
    for (const f of route.from) {
      if (!content.roles.has(f)) continue;
      let list = out.get(f);
      if (!list) out.set(f, (list = []));
      list.push(route);
    }
  }
  const support = [...content.roles.values()].filter((r) => r.family === 'support');
  const lowest = Math.min(...support.map((r) => minBand(r)));
  const entryRoles = support
    .filter((r) => minBand(r) === lowest)
    .sort((a, b) => (a.common ?? 99) - (b.common ?? 99) || a.id.localeCompare(b.id));
  g = { out, any, entryRoles };
  graphs.set(content, g);
  return g;
}

const BAND_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];
/** Position of a band on the Agenda for Change scale (8a..8d and 9 after 7). */
export function bandRank(band: string): number {
  const i = BAND_ORDER.indexOf(band);
  return i < 0 ? 99 : i;
}
function minBand(role: Role): number {
  return Math.min(...role.bands.map(bandRank));
}
function maxBand(role: Role): number {
  return Math.max(...role.bands.map(bandRank));
}

interface Edge {
  route: Route;
  from: Role | null;
  to: Role;
}

/** Edges available as the first step. */
function firstEdges(content: Content, g: Graph, start: Role | null): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const push = (route: Route, from: Role | null) => {
    const to = content.roles.get(route.to);
    if (!to || seen.has(route.id)) return;
    if (start && to.id === start.id) return;
    seen.add(route.id);
    edges.push({ route, from, to });
  };
  if (start) {
    for (const r of g.out.get(start.id) ?? []) push(r, start);
  } else {
    for (const e of g.entryRoles) for (const r of g.out.get(e.id) ?? []) push(r, e);
  }
  for (const r of g.any) push(r, null);
  return edges;
}

/** Lower bounds from each role to the target: fewest steps and least total maximum months. */
function boundsTo(content: Content, g: Graph, target: string): { steps: Map<string, number>; months: Map<string, number> } {
  const steps = new Map<string, number>([[target, 0]]);
  const months = new Map<string, number>([[target, 0]]);
  for (let iter = 0; iter < MAX_STEPS; iter++) {
    let anySteps = Infinity;
    let anyMonths = Infinity;
    for (const r of g.any) {
      const s = steps.get(r.to);
      const m = months.get(r.to);
      if (s !== undefined) anySteps = Math.min(anySteps, s + 1);
      if (m !== undefined) anyMonths = Math.min(anyMonths, m + r.duration.maxMonths);
    }
    let changed = false;
    for (const role of content.roles.values()) {
      if (role.id === target) continue;
      let s = anySteps;
      let m = anyMonths;
      for (const r of g.out.get(role.id) ?? []) {
        const ts = steps.get(r.to);
        const tm = months.get(r.to);
        if (ts !== undefined) s = Math.min(s, ts + 1);
        if (tm !== undefined) m = Math.min(m, tm + r.duration.maxMonths);
      }
      if (s < (steps.get(role.id) ?? Infinity)) {
        steps.set(role.id, s);
        changed = true;
      }
      if (m < (months.get(role.id) ?? Infinity)) {
        months.set(role.id, m);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { steps, months };
}

interface Candidate {
  edges: Edge[];
  min: number;
  max: number;
  /** 0: starts with a route from the person's (or the assumed) role; 1: starts with a route open to anyone. */
  group: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.group - b.group || a.max - b.max || a.min - b.min || a.edges.length - b.edges.length || key(a).localeCompare(key(b))
  );
}
function key(c: Candidate): string {
  return c.edges.map((e) => e.route.id).join('>');
}

/** Enumerates simple paths to the target, best first, pruned by lower bounds once enough are found. */
function searchPaths(content: Content, start: Role | null, target: Role): Candidate[] {
  const g = graphOf(content);
  const bounds = boundsTo(content, g, target.id);
  const CAPACITY = (MAX_ALTERNATIVES + 1) * 3;
  const groups: Candidate[][] = [[], []];
  let group = 0;
  const worstMax = () => {
    const found = groups[group]!;
    return found.length >= CAPACITY ? found[found.length - 1]!.max : Infinity;
  };

  const visited = new Set<string>();
  const path: Edge[] = [];
  const walk = (edges: Edge[], min: number, max: number) => {
    for (const e of edges) {
      if (visited.has(e.to.id)) continue;
      const depth = path.length + 1;
      const needSteps = bounds.steps.get(e.to.id);
      if (needSteps === undefined || depth + needSteps > MAX_STEPS) continue;
      const nmax = max + e.route.duration.maxMonths;
      const nmin = min + e.route.duration.minMonths;
      if (nmax + (bounds.months.get(e.to.id) ?? Infinity) > worstMax()) continue;
      path.push(e);
      if (e.to.id === target.id) {
        const found = groups[group]!;
        found.push({ edges: [...path], min: nmin, max: nmax, group });
        found.sort(compareCandidates);
        if (found.length > CAPACITY) found.pop();
      } else {
        visited.add(e.to.id);
        const next: Edge[] = [];
        for (const r of g.out.get(e.to.id) ?? []) {
          const to = content.roles.get(r.to);
          if (to) next.push({ route: r, from: e.to, to });
        }
        walk(next, nmin, nmax);
        visited.delete(e.to.id);
      }
      path.pop();
    }
  };

  if (start) visited.add(start.id);
  // No detour through roles below where the person starts.
  if (start) {
    const floor = minBand(start);
    for (const r of content.roles.values()) if (r.id !== target.id && maxBand(r) < floor) visited.add(r.id);
  }
  const first = firstEdges(content, g, start);
  // With an assumed entry role, that role counts as visited on its own paths.
  for (const e of first) {
    const added = !start && e.from && !visited.has(e.from.id) ? e.from.id : null;
    if (added) visited.add(added);
    group = e.from === null ? 1 : 0;
    walk([e], 0, 0);
    if (added) visited.delete(added);
  }

  // Drop detours: a pathway whose routes strictly contain a better pathway's routes.
  const kept: Candidate[] = [];
  for (const c of [...groups[0]!, ...groups[1]!]) {
    const ids = new Set(c.edges.map((e) => e.route.id));
    const detour = kept.some((k) => k.edges.length < c.edges.length && k.edges.every((e) => ids.has(e.route.id)));
    if (!detour) kept.push(c);
  }
  const top = kept.slice(0, MAX_ALTERNATIVES + 1);
  // Keep the best route open to anyone among the alternatives, so a university or direct-entry option is not hidden.
  const open = kept.find((c) => c.group === 1);
  if (open && !top.includes(open) && top.length > 1) top[top.length - 1] = open;
  return top;
}

// ---------------------------------------------------------------------------
// Pathways

function buildPathway(content: Content, c: Candidate, start: Role | null, held: string[]): Pathway {
  const steps: PathwayStep[] = c.edges.map((e) => ({ route: e.route, from: e.from, to: e.to, bands: [...e.to.bands] }));
  const have = addWithImplied(content, new Set<string>(), held);
  const startRole = start ?? steps[0]?.from ?? null;
  if (startRole) addWithImplied(content, have, roleGrants(content, startRole));

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
  const notes = content.notes.filter((n) => n.appliesTo.some((a) => ids.has(a)));

  const target = steps[steps.length - 1]?.to;
  const sources = uniqueSources([
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
  };
}

/** One concrete next action: close the first gap, or start the first step. */
export function nextActionFor(content: Content, steps: PathwayStep[], missing: MissingRequirement[]): string {
  const gap = missing[0];
  if (gap) return `${gap.requirement.title}: ${actionSentence(gap.how)}`;
  const first = steps[0];
  if (!first) return 'Talk to your line manager about your plans.';
  const route = first.route;
  const jobs = vacancySite(content, route);
  if (route.from === 'any' && route.kind === 'in-post') {
    return jobs ? `Look for ${lowerFirst(first.to.title)} jobs on ${jobs.title} (${jobs.url}).` : `${ensureStop(route.title)}`;
  }
  const talk = `Talk to your line manager and your education or apprenticeship team about this step: ${lowerFirst(route.title)}.`;
  if (isTraineePost(first)) {
    return jobs ? `${talk} Look for ${lowerFirst(first.to.title)} posts on ${jobs.title} (${jobs.url}).` : talk;
  }
  if (route.kind === 'degree' && route.from === 'any') {
    return `Check the entry requirements for the ${lowerFirst(route.title)} on university course pages, and talk to your line manager about it.`;
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
  const target = content.roles.get(query.to);
  if (!target) return { kind: 'unknown-role', text: query.to, suggestions: suggestRoles(content, query.to) };
  let start: Role | null = null;
  if (query.from !== undefined && query.from !== '') {
    start = content.roles.get(query.from) ?? null;
    if (!start) return { kind: 'unknown-role', text: query.from, suggestions: suggestRoles(content, query.from) };
    if (start.id === target.id) return { kind: 'same-role', role: target };
  }
  const held = query.held ?? [];
  const candidates = searchPaths(content, start, target);
  if (candidates.length === 0) return unreachable(content, start, target);
  const [best, ...rest] = candidates.map((c) => buildPathway(content, c, start, held));
  return {
    kind: 'found',
    best: best!,
    alternatives: rest.slice(0, MAX_ALTERNATIVES),
    start: start ?? best!.steps[0]?.from ?? null,
    startAssumed: !start,
  };
}

/** Least total maximum months from `start` (or the assumed entry roles) to every reachable role. */
function reachableFrom(content: Content, start: Role | null): Map<string, number> {
  const g = graphOf(content);
  const dist = new Map<string, number>();
  const frontier: Array<{ id: string; months: number }> = [];
  const relax = (id: string, months: number) => {
    if (months < (dist.get(id) ?? Infinity)) {
      dist.set(id, months);
      frontier.push({ id, months });
    }
  };
  for (const e of firstEdges(content, g, start)) relax(e.to.id, e.route.duration.maxMonths);
  if (!start) for (const e of g.entryRoles) relax(e.id, 0);
  for (let depth = 1; depth < MAX_STEPS && frontier.length > 0; depth++) {
    const layer = frontier.splice(0, frontier.length);
    for (const { id, months } of layer) {
      for (const r of g.out.get(id) ?? []) relax(r.to, months + r.duration.maxMonths);
    }
  }
  if (start) dist.delete(start.id);
  return dist;
}

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

  const where = start ? `from ${start.title}` : 'from a support worker post';
  let reason: string;
  if (into.length === 0) {
    reason = `There is no route into ${target.title} in the content yet.`;
  } else if (start && maxBand(start) > maxBand(target) && start.family === target.family) {
    reason = `${target.title} is at a lower band than ${start.title}, and there is no route ${where} to it in the content.`;
  } else if (predecessors.length > 0) {
    const names = predecessors.slice(0, 4).map((p) => p.title).join(', ');
    reason = `I could not find a route ${where} to ${target.title} in ${MAX_STEPS} steps or fewer. Routes into ${target.title} start from: ${names}.`;
  } else {
    reason = `I could not find a route ${where} to ${target.title} in ${MAX_STEPS} steps or fewer.`;
  }
  const out: PathwayResult = { kind: 'unreachable', target, suggestions, reason };
  if (start) out.from = start;
  return out;
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
    .sort((a, b) => a.duration.maxMonths - b.duration.maxMonths || a.duration.minMonths - b.duration.minMonths)
    .slice(0, 3);
  for (const r of notable) make(r, true);
  out.sort(
    (a, b) =>
      a.duration.maxMonths - b.duration.maxMonths ||
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
function say(q: { n: number; unit: Unit }): string {
  return `${q.n} ${q.unit}${q.n === 1 ? '' : 's'}`;
}

/** A duration in plain English: "about 2 years", "18 months to 2 years", "3 to 6 months", "up to 8 weeks". */
export function formatDuration(d: Duration): string {
  const min = Math.max(0, d.minMonths);
  const max = Math.max(min, d.maxMonths);
  if (max === 0) return 'no set length';
  const hi = unitise(max);
  if (min === 0) return `up to ${say(hi)}`;
  const lo = unitise(min);
  if (lo.n === hi.n && lo.unit === hi.unit) return `about ${say(hi)}`;
  if (lo.unit === hi.unit) return `${lo.n} to ${say(hi)}`;
  // "2 years to 27 months" reads badly: say both in months.
  if (lo.unit === 'year' && hi.unit === 'month') return `${Math.round(min)} to ${Math.round(max)} months`;
  return `${say(lo)} to ${say(hi)}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
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
