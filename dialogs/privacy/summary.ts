/**
 * What is held about a person, as the chat shows it: grouped, in plain
 * English, in the words of content/wording/privacy.yaml. The data comes from
 * `exportPerson` (src/privacy/export.ts), which also makes the JSON file.
 */
import type { Content } from '../../src/content/model.js';
import type { Block } from '../../src/core/messages.js';
import { shortDate } from '../../src/time/format.js';
import { bandLabel } from '../../src/knowledge/format.js';
import type { PersonalData } from '../../src/privacy/export.js';
import { countOf, privacyWords } from './wording.js';
import { profileWords } from '../profile/wording.js';

/**
 * The summary shown in the chat. Longer things the person wrote (plan answers,
 * check-in words) are counted, not repeated: they are in the file.
 * `retentionDays` is how long check-in free text is kept.
 */
export function summaryBlocks(d: PersonalData, content: Content, retentionDays: number): Block[] {
  const w = privacyWords(content).summary;
  const blocks: Block[] = [];
  const p = d.profile;
  const roleName = (id: string | undefined) => (id ? (content.roles.get(id)?.title ?? id) : undefined);
  /** "3 March 2027" for a date or a time (its UTC date). */
  const day = (iso: string | undefined): string => {
    if (!iso) return w.unknownDate;
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso.slice(0, 10);
    return shortDate(at.toISOString().slice(0, 10));
  };

  if (p) {
    const l = w.profile;
    const facts: Array<{ label: string; value: string }> = [];
    const role = roleName(p.roleId);
    if (role) facts.push({ label: l.role, value: role });
    if (p.band) facts.push({ label: l.band, value: bandLabel(content, p.band) });
    if (p.area) facts.push({ label: l.area, value: p.area });
    if (p.held?.length) {
      const names = p.held.map((id) => content.requirements.get(id)?.title ?? id);
      facts.push({ label: l.quals, value: names.join(', ') });
    }
    if (p.lacks?.length) {
      facts.push({ label: l.lacks, value: p.lacks.map((id) => content.requirements.get(id)?.title ?? id).join(', ') });
    }
    if (p.circumstances?.length) {
      const said = profileWords(content).noted.circumstances;
      facts.push({ label: l.circumstances, value: p.circumstances.map((c) => said[c]).join('; ') });
    }
    if (p.displayName) facts.push({ label: l.displayName, value: p.displayName });
    if (p.managerKey) facts.push({ label: l.manager, value: p.managerName ? p.managerName : l.managerNoName });
    const goal = roleName(p.goalRoleId);
    if (goal) facts.push({ label: l.goal, value: goal });
    if (p.appraisalDue) facts.push({ label: l.appraisalDue, value: day(p.appraisalDue) });
    if (p.lastCareerConversation) facts.push({ label: l.lastCareerConversation, value: day(p.lastCareerConversation) });
    if (p.workingPattern) facts.push({ label: l.messagesWhen, value: l.messagesWhenValue({ start: p.workingPattern.start, end: p.workingPattern.end }) });
    if (p.pausedUntil) facts.push({ label: l.pausedUntil, value: day(p.pausedUntil) });
    facts.push({ label: l.firstSaved, value: day(p.createdAt) });
    blocks.push({ type: 'heading', text: l.heading });
    blocks.push({ type: 'facts', facts });
  }

  if (d.conversations.length > 0) {
    blocks.push({ type: 'heading', text: w.conversations.heading });
    blocks.push({ type: 'paragraph', text: countOf(d.conversations.length, w.conversations) });
  }

  if (d.plans.length > 0) {
    const l = w.plans;
    blocks.push({ type: 'heading', text: l.heading });
    blocks.push({
      type: 'list',
      items: d.plans.map((plan) => {
        const parts = [plan.completedAt ? l.finished({ start: day(plan.startedAt), end: day(plan.completedAt) }) : l.notFinished({ start: day(plan.startedAt) })];
        if (plan.growth) parts.push(l.growth[plan.growth]);
        parts.push(countOf(plan.actions.length, l.actions));
        parts.push(plan.sharedWith ? l.shared({ date: day(plan.sharedWith.at) }) : l.notShared);
        return parts.join('; ');
      }),
    });
  }

  if (d.enrolments.length > 0) {
    const l = w.programmes;
    blocks.push({ type: 'heading', text: l.heading });
    blocks.push({
      type: 'list',
      items: d.enrolments.map((e) => {
        const programme = content.programmes.get(e.programmeId)?.title ?? e.programmeId;
        const item = l.item({ programme, date: day(e.startDate), status: l.status[e.status] });
        const saves = e.managerKey && e.preceptorKey ? l.saves.both : e.managerKey ? l.saves.manager : e.preceptorKey ? l.saves.preceptor : undefined;
        return saves ? `${item} ${saves}` : item;
      }),
    });
  }

  if (d.checkinAnswers.length > 0) {
    const l = w.checkins;
    const withWords = d.checkinAnswers.filter((a) => Object.keys(a.text).length > 0).length;
    const flagged = d.checkinAnswers.filter((a) => a.escalatedTo).length;
    const lines = [countOf(d.checkinAnswers.length, l.answers)];
    if (withWords > 0) lines.push(l.withWords({ count: withWords, days: retentionDays }));
    if (flagged > 0) lines.push(countOf(flagged, l.flagged));
    blocks.push({ type: 'heading', text: l.heading });
    blocks.push({ type: 'paragraph', text: lines.join(' ') });
  }

  if (d.reminders.length > 0) {
    const waiting = d.reminders.filter((r) => r.state === 'pending' || r.state === 'claimed').length;
    blocks.push({ type: 'heading', text: w.reminders.heading });
    blocks.push({ type: 'paragraph', text: countOf(d.reminders.length, w.reminders, { waiting }) });
  }

  if (d.conversationReference) {
    const l = w.reference;
    const platform = d.conversationReference.platform;
    const names: Record<string, string> = l.platforms;
    const where = Object.hasOwn(names, platform) ? names[platform]! : platform;
    blocks.push({ type: 'heading', text: l.heading });
    blocks.push({ type: 'paragraph', text: l.text({ platform: where, date: day(d.conversationReference.updatedAt) }) });
  }

  const n = d.namedAsSupporter;
  if (n.profiles + n.enrolments + n.sharedPlans > 0) {
    const l = w.others;
    const parts: string[] = [];
    if (n.profiles > 0) parts.push(countOf(n.profiles, l.profiles));
    if (n.enrolments > 0) parts.push(countOf(n.enrolments, l.programmes));
    if (n.sharedPlans > 0) parts.push(countOf(n.sharedPlans, l.sharedPlans));
    blocks.push({ type: 'heading', text: l.heading });
    blocks.push({ type: 'paragraph', text: l.text({ list: parts.join('; ') }) });
  }
  return blocks;
}
