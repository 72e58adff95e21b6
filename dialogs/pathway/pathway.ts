/**
 * The pathway explorer ("How do I become a nursing associate?") and the options
 * list ("What are my options?").
 *
 * The route card is personal: it starts from the person's role (from the text,
 * or their profile) and leaves out requirements they hold. If neither the text
 * nor the profile gives a role, it asks once (and saves the answer to the
 * profile); skipping shows the route from a support worker post, and says so.
 *
 * Buttons on the card are dialog actions carrying role ids only, so they keep
 * working after the conversation has moved on.
 *
 * The route picture: the card has an image of `/timeline/<from|start>/<to>.svg`
 * on this server. Channels make it absolute with PUBLIC_BASE_URL (Teams and
 * Slack fetch it from there; without it they leave it out), and the playground
 * with its own address. With PUBLIC_BASE_URL the card also links to it.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import {
  actionButton,
  answerButton,
  answerText,
  startButton,
  type Answer,
  type Dialog,
  type StepContext,
  type StepResult,
} from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { findPathways, formatDuration, optionsFrom, type Pathway, type PathwayResult } from '../../src/knowledge/pathways.js';
import { roleWithBand, sourceLinks } from '../../src/knowledge/format.js';
import { matchRole, suggestRoles } from '../../src/knowledge/understand.js';
import { timelinePath } from '../../src/knowledge/timeline.js';
import {
  SKIP,
  capitalise,
  commonRoles,
  looksLikeQuestion,
  norm,
  readRoleAnswer,
  resourceForRequirement,
  roleChoices,
  routeKindText,
  sentence,
} from '../../src/knowledge/read-answers.js';

export const PATHWAY_DIALOG = 'pathway';
export const OPTIONS_DIALOG = 'options';
const CAREER_CONVERSATION_DIALOG = 'career-conversation';

/** Roles people most often ask about, offered as buttons when no target is given (those in the content). */
const POPULAR_TARGETS = [
  'nursing-associate',
  'nurse-adult',
  'midwife',
  'assistant-practitioner',
  'physiotherapist',
  'senior-hcsw',
  'occupational-therapist',
  'paramedic',
];
const MAX_TARGET_BUTTONS = 8;
const MAX_OPTIONS = 8;

export interface PathwayDialogOptions {
  /** Whether a dialog exists (for "Add to my career conversation"). */
  hasDialog: (id: string) => boolean;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function rolesByIds(content: Content, ids: unknown): Role[] {
  if (!Array.isArray(ids)) return [];
  return ids.map((id) => content.roles.get(String(id))).filter((r): r is Role => !!r);
}

export function targetRoles(content: Content): Role[] {
  const out = POPULAR_TARGETS.map((id) => content.roles.get(id)).filter((r): r is Role => !!r);
  if (out.length < 4) {
    for (const r of commonRoles(content, 20).reverse()) if (!out.includes(r)) out.push(r);
  }
  return out.slice(0, MAX_TARGET_BUTTONS);
}

/** The lowest-band, most common support role: where routes start when the role is unknown. */
export function assumedStart(content: Content): Role | undefined {
  const rank = (r: Role) => Math.min(...r.bands.map((b) => ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'].indexOf(b)));
  return [...content.roles.values()]
    .filter((r) => r.family === 'support')
    .sort((a, b) => rank(a) - rank(b) || (a.common ?? 99) - (b.common ?? 99) || a.id.localeCompare(b.id))[0];
}

/** "become an astronaut" -> "astronaut": what the person asked to become, if the text says. */
function askedRole(text: string): string | undefined {
  const m = /\b(?:become|becoming|be|train(?:ing)? (?:as|to be)|get into|work as|qualify as|career as|job as|move into|go into)\s+(?:an?\s+|the\s+)?([a-z0-9][a-z0-9 ]{1,60})$/.exec(norm(text));
  return m?.[1]?.trim();
}

// ---------------------------------------------------------------------------
// The route card

interface RouteQuery {
  to: Role;
  /** The role the route starts from; undefined when unknown. */
  from?: Role;
  held: string[];
  /** The person skipped saying their role. */
  skipped?: boolean;
  /** Show this alternative (1-based) instead of the best route. */
  alt?: number;
}

function stepLine(content: Content, p: Pathway, i: number): string {
  const s = p.steps[i]!;
  return `${roleWithBand(content, s.to)}: ${s.route.title}. ${capitalise(routeKindText(s.route.kind))}, ${formatDuration(s.route.duration)}.`;
}

function summaryLine(p: Pathway): string {
  return `${p.steps.map((s) => s.route.title).join(', then ')} (${formatDuration(p.total)})`;
}

function cardButtons(q: RouteQuery, result: Extract<PathwayResult, { kind: 'found' }>): Choice[] {
  const v = { to: q.to.id, from: q.from?.id ?? '' };
  const choices: Choice[] = [];
  if (result.alternatives.length > 0) choices.push(actionButton(PATHWAY_DIALOG, 'alternatives', q.alt ? 'All routes' : 'Other routes', v));
  choices.push(actionButton(PATHWAY_DIALOG, 'needs', 'What do I need first?', v));
  choices.push(actionButton(PATHWAY_DIALOG, 'resources', 'Resources for this route', v));
  choices.push(actionButton(PATHWAY_DIALOG, 'goal', 'Save as my goal', { to: q.to.id }));
  choices.push(actionButton(PATHWAY_DIALOG, 'conversation', 'Add to my career conversation', { to: q.to.id }));
  return choices;
}

function pathwayOf(result: Extract<PathwayResult, { kind: 'found' }>, alt?: number): Pathway {
  if (alt && alt >= 2) return result.alternatives[alt - 2] ?? result.best;
  return result.best;
}

export function routeCard(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const content = ctx.services.content;
  const result = findPathways(content, { ...(q.from ? { from: q.from.id } : {}), to: q.to.id, held: q.held });
  switch (result.kind) {
    case 'same-role':
      return message([
        { type: 'heading', text: `You are already a ${result.role.title}` },
        { type: 'paragraph', text: 'Would you like to see where you can go next from your role, or look at a different role?' },
        {
          type: 'choices',
          choices: [startButton('What are my options?', OPTIONS_DIALOG), startButton('Find another route', PATHWAY_DIALOG)],
        },
      ]);
    case 'unknown-role':
      return message([
        { type: 'heading', text: 'I do not know that role' },
        { type: 'paragraph', text: 'I could not find that role in the roles I know about. Did you mean one of these?' },
        {
          type: 'choices',
          choices: [
            ...result.suggestions.map((r) => actionButton(PATHWAY_DIALOG, 'show', r.title, { to: r.id, from: q.from?.id ?? '' })),
            startButton('Another role', PATHWAY_DIALOG),
          ],
        },
      ]);
    case 'unreachable': {
      const blocks: Block[] = [
        { type: 'heading', text: `Your route to ${result.target.title}` },
        { type: 'paragraph', text: `I am sorry: ${result.reason}` },
      ];
      blocks.push({ type: 'paragraph', text: `About ${result.target.title}: ${sentence(result.target.summary)}` });
      const links = sourceLinks(ctx.services.content, result.target.sources, 3);
      if (links.length > 0) blocks.push({ type: 'links', links });
      if (result.suggestions.length > 0) {
        blocks.push({ type: 'paragraph', text: 'These roles may be a useful step. Pick one to see the route to it.' });
      }
      blocks.push({
        type: 'choices',
        choices: [
          ...result.suggestions.map((r) => actionButton(PATHWAY_DIALOG, 'show', r.title, { to: r.id, from: q.from?.id ?? '' })),
          startButton('What are my options?', OPTIONS_DIALOG),
          startButton('Another role', PATHWAY_DIALOG),
        ],
      });
      return message(blocks);
    }
    case 'found':
      break;
  }

  const p = pathwayOf(result, q.alt);
  const isAlt = p !== result.best;
  const blocks: Block[] = [{ type: 'heading', text: isAlt ? `Another route to ${q.to.title}` : `Your route to ${q.to.title}` }];
  const first = p.steps[0];
  if (first && first.from === null) {
    blocks.push({ type: 'paragraph', text: 'The first step is open to anyone who meets its entry requirements: you apply for it yourself.' });
  } else if (!result.startAssumed && result.start) {
    blocks.push({ type: 'paragraph', text: `This starts from your role: ${roleWithBand(ctx.services.content, result.start)}.` });
  } else if (first?.from) {
    const why = q.skipped ? 'You skipped your current role' : 'I do not know your current role yet';
    blocks.push({ type: 'paragraph', text: `${why}, so this starts from a support worker post: ${roleWithBand(ctx.services.content, first.from)}.` });
  } else {
    blocks.push({ type: 'paragraph', text: 'The first step is open to anyone who meets its entry requirements.' });
  }
  blocks.push({ type: 'list', ordered: true, items: p.steps.map((_, i) => stepLine(ctx.services.content, p, i)) });
  blocks.push({ type: 'paragraph', text: `Total time: ${formatDuration(p.total)}.` });

  if (p.missing.length > 0) {
    blocks.push({ type: 'paragraph', text: 'What you need first:' });
    blocks.push({
      type: 'list',
      items: p.missing.map((m) => `${m.requirement.title}: ${sentence(m.how)}${m.funding ? ` ${sentence(m.funding)}` : ''}`),
    });
  }
  if (p.funding.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Funding:' });
    blocks.push({ type: 'list', items: p.funding.map(sentence) });
  }
  blocks.push({ type: 'paragraph', text: `Next step: ${sentence(p.nextAction)}` });
  for (const e of p.examples) {
    blocks.push({ type: 'paragraph', text: `One trust's approach (${e.trust}): ${sentence(e.summary)}`, tone: 'muted' });
  }
  const caveats = [...new Set(p.steps.flatMap((s) => s.to.caveats))];
  for (const c of caveats) blocks.push({ type: 'paragraph', text: `Please note: ${sentence(c)}`, tone: 'warning' });
  for (const n of p.notes) blocks.push({ type: 'paragraph', text: `${n.title} (checked ${n.checked}): ${sentence(n.text)}`, tone: 'warning' });

  if (!isAlt && result.alternatives.length > 0) {
    blocks.push({ type: 'paragraph', text: `There ${result.alternatives.length === 1 ? 'is 1 other route' : `are ${result.alternatives.length} other routes`}: press "Other routes" to compare.` });
  }

  const base = ctx.services.publicBaseUrl;
  const links = sourceLinks(ctx.services.content, p.sources, 6);
  if (!isAlt) {
    const path = timelinePath(q.from?.id, q.to.id);
    const alt = `A timeline of your route to ${q.to.title}: ${p.steps.map((s) => `${s.to.title}, ${formatDuration(s.route.duration)}`).join('; then ')}.`;
    blocks.push({ type: 'image', url: path, alt });
    if (base) links.unshift({ label: 'See your route as a picture', url: `${base.replace(/\/+$/, '')}${path}` });
  }
  if (links.length > 0) blocks.push({ type: 'links', links });
  blocks.push({ type: 'choices', choices: cardButtons(q, result) });
  return message(blocks);
}

// ---------------------------------------------------------------------------
// Helpers for actions

async function queryFrom(ctx: StepContext, value: Record<string, string>): Promise<RouteQuery | undefined> {
  const content = ctx.services.content;
  const to = content.roles.get(value['to'] ?? '');
  if (!to) return undefined;
  const profile = await ctx.profile();
  const fromId = str(value['from']) ?? profile?.roleId;
  const from = fromId ? content.roles.get(fromId) : undefined;
  const q: RouteQuery = { to, held: profile?.held ?? [] };
  if (from) q.from = from;
  return q;
}

function staleButton(ctx: StepContext): StepResult {
  ctx.say(
    message([
      { type: 'paragraph', text: 'I could not find that role any more. The roles I know may have changed.' },
      { type: 'choices', choices: [startButton('Find a career route', PATHWAY_DIALOG)] },
    ]),
  );
  return { stay: true };
}

function needsMessage(ctx: StepContext, q: RouteQuery, heldKnown: boolean): OutboundMessage {
  const content = ctx.services.content;
  const result = findPathways(content, { ...(q.from ? { from: q.from.id } : {}), to: q.to.id, held: q.held });
  if (result.kind !== 'found') return routeCard(ctx, q);
  const p = result.best;
  const v = { to: q.to.id, from: q.from?.id ?? '' };
  const blocks: Block[] = [{ type: 'heading', text: `What you need first for ${q.to.title}` }];
  if (p.missing.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: heldKnown
        ? 'From what you have told me, you already have what this route asks for before you start. Talk to your manager about your next step.'
        : 'This route does not ask for anything before you start, beyond what your current role gives you.',
    });
  } else {
    p.missing.forEach((m, i) => {
      const step = p.steps[m.stepIndex];
      const lines: string[] = [sentence(m.how)];
      if (m.duration) lines.push(`It usually takes ${formatDuration(m.duration)}.`);
      if (m.funding) lines.push(`Funding: ${sentence(m.funding)}`);
      if (step) lines.push(`You need it before: ${step.route.title}.`);
      blocks.push({ type: 'paragraph', text: `${i + 1}. ${m.requirement.title}` });
      blocks.push({ type: 'list', items: lines });
      const r = resourceForRequirement(content, m.requirement, m.routeId);
      if (r) blocks.push({ type: 'links', links: [{ label: `${r.title} (${r.cost})`, url: r.url }] });
    });
  }
  const choices: Choice[] = [];
  if (!heldKnown) {
    blocks.push({
      type: 'paragraph',
      text: 'You have not told me your qualifications yet, so this may list things you already have.',
      tone: 'muted',
    });
  }
  choices.push(actionButton('profile', 'change', heldKnown ? 'Update my qualifications' : 'Add my qualifications', { step: 'quals' }));
  choices.push(actionButton(PATHWAY_DIALOG, 'show', 'Back to the route', v));
  choices.push(actionButton(PATHWAY_DIALOG, 'resources', 'Resources for this route', v));
  blocks.push({ type: 'choices', choices });
  return message(blocks);
}

function alternativesMessage(ctx: StepContext, q: RouteQuery): OutboundMessage {
  const content = ctx.services.content;
  const result = findPathways(content, { ...(q.from ? { from: q.from.id } : {}), to: q.to.id, held: q.held });
  if (result.kind !== 'found') return routeCard(ctx, q);
  const v = { to: q.to.id, from: q.from?.id ?? '' };
  const all = [result.best, ...result.alternatives];
  const blocks: Block[] = [{ type: 'heading', text: `Routes to ${q.to.title}` }];
  if (all.length === 1) {
    blocks.push({ type: 'paragraph', text: `This is the only route to ${q.to.title} that I know of from where you are.` });
  } else {
    blocks.push({ type: 'paragraph', text: 'Quickest first. Routes through your employer come before routes you apply for yourself.' });
  }
  blocks.push({
    type: 'list',
    ordered: true,
    items: all.map((p, i) => {
      const open = p.steps[0]?.from === null ? ' You apply for the first step yourself.' : '';
      const need = p.missing.length > 0 ? ` You need first: ${p.missing.map((m) => m.requirement.title).join('; ')}.` : '';
      return `${i === 0 ? 'Main route' : `Route ${i + 1}`}: ${summaryLine(p)}.${open}${need}`;
    }),
  });
  const choices: Choice[] = all.map((_, i) =>
    actionButton(PATHWAY_DIALOG, 'show', i === 0 ? 'Show the main route' : `Show route ${i + 1}`, { ...v, alt: String(i + 1) }),
  );
  blocks.push({ type: 'choices', choices });
  return message(blocks);
}

// ---------------------------------------------------------------------------
// Dialogs

function fromStep(kind: 'pathway' | 'options', show: (ctx: StepContext, from: Role | undefined, skipped: boolean) => Promise<StepResult>) {
  return {
    examples: ['healthcare assistant', 'band 3 HCA', 'skip'],
    async prompt(ctx: StepContext): Promise<OutboundMessage> {
      const content = ctx.services.content;
      const suggest = rolesByIds(content, ctx.data['suggest']);
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text:
            kind === 'pathway'
              ? 'First, what is your current role? Then the route starts from where you are. I will save it to your profile so I do not ask again.'
              : 'What is your current role? I will save it to your profile so I do not ask again.',
        },
      ];
      if (suggest.length > 0) blocks.push({ type: 'paragraph', text: 'Is it one of these? Or type your job title.' });
      else blocks.push({ type: 'paragraph', text: 'Pick one, or type your job title.', tone: 'muted' });
      blocks.push({
        type: 'choices',
        choices: [...roleChoices(ctx, suggest.length > 0 ? suggest : commonRoles(content)), answerButton(ctx, 'Skip', SKIP)],
      });
      return message(blocks);
    },
    async answer(ctx: StepContext, input: Answer): Promise<StepResult> {
      const r = readRoleAnswer(ctx, input);
      switch (r.kind) {
        case 'empty':
          return { retry: true };
        case 'unrelated':
          return { unrelated: true };
        case 'other':
          delete ctx.data['suggest'];
          return { retry: true, hint: 'Type your job title, for example "ward clerk".' };
        case 'nomatch':
          ctx.data['suggest'] = r.suggestions.map((s) => s.id);
          return { retry: true, hint: 'I could not match that to a role I know.' };
        case 'skip':
          return show(ctx, undefined, true);
        case 'role':
          await ctx.updateProfile((p) => {
            p.roleId = r.role.id;
          });
          ctx.say(`Thanks. I have saved your role as ${r.role.title}.`);
          return show(ctx, r.role, false);
      }
    },
    fallback(ctx: StepContext): Choice[] {
      return [...roleChoices(ctx, commonRoles(ctx.services.content)), answerButton(ctx, 'Skip', SKIP)];
    },
  };
}

export function pathwayDialog(opts: PathwayDialogOptions): Dialog {
  const showFor = async (ctx: StepContext, from: Role | undefined, skipped: boolean): Promise<StepResult> => {
    const content = ctx.services.content;
    const to = content.roles.get(String(ctx.data['to'] ?? ''));
    if (!to) return { next: 'target' };
    const profile = await ctx.profile();
    const q: RouteQuery = { to, held: profile?.held ?? [], skipped };
    if (from) q.from = from;
    ctx.say(routeCard(ctx, q));
    return { end: true };
  };

  /** With a target chosen: ask the current role if nobody has said it, then show the route. */
  const withTarget = async (ctx: StepContext, to: Role): Promise<StepResult> => {
    const content = ctx.services.content;
    ctx.data['to'] = to.id;
    delete ctx.data['suggest'];
    delete ctx.data['unknown'];
    const fromId = str(ctx.data['from']) ?? (await ctx.profile())?.roleId;
    const from = fromId ? content.roles.get(fromId) : undefined;
    if (!from) return { next: 'from' };
    return showFor(ctx, from, false);
  };

  return {
    id: PATHWAY_DIALOG,
    title: 'the route finder',
    help: () =>
      message([
        { type: 'heading', text: 'Finding a career route' },
        {
          type: 'paragraph',
          text: 'Tell me the role you are interested in, for example "nursing associate". I show the steps from your current role, how long each takes, who pays, and what you need first. Everything comes from national guidance, with links to the sources.',
        },
      ]),

    async begin(ctx, args) {
      const content = ctx.services.content;
      const from = str(args['fromId']);
      if (from && content.roles.has(from)) ctx.data['from'] = from;
      const to = str(args['roleId']) ? content.roles.get(str(args['roleId'])!) : undefined;
      if (to) return withTarget(ctx, to);
      const text = str(args['text']);
      const asked = text ? askedRole(text) : undefined;
      if (asked) {
        const matched = matchRole(content, asked);
        if (matched) return withTarget(ctx, matched);
        ctx.data['unknown'] = true;
        ctx.data['suggest'] = suggestRoles(content, asked).map((r) => r.id);
      }
      return { next: 'target' };
    },

    steps: {
      target: {
        examples: ['nursing associate', 'paramedic', 'midwife'],
        prompt(ctx) {
          const content = ctx.services.content;
          const suggest = rolesByIds(content, ctx.data['suggest']);
          const blocks: Block[] = [];
          if (ctx.data['unknown']) {
            blocks.push({ type: 'paragraph', text: 'I am sorry, I do not know that role, so I cannot show a route to it.' });
            blocks.push({ type: 'paragraph', text: 'Here are the roles I know that come closest. Pick one, or type another role.' });
          } else if (suggest.length > 0) {
            blocks.push({ type: 'paragraph', text: 'Did you mean one of these? Pick one, or type another role.' });
          } else {
            blocks.push({ type: 'paragraph', text: 'Which role are you interested in?' });
            blocks.push({ type: 'paragraph', text: 'Pick one, or type the role, for example "paramedic".', tone: 'muted' });
          }
          const roles = suggest.length > 0 ? suggest : targetRoles(content);
          blocks.push({ type: 'choices', choices: [...roleChoices(ctx, roles), startButton('What are my options?', OPTIONS_DIALOG)] });
          return message(blocks);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const raw = answerText(input)?.trim() ?? '';
          if (raw === '') return { retry: true };
          if (input.action) {
            const role = content.roles.get(raw);
            return role ? withTarget(ctx, role) : { retry: true };
          }
          const asked = askedRole(raw) ?? raw;
          const role = matchRole(content, asked);
          if (role) return withTarget(ctx, role);
          if (looksLikeQuestion(content, raw)) return { unrelated: true };
          ctx.data['unknown'] = true;
          ctx.data['suggest'] = suggestRoles(content, asked).map((r) => r.id);
          return { retry: true, hint: 'I could not match that to a role I know.' };
        },
        fallback(ctx) {
          return roleChoices(ctx, targetRoles(ctx.services.content));
        },
      },
      from: fromStep('pathway', showFor),
    },

    actions: {
      /** Shows the route card again (or one of the other routes, `alt`). */
      async show(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        const alt = Number(value['alt']);
        if (Number.isInteger(alt) && alt >= 2 && alt <= 9) q.alt = alt;
        ctx.say(routeCard(ctx, q));
        return { stay: true };
      },
      async alternatives(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        ctx.say(alternativesMessage(ctx, q));
        return { stay: true };
      },
      async needs(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        const profile = await ctx.profile();
        ctx.say(needsMessage(ctx, q, profile?.held !== undefined));
        return { stay: true };
      },
      async resources(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        const result = findPathways(ctx.services.content, { ...(q.from ? { from: q.from.id } : {}), to: q.to.id, held: q.held });
        const routeIds = result.kind === 'found' ? result.best.steps.map((s) => s.route.id) : [];
        return { start: 'resources', args: { routeId: routeIds.join(','), roleId: q.to.id } };
      },
      async goal(ctx, value) {
        const to = ctx.services.content.roles.get(value['to'] ?? '');
        if (!to) return staleButton(ctx);
        await ctx.updateProfile((p) => {
          p.goalRoleId = to.id;
        });
        const v = { to: to.id, from: '' };
        const choices: Choice[] = [
          actionButton(PATHWAY_DIALOG, 'needs', 'What do I need first?', v),
          actionButton(PATHWAY_DIALOG, 'resources', 'Resources for this route', v),
        ];
        if (opts.hasDialog(CAREER_CONVERSATION_DIALOG)) {
          choices.push(actionButton(PATHWAY_DIALOG, 'conversation', 'Add to my career conversation', { to: to.id }));
        }
        ctx.say(
          message([
            { type: 'paragraph', text: `I have saved ${to.title} as your goal. I will use it to suggest resources, and you can change it at any time.` },
            { type: 'choices', choices },
          ]),
        );
        return { stay: true };
      },
      async conversation(ctx, value) {
        const to = ctx.services.content.roles.get(value['to'] ?? '');
        if (!to) return staleButton(ctx);
        if (opts.hasDialog(CAREER_CONVERSATION_DIALOG)) {
          return { start: CAREER_CONVERSATION_DIALOG, args: { roleId: to.id } };
        }
        await ctx.updateProfile((p) => {
          p.goalRoleId = to.id;
        });
        ctx.say(
          message([
            {
              type: 'paragraph',
              text: `Career conversations are not set up here yet, so I have saved ${to.title} as your goal instead. You can take this route to your next appraisal or one-to-one with your manager.`,
            },
            { type: 'choices', choices: [actionButton(PATHWAY_DIALOG, 'needs', 'What do I need first?', { to: to.id, from: '' })] },
          ]),
        );
        return { stay: true };
      },
    },
  };
}

// ---------------------------------------------------------------------------
// Options

function optionsMessage(ctx: StepContext, from: Role, held: string[], assumed: boolean): OutboundMessage {
  const content = ctx.services.content;
  const options = optionsFrom(content, from.id, held);
  const blocks: Block[] = [{ type: 'heading', text: `Your next steps from ${from.title}` }];
  if (assumed) {
    blocks.push({ type: 'paragraph', text: `You skipped your current role, so these start from a support worker post: ${roleWithBand(content, from)}.` });
  }
  if (options.length === 0) {
    blocks.push({ type: 'paragraph', text: `I have no routes from ${from.title} yet. Ask me about a role you are interested in, and I will look for a route.` });
    blocks.push({ type: 'choices', choices: [startButton('Find a career route', PATHWAY_DIALOG)] });
    return message(blocks);
  }
  const shown = options.slice(0, MAX_OPTIONS);
  blocks.push({ type: 'paragraph', text: 'Shortest first. Pick one to see the whole route, what you need first and who pays.' });
  blocks.push({
    type: 'list',
    items: shown.map((o) => {
      const open = o.viaAny ? ' You apply for this yourself.' : '';
      const need = o.missing.length > 0 ? ` You need first: ${o.missing.map((m) => m.requirement.title).join('; ')}.` : '';
      return `${roleWithBand(content, o.to)}: ${o.route.title}. ${capitalise(routeKindText(o.kind))}, ${formatDuration(o.duration)}.${open}${need}`;
    }),
  });
  const more = [...new Set(options.slice(MAX_OPTIONS).map((o) => o.to.title))];
  if (more.length > 0) blocks.push({ type: 'paragraph', text: `Longer routes also lead to: ${more.join(', ')}.`, tone: 'muted' });
  const targets = [...new Map(shown.map((o) => [o.to.id, o.to])).values()];
  blocks.push({
    type: 'choices',
    choices: targets.map((t) => startButton(`Show route: ${t.title}`, PATHWAY_DIALOG, { roleId: t.id, ...(assumed ? {} : { fromId: from.id }) })),
  });
  return message(blocks);
}

export function optionsDialog(): Dialog {
  const show = async (ctx: StepContext, from: Role | undefined, skipped: boolean): Promise<StepResult> => {
    const content = ctx.services.content;
    const start = from ?? assumedStart(content);
    if (!start) {
      ctx.say(message([{ type: 'paragraph', text: 'I have no roles to start from yet.' }, { type: 'choices', choices: [startButton('Find a career route', PATHWAY_DIALOG)] }]));
      return { end: true };
    }
    const profile = await ctx.profile();
    ctx.say(optionsMessage(ctx, start, profile?.held ?? [], skipped || !from));
    return { end: true };
  };
  return {
    id: OPTIONS_DIALOG,
    title: 'your options',
    help: () =>
      message([
        { type: 'heading', text: 'Your options' },
        { type: 'paragraph', text: 'I list the next steps open from your current role: the role, its band, how you get there and how long it takes.' },
      ]),
    async begin(ctx, args) {
      const content = ctx.services.content;
      const fromId = str(args['fromId']) ?? (await ctx.profile())?.roleId;
      const from = fromId ? content.roles.get(fromId) : undefined;
      if (!from) return { next: 'from' };
      return show(ctx, from, false);
    },
    steps: {
      from: fromStep('options', show),
    },
  };
}
