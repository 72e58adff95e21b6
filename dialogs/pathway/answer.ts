/**
 * Answers: turns a question into the reply the chat gives, as neutral blocks.
 * Also printed by `career-companion ask`.
 *
 * Every fact printed comes from a content field (role titles, bands, route
 * titles, durations, funding, requirement "how" text, notes, examples, sources).
 * The words around them are in content/wording/pathway.yaml (`answer`, and the
 * `route` words the route card uses too). A route is the chat's first route
 * card (route-card.ts `firstCardBlocks`): its buttons hold the rest.
 */
import type { Content, Note, Resource, Role, Source } from '../../src/content/model.js';
import { message, plainText, type Block, type Link, type OutboundMessage } from '../../src/core/messages.js';
import { findPathways, optionsFrom } from '../../src/knowledge/pathways.js';
import { matchRole, normalise, understand, type Understanding } from '../../src/knowledge/understand.js';
import { areaTitle, bandLabel, roleWithBand } from '../../src/knowledge/format.js';
import { sentence } from '../../src/knowledge/read-answers.js';
import { noteText, optionLine, pathwayWords, type PathwayWords } from './wording.js';
import { firstCardBlocks, type RouteQuery } from './route-card.js';

export interface AnswerOptions {
  /** The person's current role: a role id or free text such as "band 2 HCA". */
  from?: string;
  /** Requirement ids the person holds. */
  held?: string[];
}

export interface Answer {
  understanding: Understanding;
  reply: OutboundMessage;
}

const MAX_SOURCES = 8;
const MAX_OPTIONS = 8;

export function answer(content: Content, text: string, opts: AnswerOptions = {}): Answer {
  const understanding = understand(text, content);
  let from = understanding.from;
  if (opts.from !== undefined && opts.from.trim() !== '') {
    const given = matchRole(content, opts.from);
    if (given) from = given;
  }
  const u: Understanding = { ...understanding, from };
  const held = opts.held ?? [];
  const w = pathwayWords(content);
  let blocks: Block[];
  switch (u.intent) {
    case 'pathway':
      blocks = pathwayBlocks(content, w, u, held);
      break;
    case 'options':
      blocks = optionsBlocks(content, w, u, held);
      break;
    case 'resources':
      blocks = resourceBlocks(content, w, u, text);
      break;
    case 'career_conversation':
      blocks = careerConversationBlocks(content, w);
      break;
    case 'checkin':
      blocks = checkinBlocks(content, w);
      break;
    case 'profile':
      blocks = profileBlocks(content, w, u);
      break;
    case 'privacy':
      blocks = privacyBlocks(w);
      break;
    case 'help':
      blocks = helpBlocks(content, w, false);
      break;
    default: {
      // A topic the bot does not help with: where to go instead, then what it can do.
      const topic = u.topic ? content.outOfScope.find((t) => t.id === u.topic) : undefined;
      blocks = topic ? [{ type: 'paragraph', text: topic.answer }, ...helpBlocks(content, w, false)] : helpBlocks(content, w, true);
    }
  }
  return { understanding: u, reply: message(blocks) };
}

/** The reply as plain text. */
export function answerText(reply: OutboundMessage): string {
  return plainText(reply.blocks);
}

// ---------------------------------------------------------------------------
// Pathways

/** A trainee post leads to one qualified role: show the whole route to it. */
function qualifiedRoleFor(content: Content, role: Role): Role | null {
  if (!/\btrainee\b/i.test(role.title)) return null;
  const out = content.routes.filter((r) => r.from !== 'any' && r.from.includes(role.id));
  const targets = [...new Set(out.map((r) => r.to))];
  return targets.length === 1 ? content.roles.get(targets[0]!) ?? null : null;
}

function commonRoles(content: Content, limit = 8): Role[] {
  return [...content.roles.values()]
    .filter((r) => r.common !== undefined)
    .sort((a, b) => a.common! - b.common!)
    .slice(0, limit);
}

function pathwayBlocks(content: Content, w: PathwayWords, u: Understanding, held: string[]): Block[] {
  const a = w.answer;
  if (!u.role) {
    const blocks: Block[] = [
      { type: 'heading', text: a.which.heading },
      {
        type: 'paragraph',
        text: u.band ? a.which.notClearBand({ band: bandLabel(content, u.band) }) : a.which.notClear,
      },
    ];
    const common = commonRoles(content);
    if (common.length > 0) blocks.push({ type: 'list', items: common.map((r) => roleWithBand(content, r)) });
    return blocks;
  }

  let target = u.role;
  const lead: Block[] = [];
  const qualified = qualifiedRoleFor(content, target);
  if (qualified && qualified.id !== u.from?.id) {
    lead.push({
      type: 'paragraph',
      text: a.wholeRoute({ trainee: lowerFirst(target.title), role: qualified.title }),
    });
    target = qualified;
  }

  const result = findPathways(content, { ...(u.from ? { from: u.from.id } : {}), to: target.id, held });
  switch (result.kind) {
    case 'same-role':
      return [
        { type: 'heading', text: w.route.alreadyThere({ role: lowerFirst(result.role.title) }) },
        { type: 'paragraph', text: a.alreadyThere },
      ];
    case 'unknown-role':
      return [
        { type: 'heading', text: w.route.unknownRole },
        { type: 'paragraph', text: a.notFound({ text: result.text ?? '' }) },
        ...(result.suggestions.length > 0
          ? [
              { type: 'paragraph', text: a.didYouMean } as Block,
              { type: 'list', items: result.suggestions.map((r) => r.title) } as Block,
            ]
          : []),
      ];
    case 'unreachable': {
      const blocks: Block[] = [
        { type: 'heading', text: w.route.heading({ role: result.target.title }) },
        ...lead,
        { type: 'paragraph', text: result.reason },
      ];
      if (result.suggestions.length > 0) {
        blocks.push({ type: 'paragraph', text: a.usefulSteps });
        blocks.push({ type: 'list', items: result.suggestions.map((r) => roleWithBand(content, r)) });
      }
      blocks.push({ type: 'paragraph', text: w.route.about({ role: result.target.title, summary: sentence(result.target.summary) }) });
      blocks.push(linksBlock(w, result.target.sources));
      return blocks;
    }
    case 'found':
      break;
  }

  // The same first card as the chat's route card (route-card.ts), with the lead
  // line of a one-turn answer. The picture is the chat's: a one-turn answer has none.
  const best = result.best;
  const first = best.steps[0];
  if (!result.startAssumed && result.start) {
    lead.push({ type: 'paragraph', text: w.route.fromYourRole({ role: roleWithBand(content, result.start) }) });
  } else if (first && first.from) {
    lead.push({ type: 'paragraph', text: a.notSaid({ role: first.from.title }) });
  } else {
    lead.push({ type: 'paragraph', text: a.notSaidOpen });
  }
  const q: RouteQuery = { to: target, held };
  if (u.from) q.from = u.from;
  return firstCardBlocks({ content }, q, result, w.route.heading({ role: target.title }), lead, false);
}

function noteBlock(w: PathwayWords, n: Note): Block {
  return { type: 'paragraph', text: noteText(w, n), tone: 'warning' };
}

function linksBlock(w: PathwayWords, sources: Source[]): Block {
  const s = w.answer.source;
  const status: Record<NonNullable<Source['status']>, string> = { mirror: s.mirror, unverified: s.unverified, local: s.local };
  const links: Link[] = sources.slice(0, MAX_SOURCES).map((src) => {
    const parts = [src.label, src.status ? status[src.status] : undefined].filter(Boolean);
    return { label: parts.length > 0 ? s.withDetails({ details: parts.join(', ') }) : s.plain, url: src.url };
  });
  return { type: 'links', links };
}

// ---------------------------------------------------------------------------
// Options

function optionsBlocks(content: Content, w: PathwayWords, u: Understanding, held: string[]): Block[] {
  const a = w.answer.options;
  const role = u.from;
  if (!role) {
    const blocks: Block[] = [
      { type: 'heading', text: w.options.yourOptions },
      {
        type: 'paragraph',
        text: u.band ? a.tellRoleBand({ band: bandLabel(content, u.band) }) : a.tellRole,
      },
    ];
    const common = commonRoles(content);
    if (common.length > 0) blocks.push({ type: 'list', items: common.map((r) => roleWithBand(content, r)) });
    return blocks;
  }
  const options = optionsFrom(content, role.id, held);
  const blocks: Block[] = [
    { type: 'heading', text: w.options.heading({ role: role.title }) },
  ];
  if (options.length === 0) {
    blocks.push({ type: 'paragraph', text: a.noRoutes({ role: role.title }) });
    blocks.push({ type: 'paragraph', text: a.askForRole });
    return blocks;
  }
  const shown = options.slice(0, MAX_OPTIONS);
  blocks.push({
    type: 'list',
    items: shown.map((o) => optionLine(content, w, o, o.viaAny ? a.openToAnyone : undefined)),
  });
  const more = [...new Set(options.slice(MAX_OPTIONS).map((o) => o.to.title))].filter(
    (t) => !shown.some((o) => o.to.title === t),
  );
  if (more.length > 0) blocks.push({ type: 'paragraph', text: w.options.longer({ roles: more.join(', ') }) });
  const firstTarget = options[0]!.to;
  blocks.push({ type: 'paragraph', text: a.nextStep({ role: lowerFirst(firstTarget.title) }) });
  blocks.push(linksBlock(w, uniqueSources(shown.flatMap((o) => o.route.sources))));
  return blocks;
}

// ---------------------------------------------------------------------------
// Resources

function rankResources(content: Content, u: Understanding, text: string): Resource[] {
  const words = new Set(normalise(text).split(' ').filter((w) => w.length >= 3));
  const roleIds = new Set([u.role?.id, u.from?.id].filter((x): x is string => !!x));
  const routeIds = new Set(content.routes.filter((r) => u.role && r.to === u.role.id).map((r) => r.id));
  const scored = content.resources.map((r) => {
    let score = 0;
    if (u.area && r.areas.includes(u.area)) score += 10;
    if (r.roles.some((id) => roleIds.has(id))) score += 6;
    if (r.routes.some((id) => routeIds.has(id))) score += 4;
    const text = normalise([r.title, ...r.tags].join(' '));
    for (const w of words) if (text.split(' ').includes(w)) score += 3;
    return { r, score };
  });
  const any = scored.some((s) => s.score > 0);
  return scored
    .filter((s) => !any || s.score > 0)
    .sort((a, b) => b.score - a.score || a.r.priority - b.r.priority || a.r.title.localeCompare(b.r.title))
    .slice(0, 5)
    .map((s) => s.r);
}

function resourceBlocks(content: Content, w: PathwayWords, u: Understanding, text: string): Block[] {
  const a = w.answer.resources;
  const list = rankResources(content, u, text);
  const heading = u.area ? a.heading({ area: areaTitle(content, u.area) }) : a.general;
  if (list.length === 0) {
    return [
      { type: 'heading', text: heading },
      { type: 'paragraph', text: a.none },
    ];
  }
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    {
      type: 'list',
      items: list.map((r) => a.item({ title: r.title, description: sentence(r.description), cost: sentence(r.cost) })),
    },
  ];
  const ids = new Set(list.map((r) => r.id));
  for (const n of content.notes.filter((n) => n.appliesTo.some((id) => ids.has(id)))) blocks.push(noteBlock(w, n));
  blocks.push({ type: 'links', links: list.map((r) => ({ label: r.title, url: r.url })) });
  return blocks;
}

// ---------------------------------------------------------------------------
// Other intents: short replies saying what the chat will start

function taggedResource(content: Content, tag: RegExp): Resource | undefined {
  return [...content.resources].sort((a, b) => a.priority - b.priority).find((r) => r.tags.some((t) => tag.test(t)));
}

function careerConversationBlocks(content: Content, w: PathwayWords): Block[] {
  const a = w.answer.careerConversation;
  const blocks: Block[] = [
    { type: 'heading', text: a.heading },
    { type: 'paragraph', text: a.text },
  ];
  const r = taggedResource(content, /career conversation/i);
  if (r) blocks.push({ type: 'links', links: [{ label: r.title, url: r.url }] });
  return blocks;
}

function checkinBlocks(content: Content, w: PathwayWords): Block[] {
  const a = w.answer.checkin;
  const blocks: Block[] = [
    { type: 'heading', text: a.heading },
    { type: 'paragraph', text: a.text },
  ];
  const r = [...content.resources]
    .filter((x) => x.areas.includes('wellbeing-resilience'))
    .sort((a, b) => a.priority - b.priority)[0];
  if (r) {
    blocks.push({ type: 'paragraph', text: a.findingItHard({ title: r.title, description: sentence(r.description) }) });
    blocks.push({ type: 'links', links: [{ label: r.title, url: r.url }] });
  }
  return blocks;
}

function profileBlocks(content: Content, w: PathwayWords, u: Understanding): Block[] {
  const a = w.answer.profile;
  const blocks: Block[] = [
    { type: 'heading', text: a.heading },
    { type: 'paragraph', text: a.text },
  ];
  if (u.from) {
    blocks.push({ type: 'paragraph', text: a.role({ role: u.from.title }) });
  } else if (u.band) {
    blocks.push({ type: 'paragraph', text: a.band({ band: bandLabel(content, u.band) }) });
  }
  return blocks;
}

function privacyBlocks(w: PathwayWords): Block[] {
  const a = w.answer.privacy;
  return [
    { type: 'heading', text: a.heading },
    { type: 'paragraph', text: a.text },
  ];
}

function helpBlocks(content: Content, w: PathwayWords, unknown: boolean): Block[] {
  const a = w.answer.help;
  const example = commonRoles(content, 20);
  const roleExample = example.find((r) => /^nursing associate/i.test(r.title)) ?? example[0];
  const blocks: Block[] = [];
  if (unknown) blocks.push({ type: 'paragraph', text: a.notUnderstood });
  blocks.push({ type: 'heading', text: a.heading });
  const role = roleExample ? lowerFirst(roleExample.title).replace(/\s*\(.*\)$/, '') : a.exampleRole;
  blocks.push({ type: 'list', items: [...a.items({ role })] });
  return blocks;
}

// ---------------------------------------------------------------------------
// Small helpers

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

function lowerFirst(s: string): string {
  if (/^[A-Z][a-z]+ [A-Z]/.test(s)) return s;
  if (/^[A-Z][a-z]/.test(s) && !/^(NHS|Level|Band)\b/.test(s)) return s[0]!.toLowerCase() + s.slice(1);
  return s;
}
