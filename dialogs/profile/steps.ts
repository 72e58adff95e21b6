/**
 * The profile's questions, one step each: role (picked, or typed after
 * "Something else"), band, area of work, qualifications and line manager.
 * Every answer can be skipped and is saved as soon as it is given.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { answerButton, answerText, type Answer, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import { bandLabel } from '../../src/knowledge/format.js';
import {
  BAND_BUTTONS,
  OTHER,
  SKIP,
  askableRequirements,
  commonRoles,
  isSkip,
  looksLikeQuestion,
  parseBand,
  parseQuals,
  readRoleAnswer,
  roleChoices,
} from '../../src/knowledge/read-answers.js';
import { AREA_MAX, CLEAR, FORM, NONE, UNSURE, after, baseTitle, heldTitles, saveRole, skipped } from './common.js';
import { profileWords } from './wording.js';

/** "What is your current role?", or, after "Something else", "What is your job title?". */
export function roleStep(content: Content, typed: boolean): Step {
  return {
    examples: [...profileWords(content).role.examples],
    takes: { kind: 'role', intents: ['profile'] },
    async prompt(ctx: StepContext): Promise<OutboundMessage> {
      const content = ctx.services.content;
      const w = profileWords(content);
      const p = await ctx.profile();
      const current = p?.roleId ? content.roles.get(p.roleId) : undefined;
      const suggest = Array.isArray(ctx.data['suggest'])
        ? (ctx.data['suggest'] as unknown[]).map((id) => content.roles.get(String(id))).filter((r): r is Role => !!r)
        : [];
      const blocks: Block[] = [{ type: 'paragraph', text: typed ? w.role.typedQuestion : w.role.question }];
      if (current) blocks.push({ type: 'paragraph', text: w.current({ value: current.title }), tone: 'muted' });
      const choices: Choice[] = [];
      if (suggest.length > 0) {
        blocks.push({ type: 'paragraph', text: w.role.oneOfThese });
        choices.push(...roleChoices(ctx, suggest));
      } else if (!typed) {
        choices.push(...roleChoices(ctx, commonRoles(content)));
      }
      if (!typed || suggest.length > 0) choices.push(answerButton(ctx, w.role.somethingElse, OTHER));
      choices.push(answerButton(ctx, w.skip, SKIP));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx: StepContext, input: Answer): Promise<StepResult> {
      const r = readRoleAnswer(ctx, input);
      switch (r.kind) {
        case 'empty':
          return { retry: true };
        case 'unrelated':
          return { unrelated: true };
        case 'skip':
          return skipped(ctx, 'role');
        case 'other':
          delete ctx.data['suggest'];
          if (typed) return { stay: true };
          return { next: 'roleText' };
        case 'nomatch':
          ctx.data['suggest'] = r.suggestions.map((s) => s.id);
          return { retry: true, hint: profileWords(ctx.services.content).role.noMatch };
        case 'role':
          await saveRole(ctx, r.role);
          return after(ctx, 'role', profileWords(ctx.services.content).role.saved({ role: r.role.title }));
      }
    },
    fallback(ctx: StepContext): Choice[] {
      return [...roleChoices(ctx, commonRoles(ctx.services.content)), answerButton(ctx, profileWords(ctx.services.content).skip, SKIP)];
    },
  };
}

/** "Band 2 or Band 3 or Band 4". */
function eitherOf(content: Content, items: readonly string[]): string {
  const or = profileWords(content).band.or;
  return items.slice(1).reduce((first, second) => or({ first, second }), items[0] ?? '');
}

function bandButtons(ctx: StepContext, usual: readonly string[] = []): Choice[] {
  const content = ctx.services.content;
  const w = profileWords(content);
  const choices = BAND_BUTTONS.map((b) => answerButton(ctx, bandLabel(content, b), b, usual.includes(b) ? 'primary' : undefined));
  choices.push(answerButton(ctx, w.band.notSure, UNSURE), answerButton(ctx, w.skip, SKIP));
  return choices;
}

export function bandStep(content: Content): Step {
  return {
    examples: [...profileWords(content).band.examples],
    async prompt(ctx) {
      const content = ctx.services.content;
      const w = profileWords(content);
      const p = await ctx.profile();
      const role = p?.roleId ? content.roles.get(p.roleId) : undefined;
      const usual = role && !role.bandVaries ? role.bands.filter((b) => (BAND_BUTTONS as readonly string[]).includes(b)) : [];
      const blocks: Block[] = [{ type: 'paragraph', text: w.band.question }];
      if (role && usual.length > 0) {
        blocks.push({
          type: 'paragraph',
          text: w.band.usually({ role: baseTitle(role).toLowerCase(), bands: eitherOf(content, usual.map((b) => bandLabel(content, b))) }),
        });
      }
      if (p?.band) blocks.push({ type: 'paragraph', text: w.current({ value: bandLabel(content, p.band) }), tone: 'muted' });
      blocks.push({ type: 'choices', choices: bandButtons(ctx, usual) });
      return message(blocks);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = profileWords(content);
      const text = answerText(input)?.trim() ?? '';
      if (isSkip(content, text)) return skipped(ctx, 'band');
      const b = parseBand(content, text);
      if (b && 'unsure' in b) return after(ctx, 'band', w.band.notSureReply);
      if (b) {
        await ctx.updateProfile((p) => {
          p.band = b.band;
        });
        return after(ctx, 'band', w.band.saved({ band: bandLabel(content, b.band) }));
      }
      if (looksLikeQuestion(content, text)) return { unrelated: true };
      return { retry: true, hint: w.band.retry };
    },
    fallback(ctx) {
      return bandButtons(ctx);
    },
  };
}

export function areaStep(content: Content): Step {
  return {
    examples: [...profileWords(content).area.examples],
    takes: { kind: 'text', intents: ['profile'] },
    async prompt(ctx) {
      const w = profileWords(ctx.services.content);
      const p = await ctx.profile();
      const blocks: Block[] = [{ type: 'paragraph', text: w.area.question }];
      if (p?.area) blocks.push({ type: 'paragraph', text: w.current({ value: p.area }), tone: 'muted' });
      const choices: Choice[] = [answerButton(ctx, w.skip, SKIP)];
      if (p?.area) choices.push(answerButton(ctx, w.area.remove, CLEAR));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = profileWords(content);
      const text = answerText(input)?.trim() ?? '';
      if (text === '') return { retry: true };
      if (isSkip(content, text)) return skipped(ctx, 'area');
      if (input.action && text === CLEAR) {
        await ctx.updateProfile((p) => {
          delete p.area;
        });
        return after(ctx, 'area', w.area.removed);
      }
      if (input.action) return { retry: true };
      if (looksLikeQuestion(content, text)) return { unrelated: true };
      const area = text.replace(/\s+/g, ' ').trim().slice(0, AREA_MAX).trim();
      await ctx.updateProfile((p) => {
        p.area = area;
      });
      return after(ctx, 'area', w.area.saved);
    },
    fallback(ctx) {
      return [answerButton(ctx, profileWords(ctx.services.content).skip, SKIP)];
    },
  };
}

function qualsButtons(ctx: StepContext): Choice[] {
  const w = profileWords(ctx.services.content);
  return [answerButton(ctx, w.quals.noneOfThese, NONE), answerButton(ctx, w.skip, SKIP)];
}

export function qualsStep(content: Content): Step {
  return {
    examples: [...profileWords(content).quals.examples],
    async prompt(ctx) {
      const content = ctx.services.content;
      const w = profileWords(content);
      const p = await ctx.profile();
      const askable = askableRequirements(content);
      const initial = (p?.held ?? []).filter((id) => askable.some((r) => r.id === id));
      return message([
        { type: 'paragraph', text: w.quals.question },
        {
          type: 'inputs',
          fields: [
            {
              id: 'held',
              label: w.quals.fieldLabel,
              kind: 'choice',
              multiple: true,
              optional: true,
              options: askable.map((r) => ({ label: r.title, value: r.id })),
              ...(initial.length > 0 ? { initial: initial.join(',') } : {}),
            },
          ],
          submit: answerButton(ctx, w.quals.save, FORM, 'primary'),
        },
        { type: 'paragraph', text: w.quals.hint, tone: 'muted' },
        { type: 'choices', choices: qualsButtons(ctx) },
      ]);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = profileWords(content);
      const askable = new Set(askableRequirements(content).map((r) => r.id));
      const text = answerText(input)?.trim() ?? '';
      let chosen: string[] | undefined;
      if (input.action && text === FORM) {
        chosen = (input.action.value['held'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((id) => askable.has(id));
      } else if (input.action && text === NONE) {
        chosen = [];
      } else if (isSkip(content, text)) {
        return skipped(ctx, 'quals');
      } else if (!input.action) {
        const q = parseQuals(content, text, w.quals.noneWords);
        if (q) chosen = 'none' in q ? [] : q.held;
        else if (looksLikeQuestion(content, text)) return { unrelated: true };
      }
      if (!chosen) return { retry: true, hint: w.quals.notUnderstood };
      const picked = [...new Set(chosen)];
      await ctx.updateProfile((p) => {
        // Keep anything held that the profile does not ask about.
        p.held = [...(p.held ?? []).filter((id) => !askable.has(id)), ...picked];
        // This answer replaces what they said before about the qualifications asked here.
        if (p.lacks) p.lacks = p.lacks.filter((id) => !askable.has(id) && !picked.includes(id));
        if (p.lacks?.length === 0) delete p.lacks;
      });
      const titles = heldTitles(content, picked);
      return after(ctx, 'quals', titles.length > 0 ? w.quals.saved({ qualifications: titles.join('; ') }) : w.quals.savedNone);
    },
    fallback(ctx) {
      return qualsButtons(ctx);
    },
  };
}

export function managerStep(content: Content): Step {
  return {
    examples: [...profileWords(content).manager.examples],
    async prompt(ctx) {
      const w = profileWords(ctx.services.content);
      const p = await ctx.profile();
      const blocks: Block[] = [
        { type: 'paragraph', text: w.manager.question },
        { type: 'paragraph', text: w.manager.privacy, tone: 'muted' },
      ];
      if (ctx.msg.platform === 'local') {
        blocks.push({ type: 'paragraph', text: w.manager.testChat, tone: 'muted' });
      }
      if (p?.managerName || p?.managerKey) {
        blocks.push({ type: 'paragraph', text: w.current({ value: p.managerName || w.manager.savedNoName }), tone: 'muted' });
      }
      const choices: Choice[] = [answerButton(ctx, w.skip, SKIP)];
      if (p?.managerKey) choices.push(answerButton(ctx, w.manager.remove, CLEAR));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = profileWords(content);
      const text = answerText(input)?.trim() ?? '';
      const mention = input.action ? undefined : ctx.msg.mentions?.find((m) => m.userKey !== ctx.msg.userKey);
      if (mention) {
        const name = mention.name.trim() || w.manager.noName;
        await ctx.updateProfile((p) => {
          p.managerKey = mention.userKey;
          p.managerName = name;
        });
        return after(ctx, 'manager', w.manager.saved({ name }));
      }
      if (isSkip(content, text)) return skipped(ctx, 'manager');
      if (input.action && text === CLEAR) {
        await ctx.updateProfile((p) => {
          delete p.managerKey;
          delete p.managerName;
        });
        return after(ctx, 'manager', w.manager.removed);
      }
      if (ctx.msg.mentions?.some((m) => m.userKey === ctx.msg.userKey)) {
        return { retry: true, hint: w.manager.mentionedSelf };
      }
      if (!input.action && looksLikeQuestion(content, text)) return { unrelated: true };
      return { retry: true, hint: w.manager.noMention };
    },
    fallback(ctx) {
      return [answerButton(ctx, profileWords(ctx.services.content).skip, SKIP)];
    },
  };
}
