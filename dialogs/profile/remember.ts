/**
 * Remembers what people say about themselves in passing: "I'm a band 3 HCA in A&E",
 * "no GCSE maths", "I can't afford uni", "I'm not an HCA any more, I'm a ward clerk".
 * What is new is saved to the profile at once, and one short line says what was kept
 * and how to change it. Nothing is kept from a question asked for someone else, and
 * nothing while a question is waiting for an answer (that question saves its answer).
 * A role is kept only when the message speaks of the writer ("I", "my"): "can a porter
 * become a nurse?" says nothing about who asks.
 *
 * Privacy: as for the profile dialog, only content ids, the band, and the area of work
 * in at most a few words are kept; the message itself is not.
 */
import type { TurnContext } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import type { Profile } from '../../src/store/ports.js';
import { understand } from '../../src/knowledge/understand.js';
import { hasFacts, statedFacts, type StatedFacts } from '../../src/knowledge/stated-facts.js';
import { bandLabel } from '../../src/knowledge/format.js';
import { globalCommand } from '../../src/core/words.js';
import { heldTitles } from './common.js';
import { profileWords } from './wording.js';

const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|me|my|myself)\b/i;

/** What is new in `f` against the profile, applied to `p`; returns the phrases to say. */
export function applyFacts(content: Content, p: Profile, f: StatedFacts): string[] {
  const w = profileWords(content).noted;
  const said: string[] = [];
  if (f.role && p.roleId !== f.role.id) {
    p.roleId = f.role.id;
    said.push(w.role({ role: f.role.title }));
  } else if (!f.role && f.notRole && p.roleId === f.notRole.id) {
    delete p.roleId;
    said.push(w.notRole({ role: f.notRole.title }));
  }
  if (f.band && p.band !== f.band) {
    p.band = f.band;
    // "Healthcare support worker (Band 3)" already says the band.
    const role = p.roleId ? content.roles.get(p.roleId) : undefined;
    const roleSaysIt = role && role.bands.length === 1 && role.bands[0] === f.band && role.id === f.role?.id;
    if (!roleSaysIt) said.push(w.band({ band: bandLabel(content, f.band) }));
  }
  if (f.area && p.area !== f.area) {
    p.area = f.area;
    said.push(w.area({ area: f.area }));
  }
  const newHeld = f.held.filter((id) => !p.held?.includes(id));
  if (newHeld.length > 0) {
    p.held = [...(p.held ?? []), ...newHeld];
    p.lacks = (p.lacks ?? []).filter((id) => !newHeld.includes(id));
    if (p.lacks.length === 0) delete p.lacks;
    said.push(w.held({ quals: heldTitles(content, newHeld).join(', ') }));
  }
  const newLacks = f.lacks.filter((id) => !p.lacks?.includes(id));
  if (newLacks.length > 0) {
    p.lacks = [...(p.lacks ?? []), ...newLacks];
    if (p.held) p.held = p.held.filter((id) => !newLacks.includes(id));
    said.push(w.lacks({ quals: heldTitles(content, newLacks).join(', ') }));
  }
  const newCircumstances = f.circumstances.filter((c) => !p.circumstances?.includes(c));
  if (newCircumstances.length > 0) {
    p.circumstances = [...(p.circumstances ?? []), ...newCircumstances];
    for (const c of newCircumstances) said.push(w.circumstances[c]);
  }
  return said;
}

export async function rememberStatedFacts(ctx: TurnContext): Promise<void> {
  const text = ctx.msg.text?.trim();
  if (!text || ctx.msg.action || ctx.openStep) return;
  const content = ctx.services.content;
  if (globalCommand(content, text)) return;
  const u = understand(text, content);
  if (u.onBehalf) return;
  const facts = statedFacts(content, text, u);
  if (!FIRST_PERSON.test(text)) {
    delete facts.role;
    delete facts.notRole;
    delete facts.band;
  }
  if (!hasFacts(facts)) return;
  const current = await ctx.profile();
  const trial: Profile = structuredClone(current ?? { userKey: ctx.msg.userKey, platform: ctx.msg.platform, createdAt: '', updatedAt: '' });
  if (applyFacts(content, trial, facts).length === 0) return;
  let said: string[] = [];
  await ctx.updateProfile((p) => {
    said = applyFacts(content, p, facts);
  });
  ctx.say(profileWords(content).noted.line({ facts: said.join('; ') }));
  ctx.noted = true;
}
