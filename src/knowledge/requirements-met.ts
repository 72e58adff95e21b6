/**
 * Requirements met: what a person counts as holding, before and along a
 * pathway, and what a route still needs from them.
 *
 * The rules, in order:
 *  1. Held directly: the requirement ids the person says they hold.
 *  2. Implied: a held requirement's `implies`, followed transitively
 *     (a degree implies a Level 3, which may imply Level 2 maths and English).
 *  3. Implied by the current role: someone in post holds that role's `entry`
 *     requirements, plus the registration requirement for its regulator
 *     (NMC -> `nmc-registration`, HCPC -> `hcpc-registration`, GPhC ->
 *     `gphc-registration`, when the content has those requirement ids), plus what
 *     being in post gives (IN_POST_GRANTS): `healthcare-experience` for any role
 *     outside the non-clinical, leadership and facilities families, and `care-certificate`
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
import type { Content, Duration, Requirement, Role, Route } from '../content/model.js';

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

const REGISTRATION_RULES: Array<{ pattern: RegExp; requirement: string }> = [
  { pattern: /\bNMC\b|Nursing and Midwifery Council/i, requirement: 'nmc-registration' },
  { pattern: /\bHCPC\b|Health and Care Professions Council/i, requirement: 'hcpc-registration' },
  { pattern: /\bGPhC\b|General Pharmaceutical Council/i, requirement: 'gphc-registration' },
];

/** What being in post in a role gives, beyond its `entry` list (used only when the content has the id). */
export const IN_POST_GRANTS: Array<{ requirement: string; applies: (role: Role) => boolean }> = [
  { requirement: 'healthcare-experience', applies: (r) => r.family !== 'non-clinical' && r.family !== 'leadership' && r.family !== 'facilities' },
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

/** Adds to `out` each requirement of `route` not in `held`, then counts it as held (rule 5). */
export function missingFor(
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
