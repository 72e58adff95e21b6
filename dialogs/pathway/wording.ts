/**
 * What the route finder, the options list and the one-turn answers say: the
 * names of the sentences in content/wording/pathway.yaml, and the few lines
 * the route card and the answer both build from them (a step, a route in
 * one line, what is needed first), so the two say the same thing the same way.
 */
import type { Content, Duration, Note, Role } from '../../src/content/model.js';
import type { RouteKind } from '../../src/content/schema.js';
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import { formatDuration, type MissingRequirement, type Pathway } from '../../src/knowledge/pathways.js';
import { roleWithBand } from '../../src/knowledge/format.js';
import { capitalise, sentence } from '../../src/knowledge/read-answers.js';

export const PATHWAY_WORDING = defineWording('pathway', {
  title: { pathway: text(), options: text(), answer: text() },
  help: { heading: text(), text: text() },
  /** How each kind of route is taken, by route kind (src/content/schema.ts ROUTE_KINDS). */
  kinds: {
    apprenticeship: text(),
    degree: text(),
    'top-up': text(),
    'in-post': text(),
    course: text(),
    programme: text(),
  },
  noMatch: text(),
  target: { examples: list(), notKnown: text(), closest: text(), didYouMean: text(), question: text(), hint: text() },
  from: {
    examples: list(),
    forRoute: text(),
    forOptions: text(),
    oneOfThese: text(),
    pickOrType: text(),
    skip: text(),
    typeJobTitle: text(),
    saved: text('role'),
  },
  route: {
    heading: text('role'),
    another: text('role'),
    fromYourRole: text('role'),
    openApplyYourself: text(),
    skippedRole: text('role'),
    roleNotKnown: text('role'),
    openToAnyone: text(),
    step: text('role', 'route', 'kind', 'duration'),
    total: text('duration'),
    need: text('requirement', 'details'),
    youNeedFirst: text('requirements'),
    funding: text(),
    nextStep: text('action'),
    trustExample: text('trust', 'summary'),
    caveat: text('text'),
    note: text('title', 'checked', 'text'),
    then: text(),
    picture: text('role', 'steps'),
    pictureLink: text(),
    alreadyThere: text('role'),
    unknownRole: text(),
    about: text('role', 'summary'),
    plainWord: text('meaning'),
  },
  card: { alreadyThere: text(), unknownRole: text(), unreachable: text('reason'), usefulSteps: text() },
  buttons: {
    otherRoutes: text(),
    allRoutes: text(),
    needs: text(),
    funding: text(),
    detail: text(),
    sources: text(),
    resources: text(),
    goal: text(),
    conversation: text(),
    options: text(),
    findAnotherRoute: text(),
    anotherRole: text(),
    findRoute: text(),
    addQualifications: text(),
    updateQualifications: text(),
    backToRoute: text(),
    showMainRoute: text(),
    showRouteNumber: text('number'),
    showRouteTo: text('role'),
  },
  needs: {
    heading: text('role'),
    haveItAll: text(),
    nothingFirst: text(),
    takes: text('duration'),
    funding: text('funding'),
    before: text('step'),
    qualificationsNotKnown: text(),
  },
  /** "Funding", "More detail" and "Sources": the route card's sections one tap away. */
  funding: { heading: text('role'), none: text() },
  detail: { heading: text('role'), steps: text(), step: text('route', 'pattern'), examples: text(), changed: text() },
  sources: { heading: text('role'), none: text() },
  alternatives: {
    heading: text('role'),
    onlyOne: text('role'),
    order: text(),
    main: text('summary'),
    numbered: text('number', 'summary'),
    applyFirstStep: text(),
  },
  goal: { saved: text('role'), noConversations: text('role') },
  /** How what the person told us about money shaped the route (circumstances.ts). */
  circumstances: { paid: text('funding'), paidNoDetail: text(), noPaidRoute: text() },

  roleGone: text(),
  /** A route or options list a manager asked for about someone else. */
  onBehalf: {
    route: { known: text('role'), unknown: text() },
    options: text(),
    routeHeading: text('role'),
    optionsHeading: text('role'),
    theirRoleNotKnown: text('role'),
    optionsTheirRoleNotKnown: text('role'),
  },
  options: {
    yourOptions: text(),
    help: text(),
    heading: text('role'),
    skippedRole: text('role'),
    noRoutes: text('role'),
    noRoles: text(),
    order: text(),
    applyYourself: text(),
    longer: text('roles'),
  },
  answer: {
    which: { heading: text(), notClear: text(), notClearBand: text('band') },
    wholeRoute: text('trainee', 'role'),
    alreadyThere: text(),
    notFound: text('text'),
    didYouMean: text(),
    usefulSteps: text(),
    notSaid: text('role'),
    notSaidOpen: text(),
    source: { plain: text(), withDetails: text('details'), mirror: text(), unverified: text(), local: text() },
    options: {
      tellRole: text(),
      tellRoleBand: text('band'),
      noRoutes: text('role'),
      askForRole: text(),
      openToAnyone: text(),
      nextStep: text('role'),
    },
    resources: { heading: text('area'), general: text(), none: text(), item: text('title', 'description', 'cost') },
    careerConversation: { heading: text(), text: text() },
    checkin: { heading: text(), text: text(), findingItHard: text('title', 'description') },
    profile: { heading: text(), text: text(), role: text('role'), band: text('band') },
    privacy: { heading: text(), text: text() },
    help: { notUnderstood: text(), heading: text(), exampleRole: text(), items: list('role') },
  },
});

export type PathwayWords = Words<(typeof PATHWAY_WORDING)['spec']>;

/** The pathway words of this content. */
export function pathwayWords(content: Pick<Content, 'wording'>): PathwayWords {
  return PATHWAY_WORDING.of(content);
}

// ---------------------------------------------------------------------------
// Lines the route card, the options list and the answer share

/** How a route is taken, in plain words ("job step"); the kind itself if the wording has none. */
export function kindText(w: PathwayWords, kind: string): string {
  const kinds: Readonly<Record<RouteKind, string>> = w.kinds;
  return Object.hasOwn(kinds, kind) ? kinds[kind as RouteKind] : kind;
}

/** "Trainee nursing associate (Band 3): Get a trainee nursing associate post. Job step, up to 3 months." */
export function stepText(content: Content, w: PathwayWords, step: { to: Role; title: string; kind: string; duration: Duration }): string {
  return w.route.step({
    role: roleWithBand(content, step.to),
    route: step.title,
    kind: capitalise(kindText(w, step.kind)),
    duration: formatDuration(content, step.duration),
  });
}

/** A route in one line: "Get a trainee post, then Apprenticeship (about 2 years)". */
export function routeSummary(content: Content, w: PathwayWords, p: Pathway): string {
  return `${p.steps.map((s) => s.route.title).join(`, ${w.route.then} `)} (${formatDuration(content, p.total)})`;
}

/** "You need first: A; B.", or nothing when nothing is missing. */
export function youNeedFirst(w: PathwayWords, missing: readonly MissingRequirement[]): string | undefined {
  return missing.length > 0 ? w.route.youNeedFirst({ requirements: missing.map((m) => m.requirement.title).join('; ') }) : undefined;
}

/** A line of an options list: the step, then who can apply and what is needed first. */
export function optionLine(content: Content, w: PathwayWords, o: { to: Role; route: { title: string }; kind: string; duration: Duration; missing: readonly MissingRequirement[] }, open: string | undefined): string {
  const step = stepText(content, w, { to: o.to, title: o.route.title, kind: o.kind, duration: o.duration });
  return [step, open, youNeedFirst(w, o.missing)].filter((x): x is string => !!x).join(' ');
}

export function noteText(w: PathwayWords, n: Note): string {
  return w.route.note({ title: n.title, checked: n.checked, text: sentence(n.text) });
}

export function trustExampleText(w: PathwayWords, e: { trust: string; summary: string }): string {
  return w.route.trustExample({ trust: e.trust, summary: sentence(e.summary) });
}

export function caveatText(w: PathwayWords, c: string): string {
  return w.route.caveat({ text: sentence(c) });
}
