/**
 * Learning resources, five at a time:
 *  - by roadmap area (the five areas of the support worker learning and
 *    development roadmap), from the question or asked with five buttons;
 *  - by goal (resources for the person's saved goal role);
 *  - by route (from the route card's "Resources for this route": resources for
 *    the route's steps, plus those for the role it leads to).
 * Ranked by the content's `priority`, then title. "Show more" and "Another
 * area" are dialog actions, so they keep working later.
 *
 * Args: `area` (a roadmap area id), `routeId` (one route id, or several joined
 * with commas), `roleId` (the target role, with `routeId`), `by: 'goal'`.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, answerButton, answerText, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Resource } from '../../src/content/model.js';
import { ROADMAP_AREAS, ROADMAP_AREA_TITLES, type RoadmapArea } from '../../src/content/schema.js';
import { understand } from '../../src/knowledge/understand.js';
import { norm, sentence } from '../../src/knowledge/read-answers.js';

export const RESOURCES_DIALOG = 'resources';
export const PAGE_SIZE = 5;
const GOAL = '__goal';

/** Short, plain names for the five areas, for buttons. */
const AREA_BUTTON: Record<RoadmapArea, string> = {
  'career-progression': 'Career progression',
  'wellbeing-resilience': 'Wellbeing and resilience',
  'skills-for-life': 'Maths, English and digital',
  'personal-skills': 'Personal skills',
  'technical-skills': 'Technical skills',
};

export type Selection =
  | { by: 'area'; area: RoadmapArea }
  | { by: 'goal'; roleId: string }
  | { by: 'route'; routeIds: string[]; roleId?: string };

function isArea(x: unknown): x is RoadmapArea {
  return typeof x === 'string' && (ROADMAP_AREAS as readonly string[]).includes(x);
}

/** Resources for a selection, best first (priority, then title). */
export function selectResources(content: Content, sel: Selection): Resource[] {
  let list: Resource[];
  switch (sel.by) {
    case 'area':
      list = content.resources.filter((r) => r.areas.includes(sel.area));
      break;
    case 'goal':
      list = content.resources.filter((r) => r.roles.includes(sel.roleId));
      break;
    case 'route': {
      const ids = new Set(sel.routeIds);
      list = content.resources.filter((r) => r.routes.some((id) => ids.has(id)) || (!!sel.roleId && r.roles.includes(sel.roleId)));
      break;
    }
  }
  return [...list].sort((a, b) => a.priority - b.priority || a.title.localeCompare(b.title));
}

function heading(content: Content, sel: Selection): string {
  switch (sel.by) {
    case 'area':
      return `Resources: ${ROADMAP_AREA_TITLES[sel.area]}`;
    case 'goal':
      return `Resources for your goal: ${content.roles.get(sel.roleId)?.title ?? 'your goal'}`;
    case 'route': {
      const role = sel.roleId ? content.roles.get(sel.roleId) : undefined;
      return role ? `Resources for your route to ${role.title}` : 'Resources for this route';
    }
  }
}

/** The selection as button values (strings only). */
function encode(sel: Selection): Record<string, string> {
  switch (sel.by) {
    case 'area':
      return { by: 'area', area: sel.area };
    case 'goal':
      return { by: 'goal', roleId: sel.roleId };
    case 'route':
      return { by: 'route', routeId: sel.routeIds.join(','), roleId: sel.roleId ?? '' };
  }
}

function decode(content: Content, v: Record<string, string>): Selection | undefined {
  if (v['by'] === 'area' && isArea(v['area'])) return { by: 'area', area: v['area'] };
  if (v['by'] === 'goal' && content.roles.has(v['roleId'] ?? '')) return { by: 'goal', roleId: v['roleId']! };
  if (v['by'] === 'route') {
    const routeIds = (v['routeId'] ?? '').split(',').filter((id) => content.routes.some((r) => r.id === id));
    const roleId = content.roles.has(v['roleId'] ?? '') ? v['roleId'] : undefined;
    if (routeIds.length > 0 || roleId) return roleId ? { by: 'route', routeIds, roleId } : { by: 'route', routeIds };
  }
  return undefined;
}

export function resourcesPage(content: Content, sel: Selection, offset: number): OutboundMessage {
  const all = selectResources(content, sel);
  const start = Math.max(0, Math.min(offset, Math.max(0, all.length - 1)));
  const page = all.slice(start, start + PAGE_SIZE);
  const blocks: Block[] = [{ type: 'heading', text: heading(content, sel) }];
  const more: Choice[] = [];
  if (page.length === 0) {
    blocks.push({ type: 'paragraph', text: 'I have no resources for that yet. You could try one of the five learning areas instead.' });
  } else {
    if (all.length > PAGE_SIZE) {
      blocks.push({ type: 'paragraph', text: `Showing ${start + 1} to ${start + page.length} of ${all.length}, most useful first.`, tone: 'muted' });
    }
    blocks.push({
      type: 'list',
      items: page.map((r) => `${r.title}: ${sentence(r.description)} Cost: ${sentence(r.cost)}`),
    });
    const ids = new Set(page.map((r) => r.id));
    for (const n of content.notes.filter((x) => x.appliesTo.some((a) => ids.has(a)))) {
      blocks.push({ type: 'paragraph', text: `${n.title} (checked ${n.checked}): ${sentence(n.text)}`, tone: 'warning' });
    }
    blocks.push({ type: 'links', links: page.map((r) => ({ label: r.title, url: r.url })) });
    if (start + PAGE_SIZE < all.length) {
      more.push(actionButton(RESOURCES_DIALOG, 'more', 'Show more', { ...encode(sel), offset: String(start + PAGE_SIZE) }));
    }
  }
  more.push(actionButton(RESOURCES_DIALOG, 'areas', sel.by === 'area' ? 'Another area' : 'Browse by area'));
  blocks.push({ type: 'choices', choices: more });
  return message(blocks);
}

/** A typed answer to "which area?": a number, words from an area's name, or a topic ("maths"). */
export function areaFromText(content: Content, text: string): RoadmapArea | undefined {
  const t = norm(text);
  if (t === '') return undefined;
  const num = /^([1-5])$/.exec(t);
  if (num) return ROADMAP_AREAS[Number(num[1]) - 1];
  for (const a of ROADMAP_AREAS) {
    if (norm(ROADMAP_AREA_TITLES[a]).startsWith(t) || norm(AREA_BUTTON[a]) === t || a.replace(/-/g, ' ') === t) return a;
  }
  return understand(`resources for ${text}`, content).area ?? undefined;
}

export function resourcesDialog(): Dialog {
  const show = (ctx: StepContext, sel: Selection): StepResult => {
    ctx.say(resourcesPage(ctx.services.content, sel, 0));
    return { end: true };
  };
  return {
    id: RESOURCES_DIALOG,
    title: 'resources',
    help: () =>
      message([
        { type: 'heading', text: 'Courses and resources' },
        {
          type: 'paragraph',
          text: 'I list free and low-cost learning from the NHS and partners, grouped by the five areas of the support worker learning and development roadmap: career progression, wellbeing and resilience, skills for life (maths, English and digital), personal skills and technical skills.',
        },
      ]),

    async begin(ctx, args) {
      const content = ctx.services.content;
      const routeArg = typeof args['routeId'] === 'string' ? args['routeId'] : '';
      const roleArg = typeof args['roleId'] === 'string' ? args['roleId'] : '';
      if (routeArg) {
        const sel = decode(content, { by: 'route', routeId: routeArg, roleId: roleArg });
        if (sel) return show(ctx, sel);
      }
      if (isArea(args['area'])) return show(ctx, { by: 'area', area: args['area'] });
      if (args['by'] === 'goal') {
        const goal = (await ctx.profile())?.goalRoleId;
        if (goal && content.roles.has(goal)) return show(ctx, { by: 'goal', roleId: goal });
      }
      return { next: 'area' };
    },

    steps: {
      area: {
        examples: ['wellbeing', 'maths and English', 'career progression'],
        async prompt(ctx) {
          const content = ctx.services.content;
          const goal = (await ctx.profile())?.goalRoleId;
          const goalRole = goal ? content.roles.get(goal) : undefined;
          const choices: Choice[] = ROADMAP_AREAS.map((a) => answerButton(ctx, AREA_BUTTON[a], a));
          if (goalRole) choices.push(answerButton(ctx, `For my goal: ${goalRole.title}`, GOAL, 'primary'));
          return message([
            { type: 'paragraph', text: 'Which area would you like resources for?' },
            {
              type: 'list',
              items: ROADMAP_AREAS.map((a) => ROADMAP_AREA_TITLES[a]),
            },
            { type: 'choices', choices },
          ]);
        },
        async answer(ctx, input) {
          const content = ctx.services.content;
          const raw = answerText(input)?.trim() ?? '';
          if (input.action) {
            if (isArea(raw)) return show(ctx, { by: 'area', area: raw });
            if (raw === GOAL) {
              const goal = (await ctx.profile())?.goalRoleId;
              if (goal && content.roles.has(goal)) return show(ctx, { by: 'goal', roleId: goal });
            }
            return { retry: true };
          }
          if (/\b(?:my goal|goal)\b/.test(norm(raw))) {
            const goal = (await ctx.profile())?.goalRoleId;
            if (goal && content.roles.has(goal)) return show(ctx, { by: 'goal', roleId: goal });
          }
          const area = areaFromText(content, raw);
          if (area) return show(ctx, { by: 'area', area });
          const u = understand(raw, content);
          if (u.intent !== 'unknown' && u.intent !== 'resources' && raw.split(/\s+/).length >= 3) return { unrelated: true };
          return { retry: true, hint: 'I could not tell which area you mean.' };
        },
        fallback(ctx) {
          return ROADMAP_AREAS.map((a) => answerButton(ctx, AREA_BUTTON[a], a));
        },
      },
    },

    actions: {
      more(ctx, value) {
        const content = ctx.services.content;
        const sel = decode(content, value);
        if (!sel) {
          ctx.say(message([{ type: 'paragraph', text: 'That list has changed since. Pick an area to see it again.' }, { type: 'choices', choices: [startButton('Courses and resources', RESOURCES_DIALOG)] }]));
          return { stay: true };
        }
        const offset = Number(value['offset']);
        ctx.say(resourcesPage(content, sel, Number.isInteger(offset) && offset >= 0 ? offset : 0));
        return { stay: true };
      },
      areas() {
        return { next: 'area' };
      },
    },
  };
}
