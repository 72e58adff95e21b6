/**
 * The route finder ("How do I become a nursing associate?"): asks which role
 * if the text does not say, asks the current role once if nobody has said it
 * (and saves it to the profile), then shows the route card (route-card.ts).
 * With `onBehalf: 'yes'` (a manager asking for someone else) it uses only the
 * role the question gave for that person, and saves nothing.
 * The card's buttons are this dialog's actions, so they keep working later.
 * The words are in content/wording/pathway.yaml.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { actionButton, answerText, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { matchRole, normalise, suggestRoles } from '../../src/knowledge/understand.js';
import { commonRoles, looksLikeQuestion, norm, roleChoices } from '../../src/knowledge/read-answers.js';
import { CAREER_CONVERSATION_DIALOG, OPTIONS_DIALOG, PATHWAY_DIALOG, str } from './ids.js';
import { fromStep, rolesByIds } from './from-step.js';
import { alternativesMessage, detailMessage, findFor, fundingMessage, needsMessage, pathwayFor, queryFrom, routeCard, sourcesMessage, type RouteQuery } from './route-card.js';
import { circumstanceBlocks, circumstanceQuery } from './circumstances.js';
import { pathwayWords } from './wording.js';

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

export interface PathwayDialogOptions {
  /** Whether a dialog exists (for "Add to my career conversation"). */
  hasDialog: (id: string) => boolean;
  /** The content the dialog's title and examples come from (read once, here). */
  content: Content;
}

export function targetRoles(content: Content): Role[] {
  const out = POPULAR_TARGETS.map((id) => content.roles.get(id)).filter((r): r is Role => !!r);
  if (out.length < 4) {
    for (const r of commonRoles(content, 20).reverse()) if (!out.includes(r)) out.push(r);
  }
  return out.slice(0, MAX_TARGET_BUTTONS);
}

/** "become an astronaut" -> "astronaut": what the person asked to become, if the text says. */
function askedRole(text: string): string | undefined {
  const m = /\b(?:become|becoming|be|train(?:ing)? (?:as|to be)|get into|work as|qualify as|career as|job as|move into|go into)\s+(?:an?\s+|the\s+)?([a-z0-9][a-z0-9 ]{1,60})$/.exec(norm(text));
  return m?.[1]?.trim();
}

/** The general job the text names ("nurse"), when the text does not say which kind is meant. */
export function askWhichFor(content: Content, role: Role, text: string) {
  const said = ` ${normalise(text, content.understanding)} `;
  // Roles this content does not have are left out; with fewer than two left there is nothing to ask.
  return content.understanding.statedFacts.askWhich.find(
    (e) =>
      e.role === role.id &&
      e.choices.filter((id) => content.roles.has(id)).length >= 2 &&
      !e.unlessSays.some((w) => said.includes(` ${w} `)),
  );
}

/** The route now talked about becomes the conversation's topic, for follow-ups ("how long does it take?"). */
function setTopic(ctx: StepContext, q: { to: Role; from?: Role | undefined; onBehalf?: boolean | undefined; alt?: number | undefined }): void {
  const topic: NonNullable<StepContext['topic']> = { toRoleId: q.to.id };
  if (q.from) topic.fromRoleId = q.from.id;
  if (q.alt && q.alt >= 2) topic.routeIndex = q.alt;
  if (q.onBehalf) topic.onBehalf = true;
  ctx.topic = topic;
}

function staleButton(ctx: StepContext): StepResult {
  const w = pathwayWords(ctx.services.content);
  ctx.say(
    message([
      { type: 'paragraph', text: w.roleGone },
      { type: 'choices', choices: [startButton(w.buttons.findRoute, PATHWAY_DIALOG)] },
    ]),
  );
  return { stay: true };
}

export function pathwayDialog(opts: PathwayDialogOptions): Dialog {
  const built = pathwayWords(opts.content);

  const showFor = async (ctx: StepContext, from: Role | undefined, skipped: boolean): Promise<StepResult> => {
    const content = ctx.services.content;
    const to = content.roles.get(String(ctx.data['to'] ?? ''));
    if (!to) return { next: 'target' };
    // For someone else, nothing comes from the asker's profile.
    const onBehalf = ctx.data['behalf'] === true;
    const profile = onBehalf ? undefined : await ctx.profile();
    const q: RouteQuery = { to, held: profile?.held ?? [], skipped, ...circumstanceQuery(profile) };
    if (from) q.from = from;
    if (onBehalf) q.onBehalf = true;
    const said = circumstanceBlocks(content, profile, findFor(ctx.services, q));
    if (said.length > 0) q.said = said;
    setTopic(ctx, q);
    ctx.say(routeCard(ctx, q));
    return { end: true };
  };

  /**
   * With a target chosen: ask the current role if nobody has said it, then show
   * the route. For someone else, the route starts from their role as the
   * question gave it, or from a support worker post: the asker's own role is
   * not theirs, and nothing is asked that would be saved to the asker's profile.
   */
  const withTarget = async (ctx: StepContext, to: Role): Promise<StepResult> => {
    const content = ctx.services.content;
    ctx.data['to'] = to.id;
    delete ctx.data['suggest'];
    delete ctx.data['unknown'];
    const onBehalf = ctx.data['behalf'] === true;
    const fromId = str(ctx.data['from']) ?? (onBehalf ? undefined : (await ctx.profile())?.roleId);
    const from = fromId ? content.roles.get(fromId) : undefined;
    // Asked about already, while the current role is still to come ("how long does it take?" at that question).
    setTopic(ctx, { to, from, onBehalf });
    if (!from && onBehalf) return showFor(ctx, undefined, false);
    if (!from) return { next: 'from' };
    return showFor(ctx, from, false);
  };

  return {
    id: PATHWAY_DIALOG,
    title: built.title.pathway,
    help: (ctx) => {
      const w = pathwayWords(ctx.services.content).help;
      return message([
        { type: 'heading', text: w.heading },
        { type: 'paragraph', text: w.text },
      ]);
    },

    async begin(ctx, args) {
      const content = ctx.services.content;
      if (args['onBehalf'] === 'yes') ctx.data['behalf'] = true;
      const from = str(args['fromId']);
      if (from && content.roles.has(from)) ctx.data['from'] = from;
      const to = str(args['roleId']) ? content.roles.get(str(args['roleId'])!) : undefined;
      const general = to && str(args['text']) ? askWhichFor(content, to, str(args['text'])!) : undefined;
      if (general) {
        // "How do I become a nurse?": which field? Asked once, with the fields as buttons.
        ctx.data['which'] = content.understanding.statedFacts.askWhich.indexOf(general);
        return { next: 'which' };
      }
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
        examples: [...built.target.examples],
        takes: { kind: 'role', intents: ['pathway'] },
        prompt(ctx) {
          const content = ctx.services.content;
          const w = pathwayWords(content);
          const suggest = rolesByIds(content, ctx.data['suggest']);
          const blocks: Block[] = [];
          if (ctx.data['unknown']) {
            blocks.push({ type: 'paragraph', text: w.target.notKnown });
            blocks.push({ type: 'paragraph', text: w.target.closest });
          } else if (suggest.length > 0) {
            blocks.push({ type: 'paragraph', text: w.target.didYouMean });
          } else {
            blocks.push({ type: 'paragraph', text: w.target.question });
            blocks.push({ type: 'paragraph', text: w.target.hint, tone: 'muted' });
          }
          const roles = suggest.length > 0 ? suggest : targetRoles(content);
          blocks.push({ type: 'choices', choices: [...roleChoices(ctx, roles), startButton(w.buttons.options, OPTIONS_DIALOG)] });
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
          return { retry: true, hint: pathwayWords(content).noMatch };
        },
        fallback(ctx) {
          return roleChoices(ctx, targetRoles(ctx.services.content));
        },
      },
      from: fromStep(opts.content, 'pathway', showFor),
      which: {
        prompt(ctx) {
          const content = ctx.services.content;
          const entry = content.understanding.statedFacts.askWhich[Number(ctx.data['which'])];
          const roles = rolesByIds(content, entry?.choices ?? []);
          return message([
            { type: 'paragraph', text: entry?.question ?? pathwayWords(content).target.question },
            { type: 'choices', choices: roleChoices(ctx, roles) },
          ]);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const entry = content.understanding.statedFacts.askWhich[Number(ctx.data['which'])];
          const choices = new Set(entry?.choices ?? []);
          const raw = answerText(input)?.trim() ?? '';
          if (raw === '') return { retry: true };
          const role = input.action ? content.roles.get(raw) : matchRole(content, raw);
          if (role && choices.has(role.id)) return withTarget(ctx, role);
          if (!input.action && looksLikeQuestion(content, raw)) return { unrelated: true };
          // "adult" or "mental health" on its own: the field's name without the job.
          const byField = !input.action ? [...choices].map((id) => content.roles.get(id)).find((r) => r && norm(r.title).includes(norm(raw))) : undefined;
          if (byField) return withTarget(ctx, byField);
          return { retry: true };
        },
        fallback(ctx) {
          const content = ctx.services.content;
          const entry = content.understanding.statedFacts.askWhich[Number(ctx.data['which'])];
          return roleChoices(ctx, rolesByIds(content, entry?.choices ?? []));
        },
      },
    },

    actions: {
      /** Shows the route card again (or one of the other routes, `alt`). */
      async show(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        setTopic(ctx, q);
        ctx.say(routeCard(ctx, q));
        return { stay: true };
      },
      async alternatives(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        ctx.say(alternativesMessage(ctx, q));
        return { stay: true };
      },
      /** The card's sections one tap away: each answers with its section of the route on the card. */
      async funding(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        ctx.say(fundingMessage(ctx, q));
        return { stay: true };
      },
      async detail(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        ctx.say(detailMessage(ctx, q));
        return { stay: true };
      },
      async sources(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        ctx.say(sourcesMessage(ctx, q));
        return { stay: true };
      },
      async needs(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        const profile = q.onBehalf ? undefined : await ctx.profile();
        setTopic(ctx, q);
        ctx.say(needsMessage(ctx, q, profile?.held !== undefined));
        return { stay: true };
      },
      async resources(ctx, value) {
        const q = await queryFrom(ctx, value);
        if (!q) return staleButton(ctx);
        const routeIds = pathwayFor(ctx.services, q)?.steps.map((s) => s.route.id) ?? [];
        return { start: 'resources', args: { routeId: routeIds.join(','), roleId: q.to.id } };
      },
      async goal(ctx, value) {
        const to = ctx.services.content.roles.get(value['to'] ?? '');
        if (!to) return staleButton(ctx);
        const w = pathwayWords(ctx.services.content);
        await ctx.updateProfile((p) => {
          p.goalRoleId = to.id;
        });
        const v = { to: to.id, from: '' };
        const choices: Choice[] = [
          actionButton(PATHWAY_DIALOG, 'needs', w.buttons.needs, v),
          actionButton(PATHWAY_DIALOG, 'resources', w.buttons.resources, v),
        ];
        if (opts.hasDialog(CAREER_CONVERSATION_DIALOG)) {
          choices.push(actionButton(PATHWAY_DIALOG, 'conversation', w.buttons.conversation, { to: to.id }));
        }
        ctx.say(
          message([
            { type: 'paragraph', text: w.goal.saved({ role: to.title }) },
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
        const w = pathwayWords(ctx.services.content);
        await ctx.updateProfile((p) => {
          p.goalRoleId = to.id;
        });
        ctx.say(
          message([
            { type: 'paragraph', text: w.goal.noConversations({ role: to.title }) },
            { type: 'choices', choices: [actionButton(PATHWAY_DIALOG, 'needs', w.buttons.needs, { to: to.id, from: '' })] },
          ]),
        );
        return { stay: true };
      },
    },
  };
}
