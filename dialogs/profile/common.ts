/**
 * What the profile's steps share: which answer is which, where to go once a
 * question is answered, the summary of what is saved, and the buttons that
 * change one answer.
 */
import { message, type Block, type Choice, type Fact, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, startButton, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Role } from '../../src/content/model.js';
import type { Profile } from '../../src/store/ports.js';
import { matchRole } from '../../src/knowledge/understand.js';
import { bandLabel, roleWithBand } from '../../src/knowledge/format.js';
import { norm } from '../../src/knowledge/read-answers.js';
import { profileWords } from './wording.js';

export const PROFILE_DIALOG = 'profile';

/** Steps that can be asked on their own ("change my band"). */
export const PROFILE_FIELDS = ['role', 'band', 'area', 'quals', 'manager'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

const NEXT: Record<ProfileField, string> = {
  role: 'band',
  band: 'area',
  area: 'quals',
  quals: 'manager',
  manager: 'confirm',
};

/** The order in which "change my ..." words are tried: "my manager's band" is about the manager. */
const CHANGE_ORDER: readonly ProfileField[] = ['manager', 'quals', 'band', 'area', 'role'];

export const AREA_MAX = 80;
/** Answer values carried by buttons (never shown to people). */
export const FORM = '__form';
export const NONE = '__none';
export const CLEAR = '__clear';
export const UNSURE = 'unsure';

/** Whether recommendations still need the person's role. */
export function needsProfile(profile: Profile | undefined): boolean {
  return !profile?.roleId;
}

/** Whether the person has told us anything yet. */
export function hasAnything(p: Profile | undefined): boolean {
  return !!p && (!!p.onboarded || !!p.roleId || !!p.band || !!p.area || (p.held?.length ?? 0) > 0 || !!p.managerKey);
}

export function isField(x: unknown): x is ProfileField {
  return typeof x === 'string' && (PROFILE_FIELDS as readonly string[]).includes(x);
}

/** Which one question a request like "change my band" is about (content/wording/profile.yaml `changeWords`). */
export function fieldFromText(content: Content, text: string): ProfileField | undefined {
  const t = ` ${norm(text)} `;
  const words = changeWordsOf(content);
  return CHANGE_ORDER.find((field) => words[field].some((w) => t.includes(w)));
}

const changeWordsMemo = new WeakMap<object, Record<ProfileField, string[]>>();

/** The content's `changeWords`, normalised once and padded with spaces (" line manager "); those that normalise to nothing are left out. */
function changeWordsOf(content: Content): Record<ProfileField, string[]> {
  const words = profileWords(content).changeWords;
  let out = changeWordsMemo.get(words);
  if (!out) {
    const padded = (list: readonly string[]) => list.map((w) => norm(w)).filter((w) => w !== '').map((w) => ` ${w} `);
    out = { manager: padded(words.manager), quals: padded(words.quals), band: padded(words.band), area: padded(words.area), role: padded(words.role) };
    changeWordsMemo.set(words, out);
  }
  return out;
}

type Mode = 'full' | 'single' | 'confirm';

export function mode(ctx: StepContext): Mode {
  const m = ctx.data['mode'];
  return m === 'single' || m === 'confirm' ? m : 'full';
}

/** Buttons offered after a single change, so the reply never dead-ends. */
export function afterChangeChoices(content: Content): Choice[] {
  const w = profileWords(content).buttons;
  return [startButton(w.seeProfile, PROFILE_DIALOG), startButton(w.findRoute, 'pathway'), startButton(w.options, 'options')];
}

/** Where to go once a question is answered (or skipped). */
export function after(ctx: StepContext, field: ProfileField, note?: string): StepResult {
  delete ctx.data['suggest'];
  const w = profileWords(ctx.services.content);
  switch (mode(ctx)) {
    case 'single': {
      const text = note ?? w.leftAsItWas[field];
      ctx.say(message([{ type: 'paragraph', text }, { type: 'paragraph', text: w.whatNext }, { type: 'choices', choices: afterChangeChoices(ctx.services.content) }]));
      return { end: true };
    }
    case 'confirm':
      return note ? { next: 'confirm', first: note } : { next: 'confirm' };
    case 'full':
      return note ? { next: NEXT[field], first: note } : { next: NEXT[field] };
  }
}

/** A question skipped: on to the next one, or, when changing just this answer, say it is as it was. */
export function skipped(ctx: StepContext, field: ProfileField): StepResult {
  return after(ctx, field, mode(ctx) === 'full' ? undefined : profileWords(ctx.services.content).leftAsItWas[field]);
}

export function heldTitles(content: Content, held: string[] | undefined): string[] {
  return (held ?? []).map((id) => content.requirements.get(id)?.title).filter((t): t is string => !!t);
}

/** The summary of what is saved, as facts. */
export function profileFacts(content: Content, p: Profile | undefined): Fact[] {
  const w = profileWords(content).facts;
  const role = p?.roleId ? content.roles.get(p.roleId) : undefined;
  const goal = p?.goalRoleId ? content.roles.get(p.goalRoleId) : undefined;
  const quals = heldTitles(content, p?.held);
  const facts: Fact[] = [
    { label: w.role, value: role ? role.title : w.notGiven },
    { label: w.band, value: p?.band ? bandLabel(content, p.band) : w.notGiven },
    { label: w.area, value: p?.area ?? w.notGiven },
    { label: w.quals, value: quals.length > 0 ? quals.join('; ') : p?.held ? w.noneAsked : w.notGiven },
    { label: w.manager, value: p?.managerName || (p?.managerKey ? w.managerSaved : w.notGiven) },
  ];
  if (p?.lacks?.length) facts.push({ label: w.lacks, value: heldTitles(content, p.lacks).join('; ') });
  if (p?.circumstances?.length) {
    const said = profileWords(content).noted.circumstances;
    facts.push({ label: w.circumstances, value: p.circumstances.map((c) => said[c]).join('; ') });
  }
  if (goal) facts.push({ label: w.goal, value: goal.title });
  return facts;
}

/** A button that asks one question again; it works at any time. */
export function changeButton(content: Content, field: ProfileField): Choice {
  return actionButton(PROFILE_DIALOG, 'change', profileWords(content).change[field], { step: field });
}

/** Buttons that change one answer; they work at any time. */
export function changeChoices(content: Content): Choice[] {
  return PROFILE_FIELDS.map((f) => changeButton(content, f));
}

export function helpMessage(content: Content): OutboundMessage {
  const w = profileWords(content).help;
  return message([
    { type: 'heading', text: w.heading },
    { type: 'list', items: [...w.items] },
    { type: 'paragraph', text: w.note, tone: 'muted' },
  ]);
}

export async function saveRole(ctx: StepContext, role: Role): Promise<void> {
  await ctx.updateProfile((p) => {
    p.roleId = role.id;
  });
}

/** A role's title without its band: "Healthcare support worker (Band 2)" is "Healthcare support worker". */
export function baseTitle(role: Role): string {
  return role.title.replace(/\s*\([^)]*\)\s*$/, '');
}

/** Checks whether the saved role still fits a newly saved band, and offers to change it. */
export function bandCheck(content: Content, p: Profile, band: string): Block[] {
  const role = p.roleId ? content.roles.get(p.roleId) : undefined;
  if (!role || role.bandVaries || role.bands.includes(band as Role['bands'][number])) return [];
  const w = profileWords(content).band;
  const sibling = matchRole(content, `band ${band} ${baseTitle(role)}`);
  if (sibling && sibling.id !== role.id && sibling.bands.includes(band as Role['bands'][number])) {
    return [
      { type: 'paragraph', text: w.roleChanged({ role: roleWithBand(content, role), newRole: sibling.title }) },
      {
        type: 'choices',
        choices: [actionButton(PROFILE_DIALOG, 'setRole', w.yesNewRole({ role: sibling.title }), { roleId: sibling.id }), changeButton(content, 'role')],
      },
    ];
  }
  return [
    { type: 'paragraph', text: w.roleMayHaveChanged({ role: roleWithBand(content, role) }) },
    { type: 'choices', choices: [changeButton(content, 'role')] },
  ];
}

/** The profile is done: mark it, and offer what to do next. */
export async function finish(ctx: StepContext): Promise<StepResult> {
  await ctx.updateProfile((p) => {
    p.onboarded = true;
  });
  const w = profileWords(ctx.services.content);
  ctx.say(
    message([
      { type: 'paragraph', text: w.confirm.finished },
      { type: 'paragraph', text: w.whatNext },
      {
        type: 'choices',
        choices: [startButton(w.buttons.findRoute, 'pathway'), startButton(w.buttons.options, 'options'), startButton(w.buttons.resources, 'resources')],
      },
    ]),
  );
  return { end: true };
}
