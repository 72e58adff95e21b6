/**
 * The route card, and what its buttons show.
 *
 * The first card fits a phone: the steps (role, band, time), what this route
 * needs first, a currency note only when it changes this person's route (see
 * `changesThisRoute` in src/knowledge/pathways.ts), one next action, the
 * route picture, and at most six buttons. Everything else is one tap away, each
 * button answering with its section: "What do I need first?", "Funding",
 * "Other routes", "More detail" (how each step is studied, local examples,
 * what has changed), "Sources" (each page once, this route's only) and
 * "Save as my goal".
 *
 * Each section is its own exported function returning blocks, so a follow-up
 * answer can use one section on its own.
 *
 * The card is personal: it starts from the person's role (from the text, or
 * their profile) and leaves out requirements they hold. Buttons on the card are
 * dialog actions carrying role ids (and which route) only, so they keep
 * working after the conversation has moved on.
 *
 * The route picture: the card has an image of `/timeline/<from|start>/<to>.png`
 * on this server. Channels make it absolute with PUBLIC_BASE_URL (Teams and
 * Slack fetch it from there; without it they leave it out), and the playground
 * with its own address. With PUBLIC_BASE_URL, "More detail" also links to it.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, startButton, type Services, type StepContext } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { findPathways, formatDuration, type Pathway, type PathwayResult } from '../../src/knowledge/pathways.js';
import { roleWithBand, sourceLinks } from '../../src/knowledge/format.js';
import { timelinePath } from '../../src/knowledge/timeline.js';
import { firstSentence as glossaryLine, glossaryTermsIn } from '../../src/knowledge/glossary.js';
import { normalise } from '../../src/core/router.js';
import { resourceForRequirement, sentence } from '../../src/knowledge/read-answers.js';
import { OPTIONS_DIALOG, PATHWAY_DIALOG, str } from './ids.js';
import { circumstanceQuery } from './circumstances.js';
import { keptCard, type CardQuery } from './kept-cards.js';
import { caveatText, noteText, pathwayWords, routeSummary, stepText, trustExampleText, youNeedFirst, type PathwayWords } from './wording.js';

export interface RouteQuery {
  to: Role;
  /** The role the route starts from; undefined when unknown. */
  from?: Role;
  held: string[];
  /** The person skipped saying their role. */
  skipped?: boolean;
  /** Show this alternative (1-based) instead of the best route. */
  alt?: number;
  /**
   * A manager asked for someone else: `from` is that person's role (or
   * unknown), `held` is empty, the card says who it is for, and it offers
   * nothing that saves to the asker's own profile.
   */
  onBehalf?: boolean;
  /** What they told us about themselves that changes the route (circumstances.ts). */
  lacks?: string[];
  earnWhileLearning?: boolean;
  /** Said first on the card, e.g. how what they told us shaped the route (circumstances.ts). */
  said?: Block[];
}

/** Every field of a query is in the kept cards' key (kept-cards.ts): a field added here and not there does not compile. */
const _everyFieldKeyed: [Exclude<keyof RouteQuery, keyof CardQuery>] extends [never] ? true : never = true;
void _everyFieldKeyed;

/** What the card's buttons carry: role ids, and whether the route is for someone else. */
function cardValue(q: RouteQuery): Record<string, string> {
  const v: Record<string, string> = { to: q.to.id, from: q.from?.id ?? '' };
  if (q.onBehalf) v['behalf'] = 'yes';
  if (q.alt && q.alt >= 2) v['alt'] = String(q.alt);
  return v;
}

/** "This is the route for the person you asked about…", for a route asked for someone else. */
function onBehalfLine(w: PathwayWords, q: RouteQuery): Block[] {
  if (!q.onBehalf) return [];
  return [{ type: 'paragraph', text: q.from ? w.onBehalf.route.known({ role: q.from.title }) : w.onBehalf.route.unknown }];
}

type Found = Extract<PathwayResult, { kind: 'found' }>;

/** What the card and its sections are built from: the content, and the server's public address for the picture link. */
export type CardServices = Pick<Services, 'content' | 'publicBaseUrl'>;

// ---------------------------------------------------------------------------
// Sections: each returns blocks, so the first card, the replies to its
// buttons and follow-up answers can each use the one they need.

/** The steps, each with its role, band, how it is taken and how long it takes, then the total time (when there is more than one step). */
export function stepsSection(content: Content, p: Pathway): Block[] {
  const w = pathwayWords(content);
  const blocks: Block[] = [
    {
      type: 'list',
      ordered: true,
      items: p.steps.map((s) => stepText(content, w, { to: s.to, title: s.route.title, kind: s.route.kind, duration: s.route.duration })),
    },
  ];
  // One step's time is the total: said once.
  if (p.steps.length > 1) blocks.push({ type: 'paragraph', text: w.route.total({ duration: formatDuration(content, p.total) }) });
  return blocks;
}

/** "You need first: A; B." for this route's steps only; nothing when nothing is missing. How to get each is one tap away ("What do I need first?"). */
export function needsFirstSection(content: Content, p: Pathway): Block[] {
  const line = youNeedFirst(pathwayWords(content), p.missing);
  return line ? [{ type: 'paragraph', text: line }] : [];
}

/**
 * The currency notes that change this route for this person
 * (`Pathway.changes`), in the card's normal style: each note's title and
 * first sentence. The whole note is under "More detail".
 */
export function changesSection(content: Content, p: Pathway): Block[] {
  const w = pathwayWords(content);
  return p.changes.map((n) => ({ type: 'paragraph', text: noteText(w, { ...n, text: firstSentence(n.text) }), tone: 'normal' }) as Block);
}

function firstSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

/** The most a route card may show, in visible characters (text and button labels), to fit a phone. */
export const CARD_MAX_CHARS = 900;

const URL = /\bhttps?:\/\/\S+/g;

/** What a person sees of these blocks, in characters: text and labels, not web addresses or picture descriptions. */
function visibleLength(blocks: readonly Block[]): number {
  const len = (t: string) => t.replace(URL, '').length;
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') n += len(b.text);
    else if (b.type === 'list') n += b.items.reduce((k, i) => k + len(i), 0);
    else if (b.type === 'facts') n += b.facts.reduce((k, f) => k + len(f.label) + len(f.value), 0);
    else if (b.type === 'links') n += b.links.reduce((k, l) => k + len(l.label), 0);
    else if (b.type === 'choices') n += b.choices.reduce((k, c) => k + len(c.label), 0);
  }
  return n;
}

const roleNames = new WeakMap<Content, Set<string>>();

/** Every role's title and other names, as typed text reads: a glossary word that is a role name is the card's own subject. */
function namesOfRoles(content: Content): Set<string> {
  let set = roleNames.get(content);
  if (!set) {
    set = new Set([...content.roles.values()].flatMap((r) => [r.title, ...r.synonyms].map((n) => normalise(n))));
    roleNames.set(content, set);
  }
  return set;
}

/**
 * The first glossary word (content/glossary.yaml) the card's text uses,
 * explained in one line: the first sentence of its meaning. Role names are
 * left out (the route is about them), and so are words the glossary marks
 * `explainInRoutes: false`. Empty when there is none, or when the line would
 * take the card over `room` characters.
 */
export function plainWordSection(content: Content, shown: readonly Block[], room: number): Block[] {
  if (content.glossary.length === 0) return [];
  const roles = namesOfRoles(content);
  const text = plainTextOf(shown);
  const entry = glossaryTermsIn(content, text).find(
    (g) => g.explainInRoutes && ![g.term, ...g.also].some((n) => roles.has(normalise(n))),
  );
  if (!entry) return [];
  const line = pathwayWords(content).route.plainWord({ meaning: glossaryLine(entry.meaning) });
  return line.length <= room ? [{ type: 'paragraph', text: line, tone: 'muted' }] : [];
}

function plainTextOf(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : b.type === 'list' ? b.items.join('\n') : ''))
    .join('\n');
}

/** The one concrete next action. */
export function nextActionSection(content: Content, p: Pathway): Block[] {
  return [{ type: 'paragraph', text: pathwayWords(content).route.nextStep({ action: sentence(p.nextAction) }) }];
}

/** Who pays: for each step, then for each thing needed first that has a cost. */
export function fundingSection(content: Content, p: Pathway): Block[] {
  const w = pathwayWords(content);
  const items = [...p.funding.map(sentence), ...p.missing.filter((m) => m.funding).map((m) => w.route.need({ requirement: m.requirement.title, details: sentence(m.funding!) }))];
  if (items.length === 0) return [{ type: 'paragraph', text: w.funding.none }];
  return [
    { type: 'paragraph', text: w.route.funding },
    { type: 'list', items },
  ];
}

/** Where the route's facts come from: each page once, only this route's (`Pathway.sources`). */
export function sourcesSection(content: Content, p: Pathway): Block[] {
  const links = sourceLinks(content, p.sources, MAX_SOURCES);
  return links.length > 0 ? [{ type: 'links', links }] : [{ type: 'paragraph', text: pathwayWords(content).sources.none }];
}

/** Every route to the role, quickest first, each in one line with what it needs first. */
export function otherRoutesSection(content: Content, result: Found, role: Role): Block[] {
  const w = pathwayWords(content);
  const all = [result.best, ...result.alternatives];
  return [
    { type: 'paragraph', text: all.length === 1 ? w.alternatives.onlyOne({ role: role.title }) : w.alternatives.order },
    {
      type: 'list',
      ordered: true,
      items: all.map((p, i) => {
        const summary = routeSummary(content, w, p);
        const line = i === 0 ? w.alternatives.main({ summary }) : w.alternatives.numbered({ number: i + 1, summary });
        const open = p.steps[0]?.from === null ? w.alternatives.applyFirstStep : undefined;
        return [line, open, youNeedFirst(w, p.missing)].filter((x): x is string => !!x).join(' ');
      }),
    },
  ];
}

/**
 * More detail: how each step is studied, what to check about the roles, local
 * examples (labelled as one trust's approach), and what has changed (every
 * currency note about the route, in full).
 */
export function detailSection(content: Content, p: Pathway): Block[] {
  const w = pathwayWords(content);
  const blocks: Block[] = [
    { type: 'paragraph', text: w.detail.steps },
    { type: 'list', items: p.steps.map((s) => w.detail.step({ route: s.route.title, pattern: sentence(s.route.studyPattern) })) },
  ];
  const caveats = [...new Set(p.steps.flatMap((s) => s.to.caveats))];
  for (const c of caveats) blocks.push({ type: 'paragraph', text: caveatText(w, c), tone: 'muted' });
  if (p.examples.length > 0) {
    blocks.push({ type: 'paragraph', text: w.detail.examples });
    for (const e of p.examples) blocks.push({ type: 'paragraph', text: trustExampleText(w, e), tone: 'muted' });
  }
  if (p.notes.length > 0) {
    blocks.push({ type: 'paragraph', text: w.detail.changed });
    for (const n of p.notes) blocks.push({ type: 'paragraph', text: noteText(w, n), tone: 'muted' });
  }
  return blocks;
}

// ---------------------------------------------------------------------------
// The first card

const MAX_SOURCES = 20;

/**
 * The first card's buttons, at most six: what is needed first, funding, other
 * routes, more detail, sources, and saving the goal. Adding the route to a
 * career conversation is offered once the goal is saved.
 */
function cardButtons(w: PathwayWords, q: RouteQuery, result: Found, p: Pathway): Choice[] {
  const b = w.buttons;
  const v = cardValue(q);
  const choices: Choice[] = [actionButton(PATHWAY_DIALOG, 'needs', b.needs, v), actionButton(PATHWAY_DIALOG, 'funding', b.funding, v)];
  if (result.alternatives.length > 0) choices.push(actionButton(PATHWAY_DIALOG, 'alternatives', q.alt ? b.allRoutes : b.otherRoutes, v));
  choices.push(actionButton(PATHWAY_DIALOG, 'detail', b.detail, v));
  if (p.sources.length > 0) choices.push(actionButton(PATHWAY_DIALOG, 'sources', b.sources, v));
  // Someone else's route is not the asker's goal.
  if (!q.onBehalf) choices.push(actionButton(PATHWAY_DIALOG, 'goal', b.goal, { to: q.to.id }));
  return choices;
}

function pathwayOf(result: Found, alt?: number): Pathway {
  if (alt && alt >= 2) return result.alternatives[alt - 2] ?? result.best;
  return result.best;
}

function findFor(services: CardServices, q: RouteQuery): PathwayResult {
  return findPathways(services.content, {
    ...(q.from ? { from: q.from.id } : {}),
    to: q.to.id,
    held: q.held,
    ...(q.lacks ? { lacks: q.lacks } : {}),
    ...(q.earnWhileLearning ? { earnWhileLearning: true } : {}),
  });
}

/**
 * The first card for a route that was found: the steps, what is needed first,
 * what has changed for this route (only when it changes it), one next action,
 * the picture, and buttons for the rest. `lead` is what goes under the heading
 * (whose role it starts from).
 */
export function firstCardBlocks(services: CardServices, q: RouteQuery, result: Found, heading: string, lead: Block[], picture = true): Block[] {
  const content = services.content;
  const w = pathwayWords(content);
  const p = pathwayOf(result, q.alt);
  const route: Block[] = [...stepsSection(content, p), ...needsFirstSection(content, p), ...changesSection(content, p), ...nextActionSection(content, p)];
  const blocks: Block[] = [{ type: 'heading', text: heading }, ...lead, ...route];
  const buttons: Block = { type: 'choices', choices: cardButtons(w, q, result, p) };
  // The first word of the route's own text that the glossary explains, in one line, if it fits.
  blocks.push(...plainWordSection(content, route, CARD_MAX_CHARS - visibleLength([...blocks, buttons])));
  if (picture && p === result.best) {
    const steps = p.steps.map((s) => `${s.to.title}, ${formatDuration(content, s.route.duration)}`).join(`; ${w.route.then} `);
    blocks.push({ type: 'image', url: timelinePath(q.from?.id, q.to.id), alt: w.route.picture({ role: q.to.title, steps }) });
  }
  blocks.push(buttons);
  return blocks;
}

export { findFor };

/** The route card for `q`: made once per content and query, then the same (frozen) message (./kept-cards.ts). */
export function routeCard(ctx: StepContext, q: RouteQuery): OutboundMessage {
  return keptCard(ctx.services.content, q, () => makeRouteCard(ctx.services, q));
}

function makeRouteCard(services: CardServices, q: RouteQuery): OutboundMessage {
  const content = services.content;
  const w = pathwayWords(content);
  const result = findFor(services, q);
  switch (result.kind) {
    case 'same-role':
      return message([
        { type: 'heading', text: w.route.alreadyThere({ role: result.role.title }) },
        { type: 'paragraph', text: w.card.alreadyThere },
        {
          type: 'choices',
          choices: [startButton(w.buttons.options, OPTIONS_DIALOG), startButton(w.buttons.findAnotherRoute, PATHWAY_DIALOG)],
        },
      ]);
    case 'unknown-role':
      return message([
        { type: 'heading', text: w.route.unknownRole },
        { type: 'paragraph', text: w.card.unknownRole },
        {
          type: 'choices',
          choices: [
            ...result.suggestions.map((r) => actionButton(PATHWAY_DIALOG, 'show', r.title, { to: r.id, from: q.from?.id ?? '' })),
            startButton(w.buttons.anotherRole, PATHWAY_DIALOG),
          ],
        },
      ]);
    case 'unreachable': {
      const blocks: Block[] = [
        { type: 'heading', text: q.onBehalf ? w.onBehalf.routeHeading({ role: result.target.title }) : w.route.heading({ role: result.target.title }) },
        ...onBehalfLine(w, q),
        { type: 'paragraph', text: w.card.unreachable({ reason: result.reason }) },
      ];
      blocks.push({ type: 'paragraph', text: w.route.about({ role: result.target.title, summary: sentence(result.target.summary) }) });
      const links = sourceLinks(content, result.target.sources, 3);
      if (links.length > 0) blocks.push({ type: 'links', links });
      if (result.suggestions.length > 0) {
        blocks.push({ type: 'paragraph', text: w.card.usefulSteps });
      }
      blocks.push({
        type: 'choices',
        choices: [
          ...result.suggestions.map((r) => actionButton(PATHWAY_DIALOG, 'show', r.title, { to: r.id, from: q.from?.id ?? '' })),
          startButton(w.buttons.options, OPTIONS_DIALOG),
          startButton(w.buttons.anotherRole, PATHWAY_DIALOG),
        ],
      });
      return message(blocks);
    }
    case 'found':
      break;
  }

  const p = pathwayOf(result, q.alt);
  const isAlt = p !== result.best;
  const heading = isAlt ? w.route.another({ role: q.to.title }) : q.onBehalf ? w.onBehalf.routeHeading({ role: q.to.title }) : w.route.heading({ role: q.to.title });
  const lead: Block[] = [...(isAlt ? [] : (q.said ?? [])), ...onBehalfLine(w, q)];
  const first = p.steps[0];
  if (first && first.from === null) {
    lead.push({ type: 'paragraph', text: w.route.openApplyYourself });
  } else if (!result.startAssumed && result.start) {
    // For someone else, the line above has said whose role it starts from.
    if (!q.onBehalf) lead.push({ type: 'paragraph', text: w.route.fromYourRole({ role: roleWithBand(content, result.start) }) });
  } else if (first?.from) {
    const role = roleWithBand(content, first.from);
    lead.push({ type: 'paragraph', text: q.onBehalf ? w.onBehalf.theirRoleNotKnown({ role }) : q.skipped ? w.route.skippedRole({ role }) : w.route.roleNotKnown({ role }) });
  } else {
    lead.push({ type: 'paragraph', text: w.route.openToAnyone });
  }
  return message(firstCardBlocks(services, q, result, heading, lead));
}

/** The query a card button carries (role ids, and which route), with what the profile holds; undefined when the role has gone. */
export async function queryFrom(ctx: StepContext, value: Record<string, string>): Promise<RouteQuery | undefined> {
  const content = ctx.services.content;
  const to = content.roles.get(value['to'] ?? '');
  if (!to) return undefined;
  // For someone else, nothing comes from the asker's profile.
  const onBehalf = value['behalf'] === 'yes';
  const profile = onBehalf ? undefined : await ctx.profile();
  const fromId = str(value['from']) ?? profile?.roleId;
  const from = fromId ? content.roles.get(fromId) : undefined;
  const q: RouteQuery = { to, held: profile?.held ?? [], ...circumstanceQuery(profile) };
  if (from) q.from = from;
  if (onBehalf) q.onBehalf = true;
  const alt = Number(value['alt']);
  if (Number.isInteger(alt) && alt >= 2 && alt <= 9) q.alt = alt;
  return q;
}

/** The route a button is about (the one on its card: the main route, or another), or undefined when there is none now. */
export function pathwayFor(services: CardServices, q: RouteQuery): Pathway | undefined {
  const result = findFor(services, q);
  return result.kind === 'found' ? pathwayOf(result, q.alt) : undefined;
}

/** "Back to the route": the card the button came from. */
function backButton(w: PathwayWords, q: RouteQuery): Choice {
  return actionButton(PATHWAY_DIALOG, 'show', w.buttons.backToRoute, cardValue(q));
}

/** "What do I need first?": each requirement this route still needs, how to get it, what it costs and a resource for it. */
export function needsMessage(ctx: StepContext, q: RouteQuery, heldKnown: boolean): OutboundMessage {
  const content = ctx.services.content;
  const w = pathwayWords(content);
  const p = pathwayFor(ctx.services, q);
  if (!p) return routeCard(ctx, q);
  const v = cardValue(q);
  const blocks: Block[] = [{ type: 'heading', text: w.needs.heading({ role: q.to.title }) }];
  if (p.missing.length === 0) {
    blocks.push({ type: 'paragraph', text: heldKnown ? w.needs.haveItAll : w.needs.nothingFirst });
  } else {
    p.missing.forEach((m, i) => {
      const step = p.steps[m.stepIndex];
      const lines: string[] = [sentence(m.how)];
      if (m.duration) lines.push(w.needs.takes({ duration: formatDuration(content, m.duration) }));
      if (m.funding) lines.push(w.needs.funding({ funding: sentence(m.funding) }));
      if (step) lines.push(w.needs.before({ step: step.route.title }));
      blocks.push({ type: 'paragraph', text: `${i + 1}. ${m.requirement.title}` });
      blocks.push({ type: 'list', items: lines });
      const r = resourceForRequirement(content, m.requirement, m.routeId);
      if (r) blocks.push({ type: 'links', links: [{ label: `${r.title} (${r.cost})`, url: r.url }] });
    });
  }
  const choices: Choice[] = [];
  // The asker's own qualifications say nothing about someone else's route.
  if (!q.onBehalf) {
    if (!heldKnown) blocks.push({ type: 'paragraph', text: w.needs.qualificationsNotKnown, tone: 'muted' });
    choices.push(actionButton('profile', 'change', heldKnown ? w.buttons.updateQualifications : w.buttons.addQualifications, { step: 'quals' }));
  }
  choices.push(backButton(w, q));
  choices.push(actionButton(PATHWAY_DIALOG, 'resources', w.buttons.resources, v));
  blocks.push({ type: 'choices', choices });
  return message(blocks);
}

/** "Funding": who pays for each step, and for what is needed first. */
export function fundingMessage(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const w = pathwayWords(ctx.services.content);
  const p = pathwayFor(ctx.services, q);
  if (!p) return routeCard(ctx, q);
  return message([
    { type: 'heading', text: w.funding.heading({ role: q.to.title }) },
    ...fundingSection(ctx.services.content, p),
    { type: 'choices', choices: [backButton(w, q), actionButton(PATHWAY_DIALOG, 'needs', w.buttons.needs, cardValue(q))] },
  ]);
}

/** "More detail": how each step is studied, local examples, what has changed, and a link to the route picture. */
export function detailMessage(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const w = pathwayWords(ctx.services.content);
  const p = pathwayFor(ctx.services, q);
  if (!p) return routeCard(ctx, q);
  const blocks: Block[] = [{ type: 'heading', text: w.detail.heading({ role: q.to.title }) }, ...detailSection(ctx.services.content, p)];
  const base = ctx.services.publicBaseUrl;
  if (base && !q.alt) {
    blocks.push({ type: 'links', links: [{ label: w.route.pictureLink, url: `${base.replace(/\/+$/, '')}${timelinePath(q.from?.id, q.to.id)}` }] });
  }
  blocks.push({ type: 'choices', choices: [backButton(w, q), actionButton(PATHWAY_DIALOG, 'resources', w.buttons.resources, cardValue(q))] });
  return message(blocks);
}

/** "Sources": where the route's facts come from, each page once. */
export function sourcesMessage(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const w = pathwayWords(ctx.services.content);
  const p = pathwayFor(ctx.services, q);
  if (!p) return routeCard(ctx, q);
  return message([
    { type: 'heading', text: w.sources.heading({ role: q.to.title }) },
    ...sourcesSection(ctx.services.content, p),
    { type: 'choices', choices: [backButton(w, q)] },
  ]);
}

/** "Other routes": every route to the role, quickest first, each with a button. */
export function alternativesMessage(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const w = pathwayWords(ctx.services.content);
  const result = findFor(ctx.services, q);
  if (result.kind !== 'found') return routeCard(ctx, q);
  // Each button says which route it shows, whichever card this list came from.
  const v = cardValue(q);
  delete v['alt'];
  const count = 1 + result.alternatives.length;
  const blocks: Block[] = [{ type: 'heading', text: w.alternatives.heading({ role: q.to.title }) }, ...otherRoutesSection(ctx.services.content, result, q.to)];
  const choices: Choice[] = Array.from({ length: count }, (_, i) =>
    actionButton(PATHWAY_DIALOG, 'show', i === 0 ? w.buttons.showMainRoute : w.buttons.showRouteNumber({ number: i + 1 }), { ...v, alt: String(i + 1) }),
  );
  blocks.push({ type: 'choices', choices });
  return message(blocks);
}
