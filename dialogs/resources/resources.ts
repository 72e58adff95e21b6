/**
 * Learning resources, five at a time:
 *  - by roadmap area (the five areas of the support worker learning and
 *    development roadmap), from the question or asked with five buttons;
 *  - by goal (resources for the person's saved goal role);
 *  - by route (from the route card's "Resources for this route": resources for
 *    the route's steps, plus those for the role it leads to);
 *  - by topic: a question that names a resource tag ("how long is
 *    preceptorship?", "care certificate help") gets the resources with that tag.
 * Ranked by the content's `priority`, then title. "Show more" and "Another
 * area" are dialog actions, so they keep working later.
 *
 * Args: `area` (a roadmap area id), `routeId` (one route id, or several joined
 * with commas), `roleId` (the target role, with `routeId`), `topic` (a resource
 * tag named in the question; it comes before the area), `by: 'goal'`, and
 * `intent: 'resources'` when the person asked a question (from the intent
 * rule, or a button answering "Do you mean…"). A question about wellbeing
 * gets the gentle signposting (src/core/signposting.ts) before the list.
 *
 * The words are in content/wording/resources.yaml; the areas' full names in
 * content/wording/core.yaml (`areas`).
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, answerButton, answerText, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Resource } from '../../src/content/model.js';
import { ROADMAP_AREAS, type RoadmapArea } from '../../src/content/schema.js';
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import { understand } from '../../src/knowledge/understand.js';
import { areaTitle, isRoadmapArea } from '../../src/knowledge/format.js';
import { norm, sentence } from '../../src/knowledge/read-answers.js';
import { wellbeingBlocks } from '../../src/core/signposting.js';

export const RESOURCES_DIALOG = 'resources';
export const PAGE_SIZE = 5;
const GOAL = '__goal';
/** The area whose questions get the wellbeing signposting first. */
const WELLBEING: RoadmapArea = 'wellbeing-resilience';

export const RESOURCES_WORDING = defineWording('resources', {
  title: text(),
  help: { heading: text(), text: text() },
  /** Short, plain names for the five areas, for buttons, by area id. */
  areaButtons: {
    'career-progression': text(),
    'wellbeing-resilience': text(),
    'skills-for-life': text(),
    'personal-skills': text(),
    'technical-skills': text(),
  },
  area: { examples: list(), question: text(), forMyGoal: text('role'), goalWords: list(), notUnderstood: text() },
  page: {
    heading: { area: text('area'), goal: text('role'), yourGoal: text(), route: text('role'), thisRoute: text(), topic: text('topic') },
    noneYet: text(),
    showing: text('first', 'last', 'total'),
    item: text('title', 'description', 'cost'),
    note: text('title', 'checked', 'text'),
    showMore: text(),
    anotherArea: text(),
    browseByArea: text(),
  },
  changed: { text: text(), button: text() },
});

type ResourcesWords = Words<(typeof RESOURCES_WORDING)['spec']>;

function words(content: Content): ResourcesWords {
  return RESOURCES_WORDING.of(content);
}

/** The short name of an area, for its button. */
function areaButton(content: Content, area: RoadmapArea): string {
  const buttons: Readonly<Record<RoadmapArea, string>> = words(content).areaButtons;
  return buttons[area];
}

export type Selection =
  | { by: 'area'; area: RoadmapArea }
  | { by: 'goal'; roleId: string }
  | { by: 'route'; routeIds: string[]; roleId?: string }
  | { by: 'topic'; tag: string };

/** Whether a resource has this tag (tags are compared without case). */
const hasTag = (r: Resource, tag: string) => r.tags.some((t) => t.toLowerCase() === tag.toLowerCase());

const isArea = isRoadmapArea;

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
    case 'topic':
      list = content.resources.filter((r) => hasTag(r, sel.tag));
      break;
  }
  return [...list].sort((a, b) => a.priority - b.priority || a.title.localeCompare(b.title));
}

function heading(content: Content, sel: Selection): string {
  const w = words(content).page.heading;
  switch (sel.by) {
    case 'area':
      return w.area({ area: areaTitle(content, sel.area) });
    case 'goal':
      return w.goal({ role: content.roles.get(sel.roleId)?.title ?? w.yourGoal });
    case 'route': {
      const role = sel.roleId ? content.roles.get(sel.roleId) : undefined;
      return role ? w.route({ role: role.title }) : w.thisRoute;
    }
    case 'topic':
      return w.topic({ topic: sel.tag });
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
    case 'topic':
      return { by: 'topic', tag: sel.tag };
  }
}

function decode(content: Content, v: Record<string, string>): Selection | undefined {
  if (v['by'] === 'area' && isArea(v['area'])) return { by: 'area', area: v['area'] };
  if (v['by'] === 'goal' && content.roles.has(v['roleId'] ?? '')) return { by: 'goal', roleId: v['roleId']! };
  if (v['by'] === 'topic' && content.resources.some((r) => hasTag(r, v['tag'] ?? ''))) return { by: 'topic', tag: v['tag']! };
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
  const w = words(content).page;
  const blocks: Block[] = [{ type: 'heading', text: heading(content, sel) }];
  const more: Choice[] = [];
  if (page.length === 0) {
    blocks.push({ type: 'paragraph', text: w.noneYet });
  } else {
    if (all.length > PAGE_SIZE) {
      blocks.push({ type: 'paragraph', text: w.showing({ first: start + 1, last: start + page.length, total: all.length }), tone: 'muted' });
    }
    blocks.push({
      type: 'list',
      items: page.map((r) => w.item({ title: r.title, description: sentence(r.description), cost: sentence(r.cost) })),
    });
    const ids = new Set(page.map((r) => r.id));
    for (const n of content.notes.filter((x) => x.appliesTo.some((a) => ids.has(a)))) {
      blocks.push({ type: 'paragraph', text: w.note({ title: n.title, checked: n.checked, text: sentence(n.text) }), tone: 'warning' });
    }
    blocks.push({ type: 'links', links: page.map((r) => ({ label: r.title, url: r.url })) });
    if (start + PAGE_SIZE < all.length) {
      more.push(actionButton(RESOURCES_DIALOG, 'more', w.showMore, { ...encode(sel), offset: String(start + PAGE_SIZE) }));
    }
  }
  more.push(actionButton(RESOURCES_DIALOG, 'areas', sel.by === 'area' ? w.anotherArea : w.browseByArea));
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
    if (norm(areaTitle(content, a)).startsWith(t) || norm(areaButton(content, a)) === t || a.replace(/-/g, ' ') === t) return a;
  }
  return understand(`resources for ${text}`, content).area ?? undefined;
}

/** True when a typed answer asks for the saved goal ("my goal"). */
function asksForGoal(content: Content, raw: string): boolean {
  const t = ` ${norm(raw)} `;
  return words(content).area.goalWords.some((g) => norm(g) !== '' && t.includes(` ${norm(g)} `));
}

export interface ResourcesDialogOptions {
  /** The content the dialog's title and examples come from (read once, here). */
  content: Content;
}

export function resourcesDialog(opts: ResourcesDialogOptions): Dialog {
  const built = words(opts.content);
  const show = (ctx: StepContext, sel: Selection): StepResult => {
    ctx.say(resourcesPage(ctx.services.content, sel, 0));
    return { end: true };
  };
  return {
    id: RESOURCES_DIALOG,
    title: built.title,
    help: (ctx) => {
      const w = words(ctx.services.content).help;
      return message([
        { type: 'heading', text: w.heading },
        { type: 'paragraph', text: w.text },
      ]);
    },

    async begin(ctx, args) {
      const content = ctx.services.content;
      const routeArg = typeof args['routeId'] === 'string' ? args['routeId'] : '';
      const roleArg = typeof args['roleId'] === 'string' ? args['roleId'] : '';
      if (routeArg) {
        const sel = decode(content, { by: 'route', routeId: routeArg, roleId: roleArg });
        if (sel) return show(ctx, sel);
      }
      // Asked about wellbeing (not an area picked from a list): gentle signposting first, unless the turn already signposted.
      if (args['area'] === WELLBEING && args['intent'] === 'resources' && !ctx.signposted) {
        ctx.say(message(wellbeingBlocks(content)));
        ctx.signposted = true;
      }
      // A question naming a resource tag ("how long is preceptorship?"): the resources with that tag.
      if (args['intent'] === 'resources' && typeof args['topic'] === 'string') {
        const sel = decode(content, { by: 'topic', tag: args['topic'] });
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
        examples: [...built.area.examples],
        async prompt(ctx) {
          const content = ctx.services.content;
          const w = words(content).area;
          const goal = (await ctx.profile())?.goalRoleId;
          const goalRole = goal ? content.roles.get(goal) : undefined;
          const choices: Choice[] = ROADMAP_AREAS.map((a) => answerButton(ctx, areaButton(content, a), a));
          if (goalRole) choices.push(answerButton(ctx, w.forMyGoal({ role: goalRole.title }), GOAL, 'primary'));
          return message([
            { type: 'paragraph', text: w.question },
            {
              type: 'list',
              items: ROADMAP_AREAS.map((a) => areaTitle(content, a)),
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
          if (asksForGoal(content, raw)) {
            const goal = (await ctx.profile())?.goalRoleId;
            if (goal && content.roles.has(goal)) return show(ctx, { by: 'goal', roleId: goal });
          }
          const area = areaFromText(content, raw);
          if (area) return show(ctx, { by: 'area', area });
          const u = understand(raw, content);
          if (u.intent !== 'unknown' && u.intent !== 'resources' && raw.split(/\s+/).length >= 3) return { unrelated: true };
          return { retry: true, hint: words(content).area.notUnderstood };
        },
        fallback(ctx) {
          return ROADMAP_AREAS.map((a) => answerButton(ctx, areaButton(ctx.services.content, a), a));
        },
      },
    },

    actions: {
      more(ctx, value) {
        const content = ctx.services.content;
        const sel = decode(content, value);
        if (!sel) {
          const w = words(content).changed;
          ctx.say(message([{ type: 'paragraph', text: w.text }, { type: 'choices', choices: [startButton(w.button, RESOURCES_DIALOG)] }]));
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
