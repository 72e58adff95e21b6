/**
 * Short answers about one part of a route: a few lines from the pathway engine
 * (src/knowledge/pathways.ts), not the whole route card. Each ends with a
 * button to see the whole route (the route finder's own "show" action).
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, type StepContext } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import type { ConversationTopic } from '../../src/store/ports.js';
import { findPathways, formatDuration, type Pathway } from '../../src/knowledge/pathways.js';
import { bandText } from '../../src/knowledge/format.js';
import { sentence } from '../../src/knowledge/read-answers.js';
import type { Aspect } from './read.js';
import { followUpWords, type FollowUpWords } from './wording.js';

const PATHWAY_DIALOG = 'pathway';

/** "Nursing associate (registered)" -> "nursing associate (registered)", keeping names like "NHS" as they are. */
function lower(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

interface Found {
  path: Pathway;
  to: Role;
  from: Role | null;
  /** The route starts from a role the person said (or their profile has). */
  fromKnown: boolean;
  heldKnown: boolean;
}

/** The route the topic names, from the person's role and qualifications (none of theirs when it is for someone else). */
async function routeOf(ctx: StepContext, topic: ConversationTopic): Promise<Found | { to: Role } | undefined> {
  const content = ctx.services.content;
  const to = content.roles.get(topic.toRoleId);
  if (!to) return undefined;
  const profile = topic.onBehalf ? undefined : await ctx.profile();
  const fromId = topic.fromRoleId ?? profile?.roleId;
  const from = fromId ? content.roles.get(fromId) : undefined;
  const result = findPathways(content, { ...(from ? { from: from.id } : {}), to: to.id, held: profile?.held ?? [] });
  if (result.kind !== 'found') return { to };
  const alt = topic.routeIndex && topic.routeIndex >= 2 ? result.alternatives[topic.routeIndex - 2] : undefined;
  return { path: alt ?? result.best, to, from: result.start, fromKnown: !result.startAssumed, heldKnown: profile?.held !== undefined };
}

function durationLines(content: Content, w: FollowUpWords, f: Found): Block[] {
  const duration = formatDuration(content, f.path.total);
  const lead = f.fromKnown && f.from ? w.duration.total({ from: f.from.title, role: lower(f.to.title), duration }) : w.duration.totalOpen({ role: lower(f.to.title), duration });
  return [
    { type: 'paragraph', text: lead },
    { type: 'list', items: f.path.steps.map((s) => w.duration.step({ route: s.route.title, duration: formatDuration(content, s.route.duration) })) },
  ];
}

function bandLines(content: Content, w: FollowUpWords, f: Found): Block[] {
  const blocks: Block[] = [{ type: 'paragraph', text: w.band.role({ role: lower(f.to.title), band: bandText(content, f.to) }) }];
  const onTheWay = f.path.steps.slice(0, -1).map((s) => w.band.step({ role: s.to.title, band: bandText(content, s.to) }));
  if (onTheWay.length > 0) blocks.push({ type: 'paragraph', text: w.band.onTheWay({ steps: onTheWay.join('; ') }) });
  return blocks;
}

function fundingLines(w: FollowUpWords, f: Found): Block[] {
  return [
    { type: 'paragraph', text: w.funding.heading({ role: lower(f.to.title) }) },
    { type: 'list', items: f.path.funding.map(sentence) },
  ];
}

function needsLines(w: FollowUpWords, f: Found): Block[] {
  const role = lower(f.to.title);
  if (f.path.missing.length === 0) {
    return [{ type: 'paragraph', text: f.heldKnown ? w.needs.nothing({ role }) : w.needs.nothingNotKnown({ role }) }];
  }
  return [
    { type: 'paragraph', text: w.needs.heading({ role }) },
    {
      type: 'list',
      items: f.path.missing.map((m) => w.needs.item({ requirement: m.requirement.title, step: f.path.steps[m.stepIndex]?.route.title ?? '' })),
    },
  ];
}

/** The step after the one last talked about (the first, when none was). Moves the topic on. */
function nextLines(ctx: StepContext, content: Content, w: FollowUpWords, f: Found, topic: ConversationTopic): Block[] {
  const steps = f.path.steps;
  const i = topic.stepIndex === undefined ? 0 : topic.stepIndex + 1;
  const step = steps[i];
  if (!step) return [{ type: 'paragraph', text: w.next.last({ role: lower(f.to.title) }) }];
  ctx.topic = { ...topic, stepIndex: i };
  const at = { count: steps.length, route: step.route.title, duration: formatDuration(content, step.route.duration), role: lower(step.to.title) };
  const blocks: Block[] = [{ type: 'paragraph', text: i === 0 ? w.next.first(at) : w.next.step({ ...at, number: i + 1 }) }];
  if (i === 0) blocks.push({ type: 'paragraph', text: w.next.action({ action: sentence(f.path.nextAction) }) });
  return blocks;
}

/** The short answer to one part of the route in the topic. */
export async function followUpAnswer(ctx: StepContext, topic: ConversationTopic, aspect: Aspect, canShowRoute: boolean): Promise<OutboundMessage> {
  const content = ctx.services.content;
  const w = followUpWords(content);
  const found = await routeOf(ctx, topic);
  if (!found) return message([{ type: 'paragraph', text: w.gone }]);
  if (!('path' in found)) return message([{ type: 'paragraph', text: w.noRoute({ role: lower(found.to.title) }) }]);
  const blocks: Block[] = [];
  if (topic.onBehalf) blocks.push({ type: 'paragraph', text: w.forSomeoneElse, tone: 'muted' });
  switch (aspect) {
    case 'duration':
      blocks.push(...durationLines(content, w, found));
      break;
    case 'band':
      blocks.push(...bandLines(content, w, found));
      break;
    case 'funding':
      blocks.push(...fundingLines(w, found));
      break;
    case 'needs':
      blocks.push(...needsLines(w, found));
      break;
    case 'next':
      blocks.push(...nextLines(ctx, content, w, found, topic));
      break;
  }
  if (canShowRoute) {
    const value: Record<string, string> = { to: found.to.id, from: topic.fromRoleId ?? '' };
    if (topic.onBehalf) value['behalf'] = 'yes';
    const choices: Choice[] = [];
    if (aspect === 'needs' && found.path.missing.length > 0) choices.push(actionButton(PATHWAY_DIALOG, 'needs', w.buttons.needs, value));
    choices.push(actionButton(PATHWAY_DIALOG, 'show', w.buttons.wholeRoute, topic.routeIndex && topic.routeIndex >= 2 ? { ...value, alt: String(topic.routeIndex) } : value));
    blocks.push({ type: 'choices', choices });
  }
  return message(blocks);
}
