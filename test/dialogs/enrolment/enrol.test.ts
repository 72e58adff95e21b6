/**
 * The enrolment service over a real LowStore and the shipped content:
 * idempotency, start date changes, identity matching and validation.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import type { Content } from '../../../src/content/model.js';
import { enrol, EnrolError, resolvePendingEnrolments, type EnrolInput } from '../../../dialogs/enrolment/enrol.js';
import { planCheckins } from '../../../dialogs/checkins/plan.js';
import { localDate } from '../../../src/time/zone.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const NOW = new Date('2026-11-21T10:00:00Z');
const SETTINGS = { timeZone: 'Europe/London', checkinTime: '10:00' };
const GUID = '0A1B2C3D-0000-4000-8000-00000000ABCD';

describe('enrol', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  const services = () => ({ store, content, clock: () => NOW });

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const base: EnrolInput = { subject: 'teams:29:sam', programmeId: 'new-starter-induction', startDate: '2027-03-01', managerKey: 'teams:29:jo', enrolledBy: 'teams:29:jo' };
  const checkinCount = () => content.programmes.get('new-starter-induction')!.checkins.length;

  it('creates the enrolment and its check-ins once; the same input again changes nothing', async () => {
    const first = await enrol(services(), SETTINGS, base, NOW);
    expect(first.status).toBe('created');
    expect(first.enrolment).toMatchObject({ id: 'new-starter-induction|teams:29:sam', userKey: 'teams:29:sam', managerKey: 'teams:29:jo', status: 'active', startDate: '2027-03-01' });
    expect(first.planned).toBe(checkinCount());
    const rows = await store.reminders.listByPayload('enrolmentId', first.enrolment.id);
    expect(rows.map((r) => r.id).sort()).toEqual(planCheckins(first.enrolment, content.programmes.get('new-starter-induction')!, { ...SETTINGS, now: NOW }).map((r) => r.id).sort());
    expect(rows.every((r) => r.userKey === 'teams:29:sam' && r.state === 'pending')).toBe(true);

    const writes = store.writeCount;
    const again = await enrol(services(), SETTINGS, { ...base, enrolledBy: 'csv' }, new Date('2026-11-22T09:00:00Z'));
    expect(again.status).toBe('unchanged');
    expect(again.planned).toBe(0);
    expect(again.enrolment.enrolledBy).toBe('teams:29:jo');
    expect(store.writeCount).toBe(writes);
    expect(await store.reminders.listByPayload('enrolmentId', first.enrolment.id)).toHaveLength(checkinCount());
    expect(await store.enrolments.list()).toHaveLength(1);
  });

  it('a new start date cancels the pending check-ins and plans new ones; going back brings the first ones back', async () => {
    const { enrolment } = await enrol(services(), SETTINGS, base, NOW);
    // One check-in has already gone out: it stays as it is.
    const sentId = `checkin|${enrolment.id}|day-1`;
    await store.reminders.update(sentId, { state: 'sent', sentAt: NOW.toISOString() });

    const moved = await enrol(services(), SETTINGS, { ...base, startDate: '2027-03-15' }, NOW);
    expect(moved.status).toBe('updated');
    expect(moved.enrolment.startDate).toBe('2027-03-15');
    expect(moved.planned).toBe(checkinCount());
    const rows = await store.reminders.listByPayload('enrolmentId', enrolment.id);
    const pending = rows.filter((r) => r.state === 'pending');
    expect(pending).toHaveLength(checkinCount());
    expect(pending.every((r) => r.id.endsWith('|2027-03-15'))).toBe(true);
    expect(pending.find((r) => r.payload['checkinId'] === 'day-1')!.dueAt).toBe('2027-03-15T10:00:00.000Z');
    expect(rows.filter((r) => r.state === 'cancelled').map((r) => r.id).sort()).toEqual(
      rows.filter((r) => !r.id.endsWith('|2027-03-15') && r.id !== sentId).map((r) => r.id).sort(),
    );
    expect((await store.reminders.get(sentId))!.state).toBe('sent');

    // The same new date again: nothing more.
    expect((await enrol(services(), SETTINGS, { ...base, startDate: '2027-03-15' }, NOW)).status).toBe('unchanged');

    // Back to the first date: its own rows come back, the second date's are cancelled.
    const back = await enrol(services(), SETTINGS, base, NOW);
    expect(back.status).toBe('updated');
    const after = await store.reminders.listByPayload('enrolmentId', enrolment.id);
    const live = after.filter((r) => r.state === 'pending').map((r) => r.id).sort();
    expect(live).toEqual(planCheckins(back.enrolment, content.programmes.get('new-starter-induction')!, { ...SETTINGS, now: NOW }).map((r) => r.id).filter((id) => id !== sentId).sort());
    expect(after.filter((r) => r.id.endsWith('|2027-03-15')).every((r) => r.state === 'cancelled')).toBe(true);
    expect(after.filter((r) => r.state === 'pending').every((r) => localDate(new Date(r.dueAt), 'Europe/London') >= '2027-03-01')).toBe(true);
  });

  it('matches an Entra object id to a person who has messaged the bot', async () => {
    await store.refs.put({ userKey: 'teams:29:alex', platform: 'teams', ref: {}, aliases: [`aad:${GUID.toLowerCase()}`], updatedAt: NOW.toISOString() });
    const r = await enrol(services(), SETTINGS, { ...base, subject: `aad:${GUID}`, appraisalDue: '2027-11-01' }, NOW);
    expect(r.enrolment.subject).toBe(`aad:${GUID.toLowerCase()}`);
    expect(r.enrolment.userKey).toBe('teams:29:alex');
    expect((await store.reminders.listByPayload('enrolmentId', r.enrolment.id)).every((x) => x.userKey === 'teams:29:alex')).toBe(true);
    expect(await store.profiles.get('teams:29:alex')).toMatchObject({ platform: 'teams', appraisalDue: '2027-11-01' });
  });

  it('keeps an unmatched identity waiting, then links it when the person first messages the bot', async () => {
    const aad = `aad:${GUID.toLowerCase()}`;
    const r = await enrol(services(), SETTINGS, { ...base, subject: aad, managerKey: 'email:Jo@Trust.nhs.uk', appraisalDue: '2027-11-01' }, NOW);
    expect(r.status).toBe('created');
    expect(r.enrolment.userKey).toBeUndefined();
    expect(r.enrolment.managerKey).toBe('email:jo@trust.nhs.uk');
    expect(await store.profiles.count()).toBe(0);
    const rows = await store.reminders.listByPayload('enrolmentId', r.enrolment.id);
    expect(rows.every((x) => x.userKey === aad)).toBe(true);

    expect(await resolvePendingEnrolments(services(), 'teams:29:alex', [aad])).toBe(1);
    expect((await store.enrolments.get(r.enrolment.id))!.userKey).toBe('teams:29:alex');
    expect((await store.reminders.listByPayload('enrolmentId', r.enrolment.id)).every((x) => x.userKey === 'teams:29:alex')).toBe(true);
    expect(await resolvePendingEnrolments(services(), 'teams:29:jo', ['email:jo@trust.nhs.uk'])).toBe(1);
    expect((await store.enrolments.get(r.enrolment.id))!.managerKey).toBe('teams:29:jo');
    // Linking again finds nothing more to do.
    expect(await resolvePendingEnrolments(services(), 'teams:29:alex', [aad])).toBe(0);
  });

  it('finds an enrolment made under another form of the same person instead of making a second one', async () => {
    await enrol(services(), SETTINGS, base, NOW);
    await store.refs.put({ userKey: 'teams:29:sam', platform: 'teams', ref: {}, aliases: [`aad:${GUID.toLowerCase()}`], updatedAt: NOW.toISOString() });
    const r = await enrol(services(), SETTINGS, { ...base, subject: `aad:${GUID}`, enrolledBy: 'csv' }, NOW);
    expect(r.status).toBe('unchanged');
    expect(r.enrolment.id).toBe('new-starter-induction|teams:29:sam');
    expect(await store.enrolments.list()).toHaveLength(1);
  });

  it('leaves a withdrawn enrolment withdrawn', async () => {
    const { enrolment } = await enrol(services(), SETTINGS, base, NOW);
    await store.enrolments.put({ ...enrolment, status: 'withdrawn' });
    for (const r of await store.reminders.listByPayload('enrolmentId', enrolment.id)) await store.reminders.update(r.id, { state: 'cancelled' });
    const again = await enrol(services(), SETTINGS, base, NOW);
    expect(again.status).toBe('unchanged');
    expect(again.enrolment.status).toBe('withdrawn');
    expect((await store.reminders.listByPayload('enrolmentId', enrolment.id)).every((r) => r.state === 'cancelled')).toBe(true);
  });

  it('refuses input it cannot use, naming each field, and writes nothing', async () => {
    const writes = store.writeCount;
    const problems = async (input: Partial<EnrolInput>) => {
      try {
        await enrol(services(), SETTINGS, { ...base, ...input }, NOW);
      } catch (err) {
        expect(err).toBeInstanceOf(EnrolError);
        return (err as EnrolError).problems.map((p) => p.field);
      }
      return [];
    };
    expect(await problems({ programmeId: 'astronaut-induction' })).toEqual(['programmeId']);
    expect(await problems({ startDate: '2027-02-30' })).toEqual(['startDate']);
    expect(await problems({ startDate: '01/03/2027' })).toEqual(['startDate']);
    expect(await problems({ startDate: '2025-11-20' })).toEqual(['startDate']);
    expect(await problems({ startDate: '2028-11-22' })).toEqual(['startDate']);
    expect(await problems({ subject: 'Sam' })).toEqual(['subject']);
    expect(await problems({ managerKey: 'aad:not-a-guid', appraisalDue: 'soon' })).toEqual(['managerKey', 'appraisalDue']);
    // The edges of the window are allowed.
    expect(await problems({ startDate: '2025-11-21' })).toEqual([]);
    expect(await problems({ subject: 'teams:29:other', startDate: '2028-11-21' })).toEqual([]);
    expect(store.writeCount).toBeGreaterThan(writes);
    const before = store.writeCount;
    expect(await problems({ subject: 'slack:nope' })).toEqual(['subject']);
    expect(store.writeCount).toBe(before);
  });

  it('a dry run reports what would happen without writing', async () => {
    const writes = store.writeCount;
    const r = await enrol(services(), SETTINGS, base, NOW, { dryRun: true });
    expect(r.status).toBe('created');
    expect(r.planned).toBe(checkinCount());
    expect(store.writeCount).toBe(writes);
    expect(await store.enrolments.list()).toHaveLength(0);
  });
});
