/**
 * The programme report, for education and admin leads named in ADMIN_USERS:
 * per programme, how many people are on it, how many check-ins went out, were
 * answered or missed, the average confidence rating, and how many people need
 * attention. Numbers only: no names, no user keys, nothing anyone wrote.
 *
 * Who is an admin comes only from the settings and the platform's user id
 * (`ctx.msg.userKey`); nobody can make themselves one by what they type.
 *
 * The words are in content/wording/admin.yaml.
 */
import { startButton, type Dialog, type StepContext } from '../../src/core/dialog.js';
import { message, type Block, type Fact } from '../../src/core/messages.js';
import { recordAudit } from '../../src/core/audit.js';
import type { CheckinAnswer, Enrolment, Reminder, Store } from '../../src/store/ports.js';
import type { Content } from '../../src/content/model.js';
import { defineWording, text } from '../../src/content/wording.js';
import { isMissed } from '../checkins/reminders.js';

export const ADMIN_WORDING = defineWording('admin', {
  title: text(),
  notAllowed: text(),
  buttons: { whatCanYouDo: text(), whatElse: text() },
  report: {
    heading: text(),
    intro: text(),
    nobody: text(),
    programmeGone: text('id'),
    facts: {
      enrolled: text(),
      enrolledValue: text('total', 'active', 'paused', 'finished'),
      stopped: text(),
      sent: text(),
      answered: text(),
      missed: text(),
      average: text(),
      averageValue: text('average', 'ratings'),
      averageHidden: text('min'),
      attention: text(),
      attentionValue: text('count'),
    },
    footer: text(),
  },
});

export interface AdminOptions {
  /** The content the words come from (the dialog's title is read once, here). */
  content: Content;
  /** User keys allowed to see the report (ADMIN_USERS). */
  admins?: readonly string[];
  /** When a sent, nudged, unanswered check-in counts as missed (MISSED_AFTER_HOURS). */
  missedAfterMs?: number;
}

/** An average is shown only from this many ratings: fewer could point to one person. */
export const MIN_RATINGS_FOR_AVERAGE = 3;

/**
 * "programme report", "show me the programme stats": kept as a pattern, as its
 * optional parts in a row ("please", "show/see/view/...", "me", "the/a/my",
 * "programme/admin/...", "report/summary/numbers/...") make thousands of phrases.
 */
export const ADMIN_REQUEST = /^(please )?(show |see |view |get |send )?(me )?(the |a |my )?(programme|program|admin|programmes|programs) (report|summary|numbers|stats|statistics)( please)?$/;

export interface ProgrammeNumbers {
  programmeId: string;
  title: string;
  active: number;
  paused: number;
  completed: number;
  withdrawn: number;
  sent: number;
  answered: number;
  missed: number;
  ratings: number;
  /** Rounded to one decimal place; undefined below MIN_RATINGS_FOR_AVERAGE ratings. */
  averageRating?: number;
  /** People whose latest answer had a low rating or asked for support. */
  needingAttention: number;
}

/** The numbers for every programme in the content, plus any programme with enrolments that the content no longer has. */
export async function programmeReport(store: Store, content: Content, now: Date, missedAfterMs: number): Promise<ProgrammeNumbers[]> {
  const enrolments = await store.enrolments.list();
  const byProgramme = new Map<string, Enrolment[]>();
  for (const id of content.programmes.keys()) byProgramme.set(id, []);
  for (const e of enrolments) {
    const list = byProgramme.get(e.programmeId) ?? [];
    list.push(e);
    byProgramme.set(e.programmeId, list);
  }
  const out: ProgrammeNumbers[] = [];
  for (const [programmeId, list] of byProgramme) {
    const programme = content.programmes.get(programmeId);
    const low = programme?.escalation.lowRatingAtOrBelow ?? 2;
    const n: ProgrammeNumbers = {
      programmeId,
      title: programme?.title ?? ADMIN_WORDING.of(content).report.programmeGone({ id: programmeId }),
      active: 0,
      paused: 0,
      completed: 0,
      withdrawn: 0,
      sent: 0,
      answered: 0,
      missed: 0,
      ratings: 0,
      needingAttention: 0,
    };
    let sum = 0;
    for (const e of list) {
      n[e.status]++;
      const answers = await store.checkins.listForEnrolment(e.id);
      const byCheckin = new Map<string, CheckinAnswer>(answers.map((a) => [a.checkinId, a]));
      const rows: Reminder[] = await store.reminders.listByPayload('enrolmentId', e.id);
      for (const r of rows) {
        if (r.kind !== 'checkin' || r.state !== 'sent') continue;
        n.sent++;
        const checkinId = r.payload['checkinId'] ?? '';
        if (isMissed(e.id, checkinId, rows, byCheckin.get(checkinId), now, missedAfterMs)) n.missed++;
      }
      n.answered += answers.length;
      for (const a of answers) {
        if (typeof a.rating === 'number') {
          n.ratings++;
          sum += a.rating;
        }
      }
      const latest = [...answers].sort((a, b) => (a.answeredAt < b.answeredAt ? 1 : -1))[0];
      if (latest && ((latest.rating !== undefined && latest.rating <= low) || latest.supportRequested)) n.needingAttention++;
    }
    if (n.ratings >= MIN_RATINGS_FOR_AVERAGE) n.averageRating = Math.round((sum / n.ratings) * 10) / 10;
    out.push(n);
  }
  return out;
}

function reportBlocks(content: Content, rows: ProgrammeNumbers[]): Block[] {
  const w = ADMIN_WORDING.of(content).report;
  const f = w.facts;
  const blocks: Block[] = [
    { type: 'heading', text: w.heading },
    { type: 'paragraph', text: w.intro, tone: 'muted' },
  ];
  const shown = rows.filter((r) => r.active + r.paused + r.completed + r.withdrawn > 0 || r.sent > 0);
  if (shown.length === 0) {
    blocks.push({ type: 'paragraph', text: w.nobody });
    return blocks;
  }
  for (const r of shown) {
    const facts: Fact[] = [
      { label: f.enrolled, value: f.enrolledValue({ total: r.active + r.paused + r.completed, active: r.active, paused: r.paused, finished: r.completed }) },
    ];
    if (r.withdrawn > 0) facts.push({ label: f.stopped, value: String(r.withdrawn) });
    facts.push({ label: f.sent, value: String(r.sent) });
    facts.push({ label: f.answered, value: String(r.answered) });
    facts.push({ label: f.missed, value: String(r.missed) });
    facts.push({
      label: f.average,
      value: r.averageRating !== undefined ? f.averageValue({ average: r.averageRating.toFixed(1), ratings: r.ratings }) : f.averageHidden({ min: MIN_RATINGS_FOR_AVERAGE }),
    });
    facts.push({ label: f.attention, value: f.attentionValue({ count: r.needingAttention }) });
    blocks.push({ type: 'heading', text: r.title });
    blocks.push({ type: 'facts', facts });
  }
  blocks.push({ type: 'paragraph', text: w.footer, tone: 'muted' });
  return blocks;
}

export function adminDialog(opts: AdminOptions): Dialog {
  const admins = new Set(opts.admins ?? []);
  const missedAfterMs = opts.missedAfterMs ?? 48 * 3_600_000;
  return {
    id: 'admin',
    title: ADMIN_WORDING.of(opts.content).title,
    async begin(ctx: StepContext) {
      const me = ctx.msg.userKey;
      const w = ADMIN_WORDING.of(ctx.services.content);
      if (!admins.has(me)) {
        ctx.say(message([{ type: 'paragraph', text: w.notAllowed }, { type: 'choices', choices: [startButton(w.buttons.whatCanYouDo, 'help')] }]));
        return { end: true };
      }
      const { store, content, clock } = ctx.services;
      const rows = await programmeReport(store, content, clock(), missedAfterMs);
      const enrolled = rows.reduce((a, r) => a + r.active + r.paused + r.completed, 0);
      await recordAudit(ctx.services, 'admin-view', me, undefined, { report: 'programmes', programmes: rows.length, people: enrolled });
      ctx.say(message([...reportBlocks(content, rows), { type: 'choices', choices: [startButton(w.buttons.whatElse, 'help')] }]));
      return { end: true };
    },
    steps: {},
  };
}
