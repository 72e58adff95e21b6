/**
 * The route card, and what its buttons show: "What do I need first?" and
 * "Other routes".
 *
 * The card is personal: it starts from the person's role (from the text, or
 * their profile) and leaves out requirements they hold. Buttons on the card are
 * dialog actions carrying role ids only, so they keep working after the
 * conversation has moved on.
 *
 * The route picture: the card has an image of `/timeline/<from|start>/<to>.png`
 * on this server. Channels make it absolute with PUBLIC_BASE_URL (Teams and
 * Slack fetch it from there; without it they leave it out), and the playground
 * with its own address. With PUBLIC_BASE_URL the card also links to it.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, startButton, type StepContext } from '../../src/core/dialog.js';
import type { Role } from '../../src/content/model.js';
import { findPathways, formatDuration, type Pathway, type PathwayResult } from '../../src/knowledge/pathways.js';
import { roleWithBand, sourceLinks } from '../../src/knowledge/format.js';
import { timelinePath } from '../../src/knowledge/timeline.js';
import { resourceForRequirement, sentence } from '../../src/knowledge/read-answers.js';
import { OPTIONS_DIALOG, PATHWAY_DIALOG, str } from './ids.js';
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
}

/** What the card's buttons carry: role ids, and whether the route is for someone else. */
function cardValue(q: RouteQuery): Record<string, string> {
  const v: Record<string, string> = { to: q.to.id, from: q.from?.id ?? '' };
  if (q.onBehalf) v['behalf'] = 'yes';
  return v;
}

/** "This is the route for the person you asked about…", for a route asked for someone else. */
function onBehalfLine(w: PathwayWords, q: RouteQuery): Block[] {
  if (!q.onBehalf) return [];
  return [{ type: 'paragraph', text: q.from ? w.onBehalf.route.known({ role: q.from.title }) : w.onBehalf.route.unknown }];
}

type Found = Extract<PathwayResult, { kind: 'found' }>;

function cardButtons(w: PathwayWords, q: RouteQuery, result: Found): Choice[] {
  const b = w.buttons;
  const v = cardValue(q);
  const choices: Choice[] = [];
  if (result.alternatives.length > 0) choices.push(actionButton(PATHWAY_DIALOG, 'alternatives', q.alt ? b.allRoutes : b.otherRoutes, v));
  choices.push(actionButton(PATHWAY_DIALOG, 'needs', b.needs, v));
  choices.push(actionButton(PATHWAY_DIALOG, 'resources', b.resources, v));
  // Someone else's route is not the asker's goal, nor theirs to take to a career conversation.
  if (q.onBehalf) return choices;
  choices.push(actionButton(PATHWAY_DIALOG, 'goal', b.goal, { to: q.to.id }));
  choices.push(actionButton(PATHWAY_DIALOG, 'conversation', b.conversation, { to: q.to.id }));
  return choices;
}

function pathwayOf(result: Found, alt?: number): Pathway {
  if (alt && alt >= 2) return result.alternatives[alt - 2] ?? result.best;
  return result.best;
}

function findFor(ctx: StepContext, q: RouteQuery): PathwayResult {
  return findPathways(ctx.services.content, { ...(q.from ? { from: q.from.id } : {}), to: q.to.id, held: q.held });
}

export function routeCard(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const content = ctx.services.content;
  const w = pathwayWords(content);
  const result = findFor(ctx, q);
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
  const blocks: Block[] = [{ type: 'heading', text: heading }, ...onBehalfLine(w, q)];
  const first = p.steps[0];
  if (first && first.from === null) {
    blocks.push({ type: 'paragraph', text: w.route.openApplyYourself });
  } else if (!result.startAssumed && result.start) {
    // For someone else, the line above has said whose role it starts from.
    if (!q.onBehalf) blocks.push({ type: 'paragraph', text: w.route.fromYourRole({ role: roleWithBand(content, result.start) }) });
  } else if (first?.from) {
    const role = roleWithBand(content, first.from);
    blocks.push({ type: 'paragraph', text: q.onBehalf ? w.onBehalf.theirRoleNotKnown({ role }) : q.skipped ? w.route.skippedRole({ role }) : w.route.roleNotKnown({ role }) });
  } else {
    blocks.push({ type: 'paragraph', text: w.route.openToAnyone });
  }
  blocks.push({
    type: 'list',
    ordered: true,
    items: p.steps.map((s) => stepText(content, w, { to: s.to, title: s.route.title, kind: s.route.kind, duration: s.route.duration })),
  });
  blocks.push({ type: 'paragraph', text: w.route.total({ duration: formatDuration(content, p.total) }) });

  if (p.missing.length > 0) {
    blocks.push({ type: 'paragraph', text: w.route.needFirst });
    blocks.push({
      type: 'list',
      items: p.missing.map((m) => w.route.need({ requirement: m.requirement.title, details: [sentence(m.how), ...(m.funding ? [sentence(m.funding)] : [])].join(' ') })),
    });
  }
  if (p.funding.length > 0) {
    blocks.push({ type: 'paragraph', text: w.route.funding });
    blocks.push({ type: 'list', items: p.funding.map(sentence) });
  }
  blocks.push({ type: 'paragraph', text: w.route.nextStep({ action: sentence(p.nextAction) }) });
  for (const e of p.examples) blocks.push({ type: 'paragraph', text: trustExampleText(w, e), tone: 'muted' });
  const caveats = [...new Set(p.steps.flatMap((s) => s.to.caveats))];
  for (const c of caveats) blocks.push({ type: 'paragraph', text: caveatText(w, c), tone: 'warning' });
  for (const n of p.notes) blocks.push({ type: 'paragraph', text: noteText(w, n), tone: 'warning' });

  if (!isAlt && result.alternatives.length > 0) {
    const count = result.alternatives.length;
    blocks.push({ type: 'paragraph', text: count === 1 ? w.route.otherRoutes.one : w.route.otherRoutes.many({ count }) });
  }

  const base = ctx.services.publicBaseUrl;
  const links = sourceLinks(content, p.sources, 6);
  if (!isAlt) {
    const path = timelinePath(q.from?.id, q.to.id);
    const steps = p.steps.map((s) => `${s.to.title}, ${formatDuration(content, s.route.duration)}`).join(`; ${w.route.then} `);
    blocks.push({ type: 'image', url: path, alt: w.route.picture({ role: q.to.title, steps }) });
    if (base) links.unshift({ label: w.route.pictureLink, url: `${base.replace(/\/+$/, '')}${path}` });
  }
  if (links.length > 0) blocks.push({ type: 'links', links });
  blocks.push({ type: 'choices', choices: cardButtons(w, q, result) });
  return message(blocks);
}

/** The query a card button carries (role ids), with what the profile holds; undefined when the role has gone. */
export async function queryFrom(ctx: StepContext, value: Record<string, string>): Promise<RouteQuery | undefined> {
  const content = ctx.services.content;
  const to = content.roles.get(value['to'] ?? '');
  if (!to) return undefined;
  // For someone else, nothing comes from the asker's profile.
  const onBehalf = value['behalf'] === 'yes';
  const profile = onBehalf ? undefined : await ctx.profile();
  const fromId = str(value['from']) ?? profile?.roleId;
  const from = fromId ? content.roles.get(fromId) : undefined;
  const q: RouteQuery = { to, held: profile?.held ?? [] };
  if (from) q.from = from;
  if (onBehalf) q.onBehalf = true;
  return q;
}

/** "What do I need first?": each requirement missing, how to get it, what it costs and a resource for it. */
export function needsMessage(ctx: StepContext, q: RouteQuery, heldKnown: boolean): OutboundMessage {
  const content = ctx.services.content;
  const w = pathwayWords(content);
  const result = findFor(ctx, q);
  if (result.kind !== 'found') return routeCard(ctx, q);
  const p = result.best;
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
  choices.push(actionButton(PATHWAY_DIALOG, 'show', w.buttons.backToRoute, v));
  choices.push(actionButton(PATHWAY_DIALOG, 'resources', w.buttons.resources, v));
  blocks.push({ type: 'choices', choices });
  return message(blocks);
}

/** "Other routes": every route to the role, quickest first, each with a button. */
export function alternativesMessage(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const w = pathwayWords(ctx.services.content);
  const result = findFor(ctx, q);
  if (result.kind !== 'found') return routeCard(ctx, q);
  const v = cardValue(q);
  const all = [result.best, ...result.alternatives];
  const blocks: Block[] = [{ type: 'heading', text: w.alternatives.heading({ role: q.to.title }) }];
  if (all.length === 1) {
    blocks.push({ type: 'paragraph', text: w.alternatives.onlyOne({ role: q.to.title }) });
  } else {
    blocks.push({ type: 'paragraph', text: w.alternatives.order });
  }
  blocks.push({
    type: 'list',
    ordered: true,
    items: all.map((p, i) => {
      const summary = routeSummary(ctx.services.content, w, p);
      const line = i === 0 ? w.alternatives.main({ summary }) : w.alternatives.numbered({ number: i + 1, summary });
      const open = p.steps[0]?.from === null ? w.alternatives.applyFirstStep : undefined;
      return [line, open, youNeedFirst(w, p.missing)].filter((x): x is string => !!x).join(' ');
    }),
  });
  const choices: Choice[] = all.map((_, i) =>
    actionButton(PATHWAY_DIALOG, 'show', i === 0 ? w.buttons.showMainRoute : w.buttons.showRouteNumber({ number: i + 1 }), { ...v, alt: String(i + 1) }),
  );
  blocks.push({ type: 'choices', choices });
  return message(blocks);
}
