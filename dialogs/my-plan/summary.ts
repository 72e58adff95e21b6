/**
 * Career plan summaries: the same content as neutral blocks (the card the
 * person reads back), plain text and Markdown (the files they can download),
 * for the person themselves or for their line manager.
 *
 * The manager's copy never includes the wellbeing answer.
 */
import { message, type Attachment, type Block, type Fact, type OutboundMessage } from '../../src/core/messages.js';
import { startButton, type Services } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { ROADMAP_AREAS, ROADMAP_AREA_TITLES, type RoadmapArea } from '../../src/content/schema.js';
import type { CareerPlan } from '../../src/store/ports.js';
import { roleWithBand } from '../../src/knowledge/format.js';
import { localDate } from '../../src/time/zone.js';
import { shortDate } from '../../src/time/format.js';

export type Growth = NonNullable<CareerPlan['growth']>;

/** Scope for Growth's three growth categories, in plain words. */
export const GROWTH: Record<Growth, { button: string; title: string; explain: string }> = {
  depth: {
    button: 'Grow in my current role',
    title: 'Depth: grow in my current role',
    explain: 'Depth means staying in your role or profession and growing in it: more skills, more expertise.',
  },
  breadth: {
    button: 'Move across to another area',
    title: 'Breadth: move across to another area',
    explain: 'Breadth means broadening your experience by moving into other areas or functions.',
  },
  stretch: {
    button: 'Step up to a bigger role',
    title: 'Stretch: step up to a bigger role',
    explain: 'Stretch means moving to a role with more complexity or responsibility.',
  },
};

export const WELLBEING_WORDS: Record<number, string> = {
  1: 'Very low',
  2: 'Low',
  3: 'OK',
  4: 'Good',
  5: 'Very good',
};

export type Audience = 'self' | 'manager';

/** What a summary needs besides the plan: the content, and the time zone its date is written in. */
export type SummaryServices = Pick<Services, 'content' | 'timeZone'>;

/** The local date (YYYY-MM-DD) the plan was finished, or started. */
export function planDate(plan: CareerPlan, timeZone: string): string {
  return localDate(new Date(plan.completedAt ?? plan.startedAt), timeZone);
}

interface Section {
  title: string;
  facts?: Fact[];
  items?: string[];
  /** Shown when the section has nothing else. */
  empty?: string;
}

function roleName(content: Content, id: string): string {
  const role = content.roles.get(id);
  return role ? roleWithBand(content, role) : id;
}

function areaTitle(area: string): string {
  return (ROADMAP_AREAS as readonly string[]).includes(area) ? ROADMAP_AREA_TITLES[area as RoadmapArea] : area;
}

/** "Do a maths course (by 31 March 2027)". */
export function actionLine(a: CareerPlan['actions'][number]): string {
  const parts = [a.text];
  if (a.due) parts.push(`(by ${shortDate(a.due)})`);
  if (a.done) parts.push('- done');
  return parts.join(' ');
}

function sections(content: Content, plan: CareerPlan, audience: Audience): Section[] {
  const a = plan.answers;
  const out: Section[] = [];
  const who: Fact[] = [];
  if (a['strengths']) who.push({ label: 'Strengths', value: a['strengths'] });
  if (a['enjoy']) who.push({ label: 'What I enjoy most', value: a['enjoy'] });
  out.push({ title: 'Who I am', facts: who, empty: 'Not answered.' });

  const where: Fact[] = [];
  if (a['aspirations']) where.push({ label: 'Aspirations', value: a['aspirations'] });
  where.push({ label: 'Direction', value: plan.growth ? GROWTH[plan.growth].title : 'Not sure yet' });
  out.push({ title: 'Where I want to go', facts: where });

  const options = plan.options.map((id) => roleName(content, id));
  if (a['optionsOther']) options.push(a['optionsOther']);
  out.push({ title: 'Options I am considering', items: options, empty: 'None chosen yet.' });

  const needs = Object.entries(plan.needs).map(([area, note]) => (note && note !== 'yes' ? `${areaTitle(area)}: ${note}` : areaTitle(area)));
  if (a['needsOther']) needs.push(`Anything else: ${a['needsOther']}`);
  out.push({ title: 'What I need to develop', items: needs, empty: 'None given.' });

  if (audience === 'self' && a['wellbeing']) {
    const n = Number(a['wellbeing']);
    out.push({
      title: 'How I feel about work',
      facts: [{ label: 'Right now', value: `${n} out of 5 (${WELLBEING_WORDS[n] ?? ''})` }],
    });
  }

  out.push({ title: 'My next steps', items: plan.actions.map(actionLine), empty: 'No actions yet.' });
  return out;
}

/** The summary as blocks, for a card. */
export function planBlocks(content: Content, plan: CareerPlan, audience: Audience = 'self'): Block[] {
  const blocks: Block[] = [];
  for (const s of sections(content, plan, audience)) {
    blocks.push({ type: 'heading', text: s.title });
    if (s.facts && s.facts.length > 0) blocks.push({ type: 'facts', facts: s.facts });
    if (s.items && s.items.length > 0) blocks.push({ type: 'list', items: s.items });
    if (!(s.facts?.length || s.items?.length) && s.empty) blocks.push({ type: 'paragraph', text: s.empty, tone: 'muted' });
  }
  return blocks;
}

function headline(plan: CareerPlan, timeZone: string, audience: Audience, name?: string): string {
  const date = shortDate(planDate(plan, timeZone));
  if (audience === 'manager') return `Career conversation summary${name ? ` from ${name}` : ''}, ${date}`;
  return `My career conversation, ${date}`;
}

const FOOTER_SELF =
  'Made with Career Companion. This is your plan: you decide who sees it. The approach follows NHS career conversations (Who am I? What are my options? What do I need? Taking action) and the NHS Scope for Growth model: https://sw.leadershipacademy.nhs.uk/scope-for-growth-2';
const FOOTER_MANAGER = 'Shared by the person it belongs to, using Career Companion. It does not include how they said they are feeling.';

/** The summary as plain text. */
export function planText(services: SummaryServices, plan: CareerPlan, audience: Audience = 'self', name?: string): string {
  const lines: string[] = [headline(plan, services.timeZone, audience, name), ''];
  for (const s of sections(services.content, plan, audience)) {
    lines.push(s.title.toUpperCase());
    for (const f of s.facts ?? []) lines.push(`${f.label}: ${f.value}`);
    for (const item of s.items ?? []) lines.push(`- ${item}`);
    if (!(s.facts?.length || s.items?.length) && s.empty) lines.push(s.empty);
    lines.push('');
  }
  lines.push(audience === 'self' ? FOOTER_SELF : FOOTER_MANAGER);
  return `${lines.join('\n')}\n`;
}

/** Escapes what people typed so it reads as text in Markdown, never as formatting or links. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-=]|\d+\.)/, '$1\\$2');
}

/** The summary as Markdown. */
export function planMarkdown(services: SummaryServices, plan: CareerPlan, audience: Audience = 'self', name?: string): string {
  const lines: string[] = [`# ${escapeMarkdown(headline(plan, services.timeZone, audience, name))}`, ''];
  for (const s of sections(services.content, plan, audience)) {
    lines.push(`## ${s.title}`, '');
    for (const f of s.facts ?? []) lines.push(`- **${f.label}:** ${escapeMarkdown(f.value)}`);
    for (const item of s.items ?? []) lines.push(`- ${escapeMarkdown(item)}`);
    if (!(s.facts?.length || s.items?.length) && s.empty) lines.push(`_${s.empty}_`);
    lines.push('');
  }
  lines.push(`_${audience === 'self' ? FOOTER_SELF : FOOTER_MANAGER}_`);
  return `${lines.join('\n')}\n`;
}

export type SummaryFormat = 'txt' | 'md';

/** The summary as a file: career-conversation-YYYY-MM-DD.txt or .md. */
export function planAttachment(services: SummaryServices, plan: CareerPlan, format: SummaryFormat): Attachment {
  const filename = `career-conversation-${planDate(plan, services.timeZone)}.${format}`;
  return format === 'md'
    ? { filename, contentType: 'text/markdown', content: planMarkdown(services, plan) }
    : { filename, contentType: 'text/plain', content: planText(services, plan) };
}

/**
 * The message a line manager gets when the person shares their plan: who it is
 * from, what they said (never the wellbeing answer), and a suggested next step.
 */
export function managerMessage(services: SummaryServices, plan: CareerPlan, name?: string): OutboundMessage {
  const who = name ?? 'A member of your team';
  return message([
    { type: 'heading', text: `Career conversation summary${name ? ` from ${name}` : ''}` },
    {
      type: 'paragraph',
      text: `${who} chose to share the summary of their career conversation (${shortDate(planDate(plan, services.timeZone))}) with you, using Career Companion. It does not include how they said they are feeling.`,
    },
    ...planBlocks(services.content, plan, 'manager'),
    { type: 'paragraph', text: 'A good next step is to talk it through together at your next one-to-one.' },
    { type: 'choices', choices: [startButton('What is Career Companion?', 'help')] },
  ]);
}
