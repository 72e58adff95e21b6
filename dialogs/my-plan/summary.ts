/**
 * Career plan summaries: the same content as neutral blocks (the card the
 * person reads back), plain text and Markdown (the files they can download),
 * for the person themselves or for their line manager. The words are in
 * content/wording/my-plan.yaml (`summary`, `manager`).
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
import { myPlanWords, wellbeingWord } from './wording.js';

/** Scope for Growth's three growth categories (the career conversation asks; the summary names the answer). */
export type Growth = NonNullable<CareerPlan['growth']>;

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
export function actionLine(content: Pick<Content, 'wording'>, a: CareerPlan['actions'][number]): string {
  const w = myPlanWords(content).summary.actions;
  if (a.due) {
    const date = shortDate(a.due);
    return a.done ? w.dueDone({ action: a.text, date }) : w.due({ action: a.text, date });
  }
  return a.done ? w.done({ action: a.text }) : a.text;
}

function sections(content: Content, plan: CareerPlan, audience: Audience): Section[] {
  const w = myPlanWords(content).summary;
  const a = plan.answers;
  const out: Section[] = [];
  const who: Fact[] = [];
  if (a['strengths']) who.push({ label: w.who.strengths, value: a['strengths'] });
  if (a['enjoy']) who.push({ label: w.who.enjoy, value: a['enjoy'] });
  out.push({ title: w.who.heading, facts: who, empty: w.who.empty });

  const where: Fact[] = [];
  if (a['aspirations']) where.push({ label: w.where.aspirations, value: a['aspirations'] });
  where.push({ label: w.where.direction, value: w.direction[plan.growth ?? 'unsure'] });
  out.push({ title: w.where.heading, facts: where });

  const options = plan.options.map((id) => roleName(content, id));
  if (a['optionsOther']) options.push(a['optionsOther']);
  out.push({ title: w.options.heading, items: options, empty: w.options.empty });

  const needs = Object.entries(plan.needs).map(([area, note]) => (note && note !== 'yes' ? w.needs.withNote({ area: areaTitle(area), note }) : areaTitle(area)));
  if (a['needsOther']) needs.push(w.needs.other({ text: a['needsOther'] }));
  out.push({ title: w.needs.heading, items: needs, empty: w.needs.empty });

  if (audience === 'self' && a['wellbeing']) {
    const n = Number(a['wellbeing']);
    out.push({
      title: w.wellbeing.heading,
      facts: [{ label: w.wellbeing.label, value: w.wellbeing.value({ rating: n, word: wellbeingWord(content, n) ?? '' }) }],
    });
  }

  out.push({ title: w.actions.heading, items: plan.actions.map((x) => actionLine(content, x)), empty: w.actions.empty });
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

function headline(services: SummaryServices, plan: CareerPlan, audience: Audience, name?: string): string {
  const w = myPlanWords(services.content).summary.headline;
  const date = shortDate(planDate(plan, services.timeZone));
  if (audience === 'self') return w.self({ date });
  return name ? w.managerFrom({ name, date }) : w.manager({ date });
}

function footer(services: SummaryServices, audience: Audience): string {
  const w = myPlanWords(services.content).summary.footer;
  return audience === 'self' ? w.self : w.manager;
}

/** The summary as plain text. */
export function planText(services: SummaryServices, plan: CareerPlan, audience: Audience = 'self', name?: string): string {
  const lines: string[] = [headline(services, plan, audience, name), ''];
  for (const s of sections(services.content, plan, audience)) {
    lines.push(s.title.toUpperCase());
    for (const f of s.facts ?? []) lines.push(`${f.label}: ${f.value}`);
    for (const item of s.items ?? []) lines.push(`- ${item}`);
    if (!(s.facts?.length || s.items?.length) && s.empty) lines.push(s.empty);
    lines.push('');
  }
  lines.push(footer(services, audience));
  return `${lines.join('\n')}\n`;
}

/** Escapes what people typed so it reads as text in Markdown, never as formatting or links. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-=]|\d+\.)/, '$1\\$2');
}

/** The summary as Markdown. */
export function planMarkdown(services: SummaryServices, plan: CareerPlan, audience: Audience = 'self', name?: string): string {
  const lines: string[] = [`# ${escapeMarkdown(headline(services, plan, audience, name))}`, ''];
  for (const s of sections(services.content, plan, audience)) {
    lines.push(`## ${s.title}`, '');
    for (const f of s.facts ?? []) lines.push(`- **${f.label}:** ${escapeMarkdown(f.value)}`);
    for (const item of s.items ?? []) lines.push(`- ${escapeMarkdown(item)}`);
    if (!(s.facts?.length || s.items?.length) && s.empty) lines.push(`_${s.empty}_`);
    lines.push('');
  }
  lines.push(`_${footer(services, audience)}_`);
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
  const w = myPlanWords(services.content).manager;
  const date = shortDate(planDate(plan, services.timeZone));
  return message([
    { type: 'heading', text: name ? w.headingFrom({ name }) : w.heading },
    { type: 'paragraph', text: name ? w.introFrom({ name, date }) : w.intro({ date }) },
    ...planBlocks(services.content, plan, 'manager'),
    { type: 'paragraph', text: w.nextStep },
    { type: 'choices', choices: [startButton(w.whatIs, 'help')] },
  ]);
}
