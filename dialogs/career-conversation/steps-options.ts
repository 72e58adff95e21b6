/**
 * Part 3 of the career conversation: what are my options? Next steps from the
 * person's role (from the pathway engine), the role they arrived with and
 * their saved goal first; or any role they type. Asks for the current role
 * first when the profile has none.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { answerButton, type Step, type StepContext } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { examplesLine, isAnswer } from '../../src/core/words.js';
import { findPathways, formatDuration, optionsFrom } from '../../src/knowledge/pathways.js';
import { matchRole, suggestRoles } from '../../src/knowledge/understand.js';
import { roleWithBand } from '../../src/knowledge/format.js';
import { clean, isNo, isSkip, looksUnrelated } from './answers.js';
import { CANCEL, DONE, MAX_OPTIONS_SHOWN, NONE_OF_THESE, data, words } from './data.js';
import type { CareerConversationWords } from './wording.js';

/** The value of the "Clear my choices" button. */
const CLEAR = 'clear';

interface Candidate {
  role: Role;
  duration?: string;
  route?: string;
  note?: string;
}

async function candidates(ctx: StepContext): Promise<{ from?: Role; list: Candidate[] }> {
  const content = ctx.services.content;
  const w = words(ctx).options;
  const profile = await ctx.profile();
  const from = profile?.roleId ? content.roles.get(profile.roleId) : undefined;
  const held = profile?.held ?? [];
  const opts = from ? optionsFrom(content, from.id, held) : [];
  const list: Candidate[] = [];
  const seen = new Set<string>(from ? [from.id] : []);
  const add = (id: string | undefined, note?: string) => {
    if (!id || seen.has(id) || list.length >= MAX_OPTIONS_SHOWN) return;
    const role = content.roles.get(id);
    if (!role) return;
    seen.add(id);
    const c: Candidate = { role };
    if (note) c.note = note;
    const opt = opts.find((o) => o.to.id === id);
    if (opt) {
      c.duration = formatDuration(content, opt.duration);
      c.route = opt.route.title;
    } else {
      const q: { to: string; from?: string; held: string[] } = { to: id, held };
      if (from) q.from = from.id;
      const found = findPathways(content, q);
      if (found.kind === 'found') {
        c.duration = formatDuration(content, found.best.total);
        c.route = found.best.steps.map((s) => s.route.title).reduce((before, after) => w.then({ before, after }));
      }
    }
    list.push(c);
  };
  add(data(ctx).suggested, w.lookingAt);
  add(profile?.goalRoleId, w.savedGoal);
  for (const o of opts) add(o.to.id);
  const out: { from?: Role; list: Candidate[] } = { list };
  if (from) out.from = from;
  return out;
}

/** "Assistant practitioner (Band 4): 18 months to 2 years". */
function candidateLabel(w: CareerConversationWords['options'], content: Content, c: Candidate): string {
  const role = roleWithBand(content, c.role);
  return c.duration ? w.button({ role, duration: c.duration }) : role;
}

/** "Assistant practitioner (Band 4): Apprenticeship, 18 months to 2 years (your saved goal)". */
function candidateLine(w: CareerConversationWords['options'], content: Content, c: Candidate): string {
  const role = roleWithBand(content, c.role);
  const line = c.route && c.duration ? w.line({ role, route: c.route, duration: c.duration }) : role;
  return c.note ? w.noted({ line, note: c.note }) : line;
}

function optionsRoleStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.optionsRole.examples],
    takes: { kind: 'role', intents: ['profile'] },
    prompt(ctx) {
      const w = words(ctx);
      const examples = examplesLine(ctx.services.content, w.optionsRole.examples);
      return message([
        { type: 'heading', text: w.parts.options },
        { type: 'paragraph', text: w.optionsRole.question },
        ...(examples ? [{ type: 'paragraph' as const, text: examples, tone: 'muted' as const }] : []),
        { type: 'choices', choices: [answerButton(ctx, w.optionsRole.carryOn, CANCEL)] },
      ]);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = words(ctx).optionsRole;
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === CANCEL || isSkip(content, t) || isAnswer(content, t, ['no'], w.carryOnWords)) return { next: 'options' };
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      const role = matchRole(content, t);
      if (!role) return { retry: true, hint: w.hint };
      await ctx.updateProfile((p) => {
        p.roleId = role.id;
      });
      return { next: 'options', first: w.saved({ role: role.title }) };
    },
    fallback(ctx) {
      const t = ctx.msg.text ?? '';
      return [...suggestRoles(ctx.services.content, t).map((r) => answerButton(ctx, r.title, r.id)), answerButton(ctx, words(ctx).optionsRole.carryOn, CANCEL)];
    },
  };
}

function optionsStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.options.examples],
    takes: { kind: 'role', intents: ['pathway', 'options'] },
    async prompt(ctx) {
      const d = data(ctx);
      const content = ctx.services.content;
      const all = words(ctx);
      const w = all.options;
      const { from, list } = await candidates(ctx);
      const blocks: Block[] = [];
      if (d.options.length === 0) blocks.push({ type: 'heading', text: all.parts.options });
      if (list.length > 0) {
        blocks.push({ type: 'paragraph', text: from ? w.fromRole({ role: from.title }) : w.noRole });
        blocks.push({ type: 'list', items: list.map((c) => candidateLine(w, content, c)) });
        blocks.push({ type: 'paragraph', text: w.typical, tone: 'muted' });
      } else {
        blocks.push({ type: 'paragraph', text: w.typeOne });
        const examples = examplesLine(content, w.typeExamples);
        if (examples) blocks.push({ type: 'paragraph', text: examples, tone: 'muted' });
      }
      const choices: Choice[] = list.filter((c) => !d.options.includes(c.role.id)).map((c) => answerButton(ctx, candidateLabel(w, content, c), c.role.id));
      if (d.options.length > 0) {
        blocks.push({ type: 'paragraph', text: w.picked({ roles: d.options.map((id) => content.roles.get(id)?.title ?? id).join(', ') }) });
        choices.push(answerButton(ctx, w.thatsAll, DONE, 'primary'));
        choices.push(answerButton(ctx, w.clear, CLEAR));
      } else {
        choices.push(answerButton(ctx, w.noneOfThese, NONE_OF_THESE));
      }
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx, input) {
      const d = data(ctx);
      const content = ctx.services.content;
      const w = words(ctx).options;
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === DONE || t === NONE_OF_THESE || isSkip(content, t) || isNo(content, t) || isAnswer(content, t, [], w.doneWords)) {
        return { next: 'needs' };
      }
      if (t === CLEAR || isAnswer(content, t, [], w.clearWords)) {
        d.options = [];
        return { stay: true };
      }
      const direct = content.roles.get(t);
      const role = direct ?? (looksUnrelated(ctx, t) ? null : matchRole(content, t));
      if (!role) {
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: w.hint };
      }
      if (!d.options.includes(role.id)) d.options = [...d.options, role.id];
      if (d.options.length >= MAX_OPTIONS_SHOWN) return { next: 'needs' };
      ctx.say(w.added({ role: role.title }));
      return { stay: true };
    },
    fallback(ctx) {
      const t = ctx.msg.text ?? '';
      const w = words(ctx).options;
      return [
        ...suggestRoles(ctx.services.content, t).map((r) => answerButton(ctx, r.title, r.id)),
        answerButton(ctx, data(ctx).options.length > 0 ? w.thatsAll : w.noneOfThese, DONE),
      ];
    },
  };
}

/** The steps of part 3. */
export function optionsSteps(w: CareerConversationWords): Record<string, Step> {
  return {
    'options-role': optionsRoleStep(w),
    options: optionsStep(w),
  };
}
