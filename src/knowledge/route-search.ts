/**
 * The route graph and the search over it: simple paths from a person's role
 * (or the assumed support worker post) to a target role, best first.
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
 * is dropped, and so is one that starts with a route open to anyone and then
 * reaches a job anyone can apply for directly (an open in-post route leads to it).
 */
import type { Content, Role, Route } from '../content/model.js';

export const MAX_STEPS = 6;
export const MAX_ALTERNATIVES = 4;

export interface Graph {
  /** Routes out of each role id (not including `any` routes). */
  out: Map<string, Route[]>;
  any: Route[];
  /** The most common support roles at the lowest support band: the assumed start when the person's role is unknown. */
  entryRoles: Role[];
}

const graphs = new WeakMap<Content, Graph>();

/** The route graph of a content, built once per Content object. */
export function graphOf(content: Content): Graph {
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
  // The assumed start is the most common support role at the lowest support band (the
  // healthcare support worker post), not every support role at that band: a phlebotomist or a
  // theatre support worker is a job someone holds, not where everyone starts.
  const support = [...content.roles.values()].filter((r) => r.family === 'support');
  const lowest = Math.min(...support.map((r) => minBand(r)));
  const atLowest = support.filter((r) => minBand(r) === lowest);
  const mostCommon = Math.min(...atLowest.map((r) => r.common ?? 99));
  const entryRoles = atLowest
    .filter((r) => (r.common ?? 99) === mostCommon)
    .sort((a, b) => a.id.localeCompare(b.id));
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
/** A role's band ranks; a role paid off Agenda for Change (board directors) ranks above Band 9. */
function bandRanks(role: Role): number[] {
  if (role.bands.length === 0) return [role.payFramework ? BAND_ORDER.length : 99];
  return role.bands.map(bandRank);
}
/** The rank of a role's lowest band. */
export function minBand(role: Role): number {
  return Math.min(...bandRanks(role));
}
/** The rank of a role's highest band. */
export function maxBand(role: Role): number {
  return Math.max(...bandRanks(role));
}

/** One step of a path: a route taken from a role (null: a route open to anyone, taken first) to a role. */
export interface Edge {
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

/** A path found by the search, with its total minimum and maximum months. */
export interface Candidate {
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

/**
 * The search's answers by content and role pair. They depend only on the content,
 * and there are few pairs people ask about, so each is worked out once. Read only:
 * callers build new objects from them. Bounded: the oldest pair goes first.
 */
const searched = new WeakMap<Content, Map<string, readonly Candidate[]>>();
const MAX_PAIRS = 5_000;

/** Enumerates simple paths to the target, best first, pruned by lower bounds once enough are found. */
export function searchPaths(content: Content, start: Role | null, target: Role): Candidate[] {
  let cache = searched.get(content);
  if (!cache) searched.set(content, (cache = new Map()));
  const pair = `${start?.id ?? ''}>${target.id}`;
  const hit = cache.get(pair);
  if (hit) return [...hit];
  const found = search(content, start, target);
  cache.set(pair, Object.freeze(found.map((c) => Object.freeze({ ...c, edges: Object.freeze([...c.edges]) as Edge[] }))));
  if (cache.size > MAX_PAIRS) cache.delete(cache.keys().next().value!);
  return [...cache.get(pair)!];
}

function search(content: Content, start: Role | null, target: Role): Candidate[] {
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

  // Drop detours: a pathway whose routes strictly contain a better pathway's routes; and a
  // pathway that starts with a route open to anyone and later reaches a job anyone can simply
  // apply for (an open in-post route leads to it): applying for that job directly is shorter
  // ("get a catering job, then move to healthcare assistant" is not a way to become one).
  const applyDirectly = new Set(g.any.filter((r) => r.kind === 'in-post').map((r) => r.to));
  const kept: Candidate[] = [];
  for (const c of [...groups[0]!, ...groups[1]!]) {
    const ids = new Set(c.edges.map((e) => e.route.id));
    const detour = kept.some((k) => k.edges.length < c.edges.length && k.edges.every((e) => ids.has(e.route.id)));
    const roundabout = c.edges[0]!.from === null && c.edges.slice(1).some((e) => applyDirectly.has(e.to.id));
    if (!detour && !roundabout) kept.push(c);
  }
  const top = kept.slice(0, MAX_ALTERNATIVES + 1);
  // Keep the best route open to anyone among the alternatives, so a university or direct-entry option is not hidden.
  const open = kept.find((c) => c.group === 1);
  if (open && !top.includes(open) && top.length > 1) top[top.length - 1] = open;
  return top;
}

/** Least total maximum months from `start` (or the assumed entry roles) to every reachable role. */
export function reachableFrom(content: Content, start: Role | null): Map<string, number> {
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
