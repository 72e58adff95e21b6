/**
 * Answers: turns a question into the reply the chat gives, as neutral blocks.
 *
 * Every fact printed comes from a content field (role titles, bands, route
 * titles, durations, funding, requirement "how" text, notes, examples, sources).
 * The wording around them is fixed, plain English with UK spelling.
 */
import type { Content, Note, Resource, Role, Source } from '../../src/content/model.js';
import { ROADMAP_AREA_TITLES } from '../../src/content/schema.js';
import { message, plainText, type Block, type Link, type OutboundMessage } from '../../src/core/messages.js';
import { findPathways, formatDuration, optionsFrom, type Pathway, type PathwayStep } from '../../src/knowledge/pathways.js';
import { matchRole, normalise, understand, type Understanding } from '../../src/knowledge/understand.js';
import { bandText, roleWithBand } from '../../src/knowledge/format.js';

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
  let blocks: Block[];
  switch (u.intent) {
    case 'pathway':
      blocks = pathwayBlocks(content, u, held);
      break;
    case 'options':
      blocks = optionsBlocks(content, u, held);
      break;
    case 'resources':
      blocks = resourceBlocks(content, u, text);
      break;
    case 'career_conversation':
      blocks = careerConversationBlocks(content);
      break;
    case 'checkin':
      blocks = checkinBlocks(content);
      break;
    case 'profile':
      blocks = profileBlocks(u);
      break;
    case 'privacy':
      blocks = privacyBlocks();
      break;
    case 'help':
      blocks = helpBlocks(content, false);
      break;
    default:
      blocks = helpBlocks(content, true);
  }
  return { understanding: u, reply: message(blocks) };
}

/** The reply as plain text. */
export function answerText(reply: OutboundMessage): string {
  return plainText(reply.blocks);
}

// ---------------------------------------------------------------------------
// Pathways

const KIND_LABEL: Record<string, string> = {
  apprenticeship: 'apprenticeship',
  degree: 'degree',
  'top-up': 'top-up degree',
  'in-post': 'job step',
  course: 'course',
  programme: 'programme',
};

/** "Assistant practitioner (Band 4)"; no second band when the title already says it. */

function stepLine(content: Content, step: PathwayStep): string {
  const r = step.route;
  return `${roleWithBand(content, step.to)}: ${r.title}. ${capitalise(KIND_LABEL[r.kind] ?? r.kind)}, ${formatDuration(r.duration)}. ${ensureStop(r.studyPattern)}`;
}

function pathwaySummary(p: Pathway): string {
  return `${p.steps.map((s) => s.route.title).join(', then ')} (${formatDuration(p.total)})`;
}

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

function pathwayBlocks(content: Content, u: Understanding, held: string[]): Block[] {
  if (!u.role) {
    const blocks: Block[] = [
      { type: 'heading', text: 'Which role do you want to move into?' },
      {
        type: 'paragraph',
        text: u.band
          ? `I could not tell which role you mean. Band ${u.band} covers more than one role, so tell me the role, for example "How do I become a nursing associate?"`
          : 'I could not tell which role you mean. Tell me the role, for example "How do I become a nursing associate?"',
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
      text: `A ${lowerFirst(target.title)} post leads to ${qualified.title}, so this shows the whole route.`,
    });
    target = qualified;
  }

  const result = findPathways(content, { ...(u.from ? { from: u.from.id } : {}), to: target.id, held });
  switch (result.kind) {
    case 'same-role':
      return [
        { type: 'heading', text: `You are already a ${lowerFirst(result.role.title)}` },
        {
          type: 'paragraph',
          text: 'Ask "What are my options?" to see where you can go next from your role.',
        },
      ];
    case 'unknown-role':
      return [
        { type: 'heading', text: 'I do not know that role' },
        { type: 'paragraph', text: `I could not find "${result.text ?? ''}" in the roles I know about.` },
        ...(result.suggestions.length > 0
          ? [
              { type: 'paragraph', text: 'Did you mean one of these?' } as Block,
              { type: 'list', items: result.suggestions.map((r) => r.title) } as Block,
            ]
          : []),
      ];
    case 'unreachable': {
      const blocks: Block[] = [
        { type: 'heading', text: `Your route to ${result.target.title}` },
        ...lead,
        { type: 'paragraph', text: result.reason },
      ];
      if (result.suggestions.length > 0) {
        blocks.push({ type: 'paragraph', text: 'Roles that may be a useful step:' });
        blocks.push({ type: 'list', items: result.suggestions.map((r) => roleWithBand(content, r)) });
      }
      blocks.push({ type: 'paragraph', text: `About ${result.target.title}: ${ensureStop(result.target.summary)}` });
      blocks.push(linksBlock(result.target.sources));
      return blocks;
    }
    case 'found':
      break;
  }

  const best = result.best;
  const blocks: Block[] = [{ type: 'heading', text: `Your route to ${target.title}` }, ...lead];

  const first = best.steps[0];
  if (!result.startAssumed && result.start) {
    blocks.push({ type: 'paragraph', text: `This starts from your role: ${roleWithBand(content, result.start)}.` });
  } else if (first && first.from) {
    blocks.push({
      type: 'paragraph',
      text: `You did not say your current role, so this starts from a support worker post (${first.from.title}).`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: 'You did not say your current role. The first step is open to anyone who meets its requirements.',
    });
  }

  blocks.push({ type: 'list', ordered: true, items: best.steps.map((s) => stepLine(content, s)) });
  blocks.push({ type: 'paragraph', text: `Total time: ${formatDuration(best.total)}.` });

  if (best.missing.length > 0) {
    blocks.push({ type: 'paragraph', text: 'What you need first (skip anything you already have):' });
    blocks.push({
      type: 'list',
      items: best.missing.map((m) => {
        const step = best.steps[m.stepIndex];
        const forStep = step ? ` Needed for: ${step.route.title}.` : '';
        const time = m.duration ? ` Usually takes ${formatDuration(m.duration)}.` : '';
        const funding = m.funding ? ` ${ensureStop(m.funding)}` : '';
        return `${m.requirement.title}: ${ensureStop(m.how)}${time}${funding}${forStep}`;
      }),
    });
  }

  if (best.funding.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Funding:' });
    blocks.push({ type: 'list', items: best.funding.map(ensureStop) });
  }

  blocks.push({ type: 'paragraph', text: `Next step: ${best.nextAction}` });

  for (const e of best.examples) {
    blocks.push({ type: 'paragraph', text: `One trust's approach (${e.trust}): ${ensureStop(e.summary)}`, tone: 'muted' });
  }
  const caveats = [...new Set(best.steps.flatMap((s) => s.to.caveats))];
  for (const c of caveats) blocks.push({ type: 'paragraph', text: `Please note: ${ensureStop(c)}`, tone: 'warning' });
  for (const n of best.notes) blocks.push(noteBlock(n));

  if (result.alternatives.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Other routes:' });
    blocks.push({ type: 'list', items: result.alternatives.map(pathwaySummary) });
  }

  blocks.push(linksBlock(best.sources));
  return blocks;
}

function noteBlock(n: Note): Block {
  return { type: 'paragraph', text: `${n.title} (checked ${n.checked}): ${ensureStop(n.text)}`, tone: 'warning' };
}

const STATUS_LABEL: Record<NonNullable<Source['status']>, string> = {
  mirror: 'copy of the page',
  unverified: 'not confirmed',
  local: "one trust's practice",
};

function linksBlock(sources: Source[]): Block {
  const links: Link[] = sources.slice(0, MAX_SOURCES).map((s) => {
    const parts = [s.label, s.status ? STATUS_LABEL[s.status] : undefined].filter(Boolean);
    return { label: parts.length > 0 ? `Source (${parts.join(', ')})` : 'Source', url: s.url };
  });
  return { type: 'links', links };
}

// ---------------------------------------------------------------------------
// Options

function optionsBlocks(content: Content, u: Understanding, held: string[]): Block[] {
  const role = u.from;
  if (!role) {
    const blocks: Block[] = [
      { type: 'heading', text: 'Your options' },
      {
        type: 'paragraph',
        text: u.band
          ? `Band ${u.band} covers more than one role. Tell me your role and I will show your next steps, for example "What are my options as a Band ${u.band} healthcare assistant?"`
          : 'Tell me your current role and I will show your next steps, for example "What are my options as a Band 2 healthcare assistant?"',
      },
    ];
    const common = commonRoles(content);
    if (common.length > 0) blocks.push({ type: 'list', items: common.map((r) => roleWithBand(content, r)) });
    return blocks;
  }
  const options = optionsFrom(content, role.id, held);
  const blocks: Block[] = [
    { type: 'heading', text: `Your next steps from ${role.title}` },
  ];
  if (options.length === 0) {
    blocks.push({ type: 'paragraph', text: `I have no routes from ${role.title} in my content yet.` });
    blocks.push({ type: 'paragraph', text: 'Ask me how to become a specific role, and I will look for a route.' });
    return blocks;
  }
  const shown = options.slice(0, MAX_OPTIONS);
  blocks.push({
    type: 'list',
    items: shown.map((o) => {
      const open = o.viaAny ? ' Open to anyone.' : '';
      const need = o.missing.length > 0 ? ` You need first: ${o.missing.map((m) => m.requirement.title).join('; ')}.` : '';
      return `${roleWithBand(content, o.to)}: ${o.route.title}. ${capitalise(KIND_LABEL[o.kind] ?? o.kind)}, ${formatDuration(o.duration)}.${open}${need}`;
    }),
  });
  const more = [...new Set(options.slice(MAX_OPTIONS).map((o) => o.to.title))].filter(
    (t) => !shown.some((o) => o.to.title === t),
  );
  if (more.length > 0) blocks.push({ type: 'paragraph', text: `Longer routes also lead to: ${more.join(', ')}.` });
  const firstTarget = options[0]!.to;
  blocks.push({
    type: 'paragraph',
    text: `Next step: ask me about any of these, for example "How do I become a ${lowerFirst(firstTarget.title)}?", or talk them through with your line manager.`,
  });
  blocks.push(linksBlock(uniqueSources(shown.flatMap((o) => o.route.sources))));
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

function resourceBlocks(content: Content, u: Understanding, text: string): Block[] {
  const list = rankResources(content, u, text);
  const heading = u.area ? `Resources: ${ROADMAP_AREA_TITLES[u.area]}` : 'Resources that may help';
  if (list.length === 0) {
    return [
      { type: 'heading', text: heading },
      { type: 'paragraph', text: 'I have no learning resources in my content yet.' },
    ];
  }
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    {
      type: 'list',
      items: list.map((r) => `${r.title}: ${ensureStop(r.description)} Cost: ${ensureStop(r.cost)}`),
    },
  ];
  const ids = new Set(list.map((r) => r.id));
  for (const n of content.notes.filter((n) => n.appliesTo.some((a) => ids.has(a)))) blocks.push(noteBlock(n));
  blocks.push({ type: 'links', links: list.map((r) => ({ label: r.title, url: r.url })) });
  return blocks;
}

// ---------------------------------------------------------------------------
// Other intents: short replies saying what the chat will start

function taggedResource(content: Content, tag: RegExp): Resource | undefined {
  return [...content.resources].sort((a, b) => a.priority - b.priority).find((r) => r.tags.some((t) => tag.test(t)));
}

function careerConversationBlocks(content: Content): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: 'Career conversation' },
    {
      type: 'paragraph',
      text: 'I can help you get ready for a career conversation or appraisal with your manager. I will ask what you enjoy, what you are good at, where you want to go and what support you need, then write notes you can take with you.',
    },
  ];
  const r = taggedResource(content, /career conversation/i);
  if (r) blocks.push({ type: 'links', links: [{ label: r.title, url: r.url }] });
  return blocks;
}

function checkinBlocks(content: Content): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: 'Check-in' },
    {
      type: 'paragraph',
      text: 'Let us do a check-in. I will ask how things are going in your role, whether your induction is on track and who you can go to for support. You can stop at any time.',
    },
  ];
  const r = [...content.resources]
    .filter((x) => x.areas.includes('wellbeing-resilience'))
    .sort((a, b) => a.priority - b.priority)[0];
  if (r) {
    blocks.push({ type: 'paragraph', text: `If you are finding things hard: ${r.title}. ${ensureStop(r.description)}` });
    blocks.push({ type: 'links', links: [{ label: r.title, url: r.url }] });
  }
  return blocks;
}

function profileBlocks(u: Understanding): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: 'Your profile' },
    {
      type: 'paragraph',
      text: 'I can update your profile: your role, your band and the qualifications you hold. This keeps your routes and options right for you.',
    },
  ];
  if (u.from) {
    blocks.push({ type: 'paragraph', text: `You said your role is: ${u.from.title}. I will ask you to confirm before I change anything.` });
  } else if (u.band) {
    blocks.push({ type: 'paragraph', text: `You said your band is: Band ${u.band}. I will ask you to confirm before I change anything.` });
  }
  return blocks;
}

function privacyBlocks(): Block[] {
  return [
    { type: 'heading', text: 'Your data' },
    {
      type: 'paragraph',
      text: 'I can show you what is stored about you, or delete it. I will take you through it step by step and ask you to confirm before anything is deleted.',
    },
  ];
}

function helpBlocks(content: Content, unknown: boolean): Block[] {
  const example = commonRoles(content, 20);
  const roleExample = example.find((r) => /^nursing associate/i.test(r.title)) ?? example[0];
  const blocks: Block[] = [];
  if (unknown) blocks.push({ type: 'paragraph', text: 'Sorry, I did not understand that.' });
  blocks.push({ type: 'heading', text: 'What I can help with' });
  blocks.push({
    type: 'list',
    items: [
      `Routes into a role, with time, funding and what you need first. Try: "How do I become a ${roleExample ? lowerFirst(roleExample.title).replace(/\s*\(.*\)$/, '') : 'nursing associate'}?"`,
      'Your next steps from your current role. Try: "What are my options as a Band 2 healthcare assistant?"',
      'Learning resources for the five roadmap areas. Try: "Functional Skills maths" or "wellbeing support".',
      'Getting ready for a career conversation or appraisal. Try: "Help me prepare for my appraisal".',
      'Check-ins when you start a new role. Try: "Check in".',
      'Your profile and your data. Try: "Update my profile" or "What do you hold about me?"',
    ],
  });
  return blocks;
}

// ---------------------------------------------------------------------------
// Small helpers

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

function ensureStop(s: string): string {
  const t = s.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function lowerFirst(s: string): string {
  if (/^[A-Z][a-z]+ [A-Z]/.test(s)) return s;
  if (/^[A-Z][a-z]/.test(s) && !/^(NHS|Level|Band)\b/.test(s)) return s[0]!.toLowerCase() + s.slice(1);
  return s;
}
