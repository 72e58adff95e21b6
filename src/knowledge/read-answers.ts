/**
 * Small helpers shared by the profile, pathway, options and resources dialogs:
 * reading short answers (skip, bands, roles), role buttons, and a few plain
 * formatting helpers. Nothing here keeps or logs what people type.
 */
import type { Content, Requirement, Resource, Role } from '../content/model.js';
import type { Choice } from '../core/messages.js';
import { answerButton, answerText, type Answer, type StepContext } from '../core/dialog.js';
import { matchRole, normalise, suggestRoles, understand } from './understand.js';
import { isAnswer, type AnswerKind } from '../core/words.js';

/** Answer values carried by buttons (never shown to people). */
export const SKIP = 'skip';
export const OTHER = '__other';

/** Lower case, no punctuation, single spaces (the same normalisation as question understanding). */
export function norm(text: string): string {
  return normalise(text);
}

/** "Leave this one out": the Skip button, or a skip word (content/wording/core.yaml `answers.skip`). */
export function isSkip(content: Content, text: string | undefined): boolean {
  if (text === undefined) return false;
  if (text === SKIP) return true;
  return isAnswer(content, text, ['skip']);
}

/**
 * True when the whole text is a short answer of these kinds (content/wording/core.yaml
 * `answers`) or one of the question's own `extra` words, as typed or with contractions
 * and common short forms expanded ("I dont know" is "i do not know").
 */
export function isShortAnswer(content: Content, text: string, kinds: readonly AnswerKind[], extra: readonly string[] = []): boolean {
  return isAnswer(content, text, kinds, extra) || isAnswer(content, norm(text), kinds, extra);
}

/** Roles marked `common` in the content, most common first. */
export function commonRoles(content: Content, limit = 10): Role[] {
  return [...content.roles.values()]
    .filter((r) => r.common !== undefined)
    .sort((a, b) => a.common! - b.common! || a.title.localeCompare(b.title))
    .slice(0, limit);
}

// ---------------------------------------------------------------------------
// Bands

/** Agenda for Change bands offered as buttons. */
export const BAND_BUTTONS = ['2', '3', '4', '5', '6', '7'] as const;
const ALL_BANDS = new Set(['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9']);
const BAND_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

export type BandAnswer = { band: string } | { unsure: true } | null;

/**
 * Reads a band: "band 3", "Band 3", "b3", "3", "three", "band three", "8a".
 * "Not sure" and "don't know" (content/wording/core.yaml `answers.notSure`) are an
 * answer too. Returns null when it is not a band.
 */
export function parseBand(content: Content, text: string): BandAnswer {
  const t = norm(text);
  if (t === '') return null;
  if (isShortAnswer(content, text, ['notSure'])) return { unsure: true };
  const m = /^(?:i am |i m |my band is |it is |now |i am now |i am on |on )?(?:a |an )?(?:agenda for change |afc )?(?:band |b )?([0-9][a-d]?|one|two|three|four|five|six|seven|eight|nine)(?: band)?$/.exec(t);
  if (!m) return null;
  const raw = BAND_WORDS[m[1]!] ?? m[1]!;
  // Band 8 has four parts; "8" on its own is not enough to know which.
  return ALL_BANDS.has(raw) ? { band: raw } : null;
}

// ---------------------------------------------------------------------------
// Roles typed or pressed

export type RoleAnswer =
  | { kind: 'role'; role: Role }
  | { kind: 'skip' }
  | { kind: 'other' }
  | { kind: 'nomatch'; suggestions: Role[] }
  | { kind: 'unrelated' }
  | { kind: 'empty' };

/** True when the text reads like a new question rather than a short answer. */
export function looksLikeQuestion(content: Content, text: string): boolean {
  const t = norm(text);
  if (t.split(' ').length < 3) return false;
  const u = understand(text, content);
  if (u.intent === 'unknown' || u.intent === 'profile') return false;
  return /\?\s*$/.test(text) || /^(how|what|where|which|can|could|should|who|why|when|show|tell|help|find|is|are|do|does|i want|i would like|give)\b/.test(t);
}

/**
 * Reads an answer to "what is your (current) role?": a role button (its id), "Something
 * else" (content/wording/core.yaml `answers.other`), "skip", or typed text matched
 * against the content's roles. The typed text is only used to find a role; it is never kept.
 */
export function readRoleAnswer(ctx: StepContext, input: Answer): RoleAnswer {
  const content = ctx.services.content;
  const raw = answerText(input)?.trim() ?? '';
  if (raw === '') return { kind: 'empty' };
  if (input.action) {
    if (raw === OTHER) return { kind: 'other' };
    if (raw === SKIP) return { kind: 'skip' };
    const role = content.roles.get(raw);
    if (role) return { kind: 'role', role };
  }
  if (isSkip(content, raw)) return { kind: 'skip' };
  if (isShortAnswer(content, raw, ['other'])) return { kind: 'other' };
  if (looksLikeQuestion(content, raw)) return { kind: 'unrelated' };
  const role = matchRole(content, raw);
  if (role) return { kind: 'role', role };
  return { kind: 'nomatch', suggestions: suggestRoles(content, raw) };
}

// ---------------------------------------------------------------------------
// Requirements (qualifications)

/** Requirements the profile asks about, in content order. */
export function askableRequirements(content: Content): Requirement[] {
  return [...content.requirements.values()].filter((r) => r.askInProfile);
}

/** Words people type for each kind of qualification; used only for ids the content has. */
const QUAL_PATTERNS: Array<{ id: string; re: RegExp }> = [
  {
    id: 'level2-maths-english',
    re: /\b(?:gcses?|functional skills|level 2 (?:maths|english)|maths and english|english and maths|maths|english)\b/,
  },
  {
    id: 'level3-healthcare-qualification',
    re: /\b(?:level 3 (?:diploma )?(?:in )?(?:health|healthcare|health and social care|care)|diploma in healthcare|senior (?:healthcare )?support worker apprenticeship|level 3 apprenticeship|nvq 3)\b/,
  },
  {
    id: 'level3-qualification',
    re: /\b(?:a levels?|as levels?|level 3|t levels?|btecs?|access (?:to higher education |to he )?course|access course|nvq level 3)\b/,
  },
  { id: 'degree', re: /\b(?:degree|degrees|bachelor|bachelors|bsc|ba|masters|msc|graduate)\b/ },
  { id: 'nmc-registration', re: /\b(?:nmc|nursing and midwifery council|registered nurse|registered midwife|registered nursing associate)\b/ },
  { id: 'hcpc-registration', re: /\b(?:hcpc|health and care professions council)\b/ },
  { id: 'care-certificate', re: /\bcare certificate\b/ },
  { id: 'healthcare-experience', re: /\b(?:experience|worked in care|work in care|years in care|months in care)\b/ },
];

export type QualsAnswer = { held: string[] } | { none: true } | null;

/**
 * Reads typed qualifications ("gcse maths and english", "a levels", "degree"), or
 * "none": a `none` or `no` answer (content/wording/core.yaml `answers`), or one of
 * the question's own `noneWords` ("no qualifications").
 */
export function parseQuals(content: Content, text: string, noneWords: readonly string[] = []): QualsAnswer {
  const t = norm(text);
  if (t === '') return null;
  if (isShortAnswer(content, text, ['none', 'no'], noneWords)) return { none: true };
  const askable = new Set(askableRequirements(content).map((r) => r.id));
  const held: string[] = [];
  for (const { id, re } of QUAL_PATTERNS) {
    if (askable.has(id) && re.test(t)) held.push(id);
  }
  // Titles written in the content, for requirements the patterns above do not know.
  for (const r of askableRequirements(content)) {
    if (held.includes(r.id)) continue;
    const title = norm(r.title).replace(/^(a|an|the) /, '');
    if (title.length > 3 && t.includes(title)) held.push(r.id);
  }
  return held.length > 0 ? { held } : null;
}

// ---------------------------------------------------------------------------
// Formatting

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Ends a sentence with a full stop if it has none. */
export function sentence(s: string): string {
  const t = s.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

/** The learning resource that best fits a requirement (by words in its title and tags), if any. */
export function resourceForRequirement(content: Content, requirement: Requirement, routeId?: string): Resource | undefined {
  const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'with', 'your', 'level', 'qualification', '2', '3', 'registration']);
  const words = norm(requirement.title)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
  if (words.length === 0) return undefined;
  let best: { r: Resource; score: number } | undefined;
  for (const r of content.resources) {
    const have = new Set(norm([r.title, ...r.tags].join(' ')).split(' '));
    let score = words.filter((w) => have.has(w)).length;
    if (score < Math.min(2, words.length)) continue;
    if (routeId && r.routes.includes(routeId)) score += 1;
    if (!best || score > best.score || (score === best.score && r.priority < best.r.priority)) best = { r, score };
  }
  return best?.r;
}

/** Buttons for roles, answering the current step with each role's id. */
export function roleChoices(ctx: { dialogId: string; stepId: string }, roles: Role[]): Choice[] {
  return roles.map((r) => answerButton(ctx, r.title, r.id));
}
