/**
 * The store contract: one suite of behaviour tests that every Store
 * implementation must pass unchanged (contract-lowdb.test.ts,
 * contract-postgres.test.ts). It talks only to the ports in
 * src/store/ports.ts, with explicit times, never the wall clock.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuditEntry,
  CareerPlan,
  CheckinAnswer,
  ConversationRef,
  DialogState,
  Enrolment,
  Profile,
  Reminder,
  Store,
} from '../../src/store/ports.js';

export interface OpenedStore {
  store: Store;
  /** Opens the same data again (after `store` is closed), as a restart or another instance would. */
  reopen?: () => Promise<Store>;
  /** Closes whatever is still open and removes the data. */
  cleanup: () => Promise<void>;
}

const T0 = '2027-01-12T10:00:00.000Z';
const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

export const profile = (userKey: string, extra: Partial<Profile> = {}): Profile => ({
  userKey,
  platform: 'teams',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...extra,
});

export const dialogState = (dialog: string, extra: Partial<DialogState> = {}): DialogState => ({
  dialog,
  step: 'start',
  data: {},
  history: [],
  misses: 0,
  updatedAt: T0,
  ...extra,
});

export const reminder = (id: string, dueAt: string, extra: Partial<Reminder> = {}): Reminder => ({
  id,
  kind: 'action',
  userKey: 'teams:29:a',
  dueAt,
  originalDueAt: dueAt,
  state: 'pending',
  attempts: 0,
  payload: {},
  updatedAt: dueAt,
  ...extra,
});

export const plan = (userKey: string, startedAt: string, extra: Partial<CareerPlan> = {}): CareerPlan => ({
  id: `${userKey}|${startedAt}`,
  userKey,
  startedAt,
  answers: {},
  options: [],
  needs: {},
  actions: [],
  ...extra,
});

export const enrolment = (subject: string, programmeId: string, extra: Partial<Enrolment> = {}): Enrolment => ({
  id: `${programmeId}|${subject}`,
  subject,
  programmeId,
  startDate: '2027-01-04',
  enrolledBy: 'csv',
  status: 'active',
  createdAt: T0,
  updatedAt: T0,
  ...extra,
});

export const checkin = (enrolmentId: string, checkinId: string, userKey: string, answeredAt: string, extra: Partial<CheckinAnswer> = {}): CheckinAnswer => ({
  id: `${enrolmentId}|${checkinId}`,
  userKey,
  enrolmentId,
  programmeId: enrolmentId.split('|')[0] ?? 'p',
  checkinId,
  rating: 4,
  text: { worries: 'Finding the stock room' },
  items: { done: ['badge', 'locker'] },
  supportRequested: false,
  shareWords: false,
  answeredAt,
  ...extra,
});

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();

export function storeContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`store contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => {
      await opened.cleanup();
    });

    describe('profiles', () => {
      it('saves, replaces, counts and deletes a profile', async () => {
        expect(await store.profiles.get('teams:a')).toBeUndefined();
        expect(await store.profiles.count()).toBe(0);
        const full = profile('teams:a', {
          roleId: 'hca',
          band: '3',
          area: 'emergency department',
          held: ['level2-maths-english', 'care-certificate'],
          managerKey: 'teams:m',
          managerName: 'Sam',
          goalRoleId: 'nursing-associate',
          onboarded: true,
          aliases: ['aad:1234', 'email:a@example.nhs.uk'],
          appraisalDue: '2027-06-30',
          lastCareerConversation: '2026-12-01T09:00:00.000Z',
          workingPattern: { days: [1, 2, 3], start: '19:00', end: '07:30', quietOnBankHolidays: true },
          pausedUntil: '2027-02-01T00:00:00.000Z',
        });
        await store.profiles.put(full);
        await store.profiles.put(profile('teams:b'));
        expect(await store.profiles.get('teams:a')).toEqual(full);
        expect(await store.profiles.count()).toBe(2);

        await store.profiles.put(profile('teams:a', { band: '4' }));
        const replaced = await store.profiles.get('teams:a');
        expect(replaced?.band).toBe('4');
        expect(replaced?.roleId).toBeUndefined();
        expect(await store.profiles.count()).toBe(2);

        expect(await store.profiles.delete('teams:a')).toBe(true);
        expect(await store.profiles.delete('teams:a')).toBe(false);
        expect(await store.profiles.get('teams:a')).toBeUndefined();
        expect(await store.profiles.count()).toBe(1);
      });

      it('lists the people who name someone as their manager', async () => {
        await store.profiles.put(profile('teams:a', { managerKey: 'teams:m' }));
        await store.profiles.put(profile('teams:b', { managerKey: 'teams:m' }));
        await store.profiles.put(profile('teams:c', { managerKey: 'teams:other' }));
        await store.profiles.put(profile('teams:d'));
        expect((await store.profiles.listForManager('teams:m')).map((p) => p.userKey).sort()).toEqual(['teams:a', 'teams:b']);
        expect(await store.profiles.listForManager('teams:nobody')).toEqual([]);

        // After changes: a report moves to another manager, one is deleted, one gains a manager, one loses theirs.
        await store.profiles.put(profile('teams:a', { managerKey: 'teams:other', band: '4' }));
        await store.profiles.delete('teams:b');
        await store.profiles.put(profile('teams:d', { managerKey: 'teams:m' }));
        await store.profiles.put(profile('teams:c'));
        expect((await store.profiles.listForManager('teams:m')).map((p) => p.userKey)).toEqual(['teams:d']);
        expect(await store.profiles.listForManager('teams:other')).toEqual([profile('teams:a', { managerKey: 'teams:other', band: '4' })]);
        await store.profiles.put(profile('teams:b', { managerKey: 'teams:m' }));
        expect((await store.profiles.listForManager('teams:m')).map((p) => p.userKey).sort()).toEqual(['teams:b', 'teams:d']);
      });

      it('lists every profile, as last saved, and none once deleted', async () => {
        expect(await store.profiles.list()).toEqual([]);
        await store.profiles.put(profile('teams:a', { managerKey: 'teams:m' }));
        await store.profiles.put(profile('slack:T1:U2', { band: '5' }));
        await store.profiles.put(profile('teams:c'));
        await store.profiles.put(profile('teams:a', { managerKey: 'teams:other', appraisalDue: '2027-06-30' }));
        await store.profiles.delete('teams:c');
        const listed = (await store.profiles.list()).sort((a, b) => (a.userKey < b.userKey ? -1 : 1));
        expect(listed).toEqual([profile('slack:T1:U2', { band: '5' }), profile('teams:a', { managerKey: 'teams:other', appraisalDue: '2027-06-30' })]);
      });

      it('stores hostile keys as data, not as prototypes', async () => {
        await store.profiles.put(profile('__proto__', { band: '9' }));
        await store.profiles.put(profile('constructor', { band: '8' }));
        expect((await store.profiles.get('__proto__'))?.band).toBe('9');
        expect((await store.profiles.get('constructor'))?.band).toBe('8');
        expect(await store.profiles.get('toString')).toBeUndefined();
        expect(({} as Record<string, unknown>)['band']).toBeUndefined();
        expect(await store.profiles.count()).toBe(2);
      });
    });

    describe('dialog states', () => {
      it('keeps one state per person and conversation, and clears it', async () => {
        const s1 = dialogState('career-conversation', {
          step: 'goals',
          data: { answers: { now: 'I like teaching' }, n: 2, nested: [{ a: true }] },
          history: ['welcome', 'role'],
          misses: 1,
          paused: [{ dialog: 'pathway', step: 'from', data: { from: 'hca' }, history: [] }],
        });
        await store.dialogs.put('teams:a', 'conv-1', s1);
        await store.dialogs.put('teams:a', 'conv-2', dialogState('answer'));
        expect(await store.dialogs.get('teams:a', 'conv-1')).toEqual(s1);
        expect((await store.dialogs.get('teams:a', 'conv-2'))?.dialog).toBe('answer');
        expect(await store.dialogs.get('teams:b', 'conv-1')).toBeUndefined();

        await store.dialogs.put('teams:a', 'conv-1', dialogState('pathway', { step: 'to' }));
        expect((await store.dialogs.get('teams:a', 'conv-1'))?.step).toBe('to');

        await store.dialogs.put('teams:a', 'conv-1', undefined);
        expect(await store.dialogs.get('teams:a', 'conv-1')).toBeUndefined();
        await store.dialogs.put('teams:a', 'never-there', undefined);
        expect(await store.dialogs.get('teams:a', 'conv-2')).toBeDefined();
      });

      it('lists and deletes one person\'s states without touching a person whose key starts the same', async () => {
        await store.dialogs.put('teams:a', 'c1', dialogState('d1'));
        await store.dialogs.put('teams:a', 'c2', dialogState('d2'));
        await store.dialogs.put('teams:ab', 'c1', dialogState('d3'));
        const listed = await store.dialogs.listForUser('teams:a');
        expect(listed.map((x) => `${x.conversationKey}=${x.state.dialog}`).sort()).toEqual(['c1=d1', 'c2=d2']);
        expect(await store.dialogs.deleteUser('teams:a')).toBe(2);
        expect(await store.dialogs.deleteUser('teams:a')).toBe(0);
        expect(await store.dialogs.listForUser('teams:a')).toEqual([]);
        expect((await store.dialogs.get('teams:ab', 'c1'))?.dialog).toBe('d3');
      });

      it('stores awkward text (NUL, lone surrogates, "__proto__") without refusing it', async () => {
        const data = JSON.parse('{"__proto__": {"polluted": true}, "answer": "a\\u0000b", "half": "x\\ud800y", "literal": "\\\\u0000"}') as Record<string, unknown>;
        await store.dialogs.put('teams:a', '__proto__', dialogState('d', { data }));
        const got = await store.dialogs.get('teams:a', '__proto__');
        const answer = got?.data['answer'] as string;
        expect(answer).toHaveLength(3);
        expect(answer.startsWith('a') && answer.endsWith('b')).toBe(true);
        expect((got?.data['half'] as string).length).toBe(3);
        expect(got?.data['literal']).toBe('\\u0000');
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      });
    });

    describe('conversation references', () => {
      const ref = (userKey: string, aliases?: string[]): ConversationRef => ({
        userKey,
        platform: 'teams',
        ref: { conversation: { id: `a:${userKey}`, tenantId: 't1' }, serviceUrl: 'https://smba.example/', bot: { id: '28:bot' }, deep: { list: [1, 'two', null] } },
        ...(aliases ? { aliases } : {}),
        updatedAt: T0,
      });

      it('saves, replaces and deletes a reference, keeping the opaque part intact', async () => {
        const r = ref('teams:a', ['aad:1']);
        await store.refs.put(r);
        expect(await store.refs.get('teams:a')).toEqual(r);
        await store.refs.put({ ...ref('teams:a'), ref: { other: true } });
        expect((await store.refs.get('teams:a'))?.ref).toEqual({ other: true });
        expect(await store.refs.delete('teams:a')).toBe(true);
        expect(await store.refs.delete('teams:a')).toBe(false);
        expect(await store.refs.get('teams:a')).toBeUndefined();
      });

      it('finds a person by any of their aliases, exactly', async () => {
        await store.refs.put(ref('teams:a', ['aad:1111', 'email:a@example.nhs.uk']));
        await store.refs.put(ref('teams:b', ['aad:2222']));
        await store.refs.put(ref('teams:c'));
        expect((await store.refs.findByAlias('aad:1111'))?.userKey).toBe('teams:a');
        expect((await store.refs.findByAlias('email:a@example.nhs.uk'))?.userKey).toBe('teams:a');
        expect((await store.refs.findByAlias('aad:2222'))?.userKey).toBe('teams:b');
        expect(await store.refs.findByAlias('aad:111')).toBeUndefined();
        expect(await store.refs.findByAlias('teams:c')).toBeUndefined();

        await store.refs.put(ref('teams:a'));
        expect(await store.refs.findByAlias('aad:1111')).toBeUndefined();
        await store.refs.delete('teams:b');
        expect(await store.refs.findByAlias('aad:2222')).toBeUndefined();
      });
    });

    describe('career plans', () => {
      it('saves a plan and lists a person\'s plans newest first', async () => {
        const first = plan('teams:a', '2026-06-01T09:00:00.000Z', {
          completedAt: '2026-06-01T09:20:00.000Z',
          answers: { enjoy: 'Teaching new starters' },
          growth: 'stretch',
          options: ['nursing-associate'],
          needs: { clinical: 'Medicines' },
          actions: [{ id: 'a1', text: 'Talk to the practice educator', due: '2026-07-01', done: false }],
        });
        await store.plans.put(first);
        await store.plans.put(plan('teams:a', '2027-01-01T09:00:00.000Z'));
        await store.plans.put(plan('teams:a', '2026-09-01T09:00:00.000Z'));
        await store.plans.put(plan('teams:b', '2027-02-01T09:00:00.000Z'));
        expect(await store.plans.get(first.id)).toEqual(first);
        expect(await store.plans.get('nope')).toBeUndefined();
        expect((await store.plans.listForUser('teams:a')).map((p) => p.startedAt)).toEqual([
          '2027-01-01T09:00:00.000Z',
          '2026-09-01T09:00:00.000Z',
          '2026-06-01T09:00:00.000Z',
        ]);
        await store.plans.put({ ...first, actions: [{ id: 'a1', text: 'Talk to the practice educator', done: true }] });
        expect((await store.plans.get(first.id))?.actions[0]?.done).toBe(true);
        expect(await store.plans.listForUser('teams:a')).toHaveLength(3);
      });

      it('lists only the plans shared with a manager, newest first, and forgets an unshared one', async () => {
        const shared = (u: string, startedAt: string, m: string) => plan(u, startedAt, { sharedWith: { managerKey: m, at: startedAt } });
        await store.plans.put(shared('teams:a', '2026-06-01T09:00:00.000Z', 'teams:m'));
        await store.plans.put(shared('teams:b', '2026-08-01T09:00:00.000Z', 'teams:m'));
        await store.plans.put(shared('teams:c', '2026-07-01T09:00:00.000Z', 'teams:other'));
        await store.plans.put(plan('teams:d', '2026-09-01T09:00:00.000Z'));
        expect((await store.plans.listSharedWith('teams:m')).map((p) => p.userKey)).toEqual(['teams:b', 'teams:a']);
        await store.plans.put(plan('teams:b', '2026-08-01T09:00:00.000Z'));
        expect((await store.plans.listSharedWith('teams:m')).map((p) => p.userKey)).toEqual(['teams:a']);
        expect(await store.plans.listSharedWith('teams:nobody')).toEqual([]);
      });

      it('lists every plan, shared or not, as last saved', async () => {
        expect(await store.plans.list()).toEqual([]);
        const shared = plan('teams:a', '2026-06-01T09:00:00.000Z', { sharedWith: { managerKey: 'teams:m', at: '2026-06-01T09:30:00.000Z' } });
        await store.plans.put(shared);
        await store.plans.put(plan('teams:a', '2026-07-01T09:00:00.000Z'));
        await store.plans.put(plan('teams:b', '2026-05-01T09:00:00.000Z', { options: ['x'] }));
        await store.plans.put(plan('teams:b', '2026-05-01T09:00:00.000Z', { options: ['y'] }));
        await store.plans.put(plan('teams:gone', '2026-05-01T09:00:00.000Z'));
        await store.plans.deleteUser('teams:gone');
        const listed = (await store.plans.list()).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(listed).toEqual([shared, plan('teams:a', '2026-07-01T09:00:00.000Z'), plan('teams:b', '2026-05-01T09:00:00.000Z', { options: ['y'] })]);
      });

      it('deletes one person\'s plans only', async () => {
        await store.plans.put(plan('teams:a', '2026-06-01T09:00:00.000Z'));
        await store.plans.put(plan('teams:a', '2026-07-01T09:00:00.000Z'));
        await store.plans.put(plan('teams:ab', '2026-07-01T09:00:00.000Z'));
        expect(await store.plans.deleteUser('teams:a')).toBe(2);
        expect(await store.plans.deleteUser('teams:a')).toBe(0);
        expect(await store.plans.listForUser('teams:a')).toEqual([]);
        expect(await store.plans.listForUser('teams:ab')).toHaveLength(1);
      });
    });

    describe('enrolments', () => {
      it('saves, replaces and lists enrolments', async () => {
        const e = enrolment('teams:a', 'preceptorship', { userKey: 'teams:a', managerKey: 'teams:m', preceptorKey: 'teams:p' });
        await store.enrolments.put(e);
        await store.enrolments.put(enrolment('aad:9999', 'induction', { enrolledBy: 'teams:m' }));
        expect(await store.enrolments.get(e.id)).toEqual(e);
        expect(await store.enrolments.get('nope')).toBeUndefined();
        expect(ids(await store.enrolments.list())).toEqual(['induction|aad:9999', 'preceptorship|teams:a']);

        await store.enrolments.put({ ...e, status: 'paused', updatedAt: '2027-01-13T10:00:00.000Z' });
        expect((await store.enrolments.get(e.id))?.status).toBe('paused');
        expect(await store.enrolments.list()).toHaveLength(2);
      });

      it('finds a person\'s enrolments by user key or by subject, and a supporter\'s by manager or preceptor', async () => {
        await store.enrolments.put(enrolment('teams:a', 'preceptorship', { userKey: 'teams:a', managerKey: 'teams:m', preceptorKey: 'teams:p' }));
        await store.enrolments.put(enrolment('aad:1', 'induction', { userKey: 'teams:a', managerKey: 'teams:m2' }));
        await store.enrolments.put(enrolment('email:b@example.nhs.uk', 'induction', { preceptorKey: 'teams:m' }));
        await store.enrolments.put(enrolment('teams:c', 'induction', { userKey: 'teams:c' }));
        expect(ids(await store.enrolments.listForUser('teams:a'))).toEqual(['induction|aad:1', 'preceptorship|teams:a']);
        expect(ids(await store.enrolments.listForUser('email:b@example.nhs.uk'))).toEqual(['induction|email:b@example.nhs.uk']);
        expect(ids(await store.enrolments.listForSupporter('teams:m'))).toEqual(['induction|email:b@example.nhs.uk', 'preceptorship|teams:a']);
        expect(ids(await store.enrolments.listForSupporter('teams:p'))).toEqual(['preceptorship|teams:a']);
        expect(await store.enrolments.listForSupporter('teams:a')).toEqual([]);
      });

      it('finds an enrolment by its new people once they change, and no longer by the old ones', async () => {
        const e = enrolment('email:d@example.nhs.uk', 'induction', { managerKey: 'teams:m', preceptorKey: 'teams:p' });
        await store.enrolments.put(e);
        expect(ids(await store.enrolments.listForSupporter('teams:p'))).toEqual([e.id]);
        // The person signs in (a user key) and changes manager; the preceptor leaves.
        await store.enrolments.put({ ...e, userKey: 'teams:d', managerKey: 'teams:m2', preceptorKey: undefined });
        expect(ids(await store.enrolments.listForUser('teams:d'))).toEqual([e.id]);
        expect(ids(await store.enrolments.listForUser('email:d@example.nhs.uk'))).toEqual([e.id]);
        expect(ids(await store.enrolments.listForSupporter('teams:m2'))).toEqual([e.id]);
        expect(await store.enrolments.listForSupporter('teams:m')).toEqual([]);
        expect(await store.enrolments.listForSupporter('teams:p')).toEqual([]);
        expect(await store.enrolments.deleteUser('teams:d')).toBe(1);
        expect(await store.enrolments.listForUser('teams:d')).toEqual([]);
        expect(await store.enrolments.listForSupporter('teams:m2')).toEqual([]);
        // Enrolled again after the deletion: found again.
        await store.enrolments.put({ ...e, managerKey: 'teams:m' });
        expect(ids(await store.enrolments.listForSupporter('teams:m'))).toEqual([e.id]);
      });

      it('deletes a person\'s enrolments, by user key or subject', async () => {
        await store.enrolments.put(enrolment('teams:a', 'preceptorship', { userKey: 'teams:a' }));
        await store.enrolments.put(enrolment('aad:1', 'induction', { userKey: 'teams:a' }));
        await store.enrolments.put(enrolment('teams:c', 'induction', { userKey: 'teams:c', managerKey: 'teams:a' }));
        expect(await store.enrolments.deleteUser('teams:a')).toBe(2);
        expect(ids(await store.enrolments.list())).toEqual(['induction|teams:c']);
      });
    });

    describe('reminders', () => {
      it('adds only new ids, leaving existing reminders exactly as they are', async () => {
        const r1 = reminder('r1', T0, { payload: { planId: 'p1', actionId: 'a1' } });
        expect(await store.reminders.insertNew([r1, reminder('r2', T0)])).toBe(2);
        expect(await store.reminders.insertNew([reminder('r1', '2030-01-01T00:00:00.000Z', { kind: 'nudge' }), reminder('r3', T0)])).toBe(1);
        expect(await store.reminders.insertNew([reminder('r1', T0), reminder('r2', T0)])).toBe(0);
        expect(await store.reminders.insertNew([])).toBe(0);
        expect(await store.reminders.get('r1')).toEqual(r1);
        expect(await store.reminders.get('missing')).toBeUndefined();
      });

      it('counts a batch with the same id twice as one, keeping the first', async () => {
        expect(await store.reminders.insertNew([reminder('dup', T0, { kind: 'checkin' }), reminder('dup', T0, { kind: 'nudge' })])).toBe(1);
        expect((await store.reminders.get('dup'))?.kind).toBe('checkin');
      });

      it('round-trips every field', async () => {
        const full = reminder('full', T0, {
          kind: 'checkin',
          userKey: 'slack:T1:U2',
          originalDueAt: '2027-01-11T10:00:00.000Z',
          state: 'failed',
          attempts: 3,
          lastError: 'platform answered 403',
          sentAt: '2027-01-12T10:00:05.000Z',
          payload: { enrolmentId: 'induction|slack:T1:U2', checkinId: 'week-1' },
          updatedAt: '2027-01-12T10:00:06.000Z',
        });
        await store.reminders.insertNew([full]);
        expect(await store.reminders.get('full')).toEqual(full);
      });

      it('claims what is due, soonest first, up to the limit, with a lease', async () => {
        await store.reminders.insertNew([
          reminder('late', '2027-01-12T09:58:00.000Z'),
          reminder('early', '2027-01-12T09:50:00.000Z'),
          reminder('now', T0),
          reminder('future', '2027-01-12T10:00:00.001Z'),
          reminder('done', '2027-01-12T09:00:00.000Z', { state: 'sent' }),
          reminder('off', '2027-01-12T09:00:00.000Z', { state: 'cancelled' }),
          reminder('gone', '2027-01-12T09:00:00.000Z', { state: 'missed' }),
        ]);
        const first = await store.reminders.claimDue(at(T0), 'owner-a', minutes(10), 2);
        expect(first.map((r) => r.id)).toEqual(['early', 'late']);
        for (const r of first) {
          expect(r.state).toBe('claimed');
          expect(r.lease).toEqual({ owner: 'owner-a', until: '2027-01-12T10:10:00.000Z' });
        }
        expect((await store.reminders.get('early'))?.lease?.owner).toBe('owner-a');
        expect((await store.reminders.get('early'))?.state).toBe('claimed');

        const rest = await store.reminders.claimDue(at(T0), 'owner-b', minutes(10), 10);
        expect(rest.map((r) => r.id)).toEqual(['now']);
        expect(await store.reminders.claimDue(at(T0), 'owner-c', minutes(10), 10)).toEqual([]);
        expect(await store.reminders.claimDue(at(T0), 'owner-c', minutes(10), 0)).toEqual([]);
        expect((await store.reminders.get('future'))?.state).toBe('pending');
      });

      it('lets another owner take a claim over once its lease has expired, not before', async () => {
        await store.reminders.insertNew([reminder('r1', T0)]);
        expect(await store.reminders.claimDue(at(T0), 'crashed', minutes(5), 10)).toHaveLength(1);
        expect(await store.reminders.claimDue(at('2027-01-12T10:04:59.999Z'), 'other', minutes(5), 10)).toEqual([]);
        const taken = await store.reminders.claimDue(at('2027-01-12T10:05:00.000Z'), 'other', minutes(5), 10);
        expect(taken.map((r) => r.id)).toEqual(['r1']);
        expect(taken[0]?.lease).toEqual({ owner: 'other', until: '2027-01-12T10:10:00.000Z' });

        // The crashed owner comes back: its lease is gone, so its update is refused.
        expect(await store.reminders.update('r1', { state: 'sent', lease: undefined }, 'crashed')).toBe(false);
        expect((await store.reminders.get('r1'))?.state).toBe('claimed');
        expect(await store.reminders.update('r1', { state: 'sent', sentAt: '2027-01-12T10:05:01.000Z', lease: undefined }, 'other')).toBe(true);
        const sent = await store.reminders.get('r1');
        expect(sent?.state).toBe('sent');
        expect(sent?.lease).toBeUndefined();
        expect(await store.reminders.claimDue(at('2027-02-01T00:00:00.000Z'), 'third', minutes(5), 10)).toEqual([]);
      });

      it('never gives the same reminder to two owners claiming at once', async () => {
        await store.reminders.insertNew(Array.from({ length: 60 }, (_, i) => reminder(`c${String(i).padStart(2, '0')}`, T0)));
        const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => store.reminders.claimDue(at(T0), `owner-${i}`, minutes(10), 15)));
        const all = claims.flat().map((r) => r.id);
        expect(new Set(all).size).toBe(all.length);
        expect(all).toHaveLength(60);
        for (const [i, batch] of claims.entries()) {
          for (const r of batch) expect((await store.reminders.get(r.id))?.lease?.owner).toBe(`owner-${i}`);
        }
      });

      it('updates a reminder, checking the owner when one is given', async () => {
        await store.reminders.insertNew([reminder('r1', T0, { payload: { a: '1' } })]);
        expect(await store.reminders.update('r1', { attempts: 2, lastError: 'rate limited' })).toBe(true);
        expect(await store.reminders.update('missing', { attempts: 2 })).toBe(false);
        // Not claimed: nobody holds the lease, so an owner-checked update is refused.
        expect(await store.reminders.update('r1', { state: 'sent' }, 'owner-a')).toBe(false);
        await store.reminders.claimDue(at(T0), 'owner-a', minutes(10), 10);
        expect(await store.reminders.update('r1', { state: 'sent' }, 'owner-b')).toBe(false);
        expect((await store.reminders.get('r1'))?.state).toBe('claimed');
        expect(
          await store.reminders.update(
            'r1',
            { state: 'pending', dueAt: '2027-01-13T09:00:00.000Z', payload: { a: '2', b: 'x' }, lease: undefined, updatedAt: '2027-01-12T10:00:01.000Z' },
            'owner-a',
          ),
        ).toBe(true);
        const r = await store.reminders.get('r1');
        expect(r).toMatchObject({ state: 'pending', dueAt: '2027-01-13T09:00:00.000Z', attempts: 2, lastError: 'rate limited', payload: { a: '2', b: 'x' } });
        expect(r?.lease).toBeUndefined();
        expect(r?.originalDueAt).toBe(T0);
        // Moved to tomorrow: not due now any more.
        expect(await store.reminders.claimDue(at('2027-01-12T12:00:00.000Z'), 'owner-a', minutes(10), 10)).toEqual([]);
        expect(await store.reminders.update('r1', { userKey: 'teams:29:z' })).toBe(true);
        expect((await store.reminders.listForUser('teams:29:z')).map((x) => x.id)).toEqual(['r1']);
      });

      it('lists due reminders without claiming them', async () => {
        await store.reminders.insertNew([
          reminder('b', '2027-01-12T09:30:00.000Z'),
          reminder('a', '2027-01-12T09:00:00.000Z'),
          reminder('c', '2027-01-12T09:45:00.000Z'),
          reminder('later', '2027-01-12T11:00:00.000Z'),
          reminder('sent', '2027-01-12T08:00:00.000Z', { state: 'sent' }),
        ]);
        expect((await store.reminders.listDue(at(T0), 10)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
        expect((await store.reminders.listDue(at(T0), 2)).map((r) => r.id)).toEqual(['a', 'b']);
        await store.reminders.claimDue(at(T0), 'o', minutes(10), 1);
        expect((await store.reminders.listDue(at(T0), 10)).map((r) => r.id)).toEqual(['b', 'c']);
        expect((await store.reminders.get('b'))?.state).toBe('pending');
      });

      it('lists by person and by an exact payload value, and counts by state', async () => {
        await store.reminders.insertNew([
          reminder('e1-w1', T0, { userKey: 'teams:a', kind: 'checkin', payload: { enrolmentId: 'e1', checkinId: 'w1' } }),
          reminder('e1-w2', T0, { userKey: 'teams:a', kind: 'checkin', payload: { enrolmentId: 'e1', checkinId: 'w2' }, state: 'sent' }),
          reminder('e10-w1', T0, { userKey: 'teams:b', kind: 'checkin', payload: { enrolmentId: 'e10', checkinId: 'w1' }, state: 'cancelled' }),
          reminder('other', T0, { userKey: 'teams:b', payload: { planId: 'e1' } }),
        ]);
        expect(ids(await store.reminders.listForUser('teams:a'))).toEqual(['e1-w1', 'e1-w2']);
        expect(await store.reminders.listForUser('teams:nobody')).toEqual([]);
        expect(ids(await store.reminders.listByPayload('enrolmentId', 'e1'))).toEqual(['e1-w1', 'e1-w2']);
        expect(ids(await store.reminders.listByPayload('checkinId', 'w1'))).toEqual(['e1-w1', 'e10-w1']);
        expect(await store.reminders.listByPayload('enrolmentId', 'e')).toEqual([]);
        expect(await store.reminders.countByState()).toEqual({ pending: 2, claimed: 0, sent: 1, missed: 0, failed: 0, cancelled: 1 });
        await store.reminders.claimDue(at(T0), 'o', minutes(1), 1);
        expect((await store.reminders.countByState()).claimed).toBe(1);
      });

      it('deletes a person\'s reminders, including ones about them sent to someone else', async () => {
        await store.reminders.insertNew([
          reminder('mine', T0, { userKey: 'teams:a' }),
          reminder('mine-2', T0, { userKey: 'teams:a', state: 'sent' }),
          reminder('about-me', T0, { userKey: 'teams:m', kind: 'digest', payload: { subjectKey: 'teams:a' } }),
          reminder('not-me', T0, { userKey: 'teams:ab', payload: { subjectKey: 'teams:b' } }),
        ]);
        expect(await store.reminders.deleteUser('teams:a')).toBe(3);
        expect(await store.reminders.deleteUser('teams:a')).toBe(0);
        expect(await store.reminders.get('not-me')).toBeDefined();
        expect(await store.reminders.get('about-me')).toBeUndefined();
      });
    });

    describe('check-in answers', () => {
      it('saves, replaces and lists answers by person and enrolment', async () => {
        const a = checkin('induction|teams:a', 'week-1', 'teams:a', '2027-01-08T10:00:00.000Z', { supportRequested: true, shareWords: true, escalatedTo: 'teams:m' });
        await store.checkins.put(a);
        await store.checkins.put(checkin('induction|teams:a', 'week-2', 'teams:a', '2027-01-15T10:00:00.000Z'));
        await store.checkins.put(checkin('induction|teams:b', 'week-1', 'teams:b', '2027-01-08T10:00:00.000Z'));
        expect(await store.checkins.get(a.id)).toEqual(a);
        expect(await store.checkins.get('nope')).toBeUndefined();
        expect(ids(await store.checkins.listForUser('teams:a'))).toEqual(['induction|teams:a|week-1', 'induction|teams:a|week-2']);
        expect(ids(await store.checkins.listForEnrolment('induction|teams:b'))).toEqual(['induction|teams:b|week-1']);
        await store.checkins.put({ ...a, rating: 2 });
        expect((await store.checkins.get(a.id))?.rating).toBe(2);
        expect(await store.checkins.listForUser('teams:a')).toHaveLength(2);
      });

      it('removes free text from answers given before a time, keeping the rest', async () => {
        await store.checkins.put(checkin('e|a', 'w1', 'teams:a', '2026-01-01T10:00:00.000Z'));
        await store.checkins.put(checkin('e|a', 'w2', 'teams:a', '2026-06-30T23:59:59.999Z'));
        await store.checkins.put(checkin('e|a', 'w3', 'teams:a', '2026-07-01T00:00:00.000Z'));
        await store.checkins.put(checkin('e|a', 'w0', 'teams:a', '2025-12-01T10:00:00.000Z', { text: {} }));
        expect(await store.checkins.purgeTextBefore(at('2026-07-01T00:00:00.000Z'))).toBe(2);
        const old = await store.checkins.get('e|a|w1');
        expect(old?.text).toEqual({});
        expect(old?.rating).toBe(4);
        expect(old?.items).toEqual({ done: ['badge', 'locker'] });
        expect((await store.checkins.get('e|a|w2'))?.text).toEqual({});
        expect((await store.checkins.get('e|a|w3'))?.text).toEqual({ worries: 'Finding the stock room' });
        expect(await store.checkins.purgeTextBefore(at('2026-07-01T00:00:00.000Z'))).toBe(0);
      });

      it('deletes one person\'s answers only', async () => {
        await store.checkins.put(checkin('e|a', 'w1', 'teams:a', T0));
        await store.checkins.put(checkin('e|a', 'w2', 'teams:a', T0));
        await store.checkins.put(checkin('e|ab', 'w1', 'teams:ab', T0));
        expect(await store.checkins.deleteUser('teams:a')).toBe(2);
        expect(await store.checkins.deleteUser('teams:a')).toBe(0);
        expect(await store.checkins.listForUser('teams:ab')).toHaveLength(1);
      });
    });

    describe('dedupe', () => {
      it('says yes once per key within the time to live, and again after it', async () => {
        const ttl = minutes(10);
        expect(await store.dedupe.claim('teams:act-1', at(T0), ttl)).toBe(true);
        expect(await store.dedupe.claim('teams:act-1', at('2027-01-12T10:09:59.999Z'), ttl)).toBe(false);
        expect(await store.dedupe.claim('teams:act-2', at(T0), ttl)).toBe(true);
        expect(await store.dedupe.claim('teams:act-1', at('2027-01-12T10:10:00.000Z'), ttl)).toBe(true);
        // A fresh claim starts a fresh time to live.
        expect(await store.dedupe.claim('teams:act-1', at('2027-01-12T10:19:00.000Z'), ttl)).toBe(false);
        expect(await store.dedupe.claim('__proto__', at(T0), ttl)).toBe(true);
        expect(await store.dedupe.claim('__proto__', at(T0), ttl)).toBe(false);
      });

      it('gives exactly one yes to claims of the same key at once', async () => {
        const results = await Promise.all(Array.from({ length: 12 }, () => store.dedupe.claim('slack:Ev1', at(T0), minutes(10))));
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('audit log', () => {
      it('appends entries and reads the newest back in order', async () => {
        expect(await store.audit.tail(10)).toEqual([]);
        const entries: AuditEntry[] = Array.from({ length: 7 }, (_, i) => ({
          at: `2027-01-12T10:00:0${i}.000Z`,
          action: i % 2 === 0 ? 'view' : 'export',
          actor: `p_actor${i}`,
          ...(i % 3 === 0 ? { subject: `p_subject${i}` } : {}),
          ...(i === 4 ? { detail: 'records=12' } : {}),
        }));
        for (const e of entries) await store.audit.append(e);
        expect(await store.audit.tail(100)).toEqual(entries);
        expect(await store.audit.tail(3)).toEqual(entries.slice(-3));
        const last = (await store.audit.tail(1))[0];
        expect(last).toEqual(entries[6]);
        expect(Object.keys(last ?? {}).sort()).toEqual(['action', 'actor', 'at', 'subject']);
      });
    });

    it('reports its health', async () => {
      const h = await store.health();
      expect(h.ok).toBe(true);
      expect(typeof h.kind).toBe('string');
    });

    it('keeps everything after it is closed and opened again', async () => {
      if (!opened.reopen) return;
      await store.profiles.put(profile('teams:a', { band: '5', held: ['x'], managerKey: 'teams:m' }));
      await store.dialogs.put('teams:a', 'c', dialogState('career-conversation', { data: { k: 'v' } }));
      await store.refs.put({ userKey: 'teams:a', platform: 'teams', ref: { id: 1 }, aliases: ['aad:a'], updatedAt: T0 });
      await store.plans.put(plan('teams:a', T0, { sharedWith: { managerKey: 'teams:m', at: T0 } }));
      await store.enrolments.put(enrolment('teams:a', 'induction', { userKey: 'teams:a', managerKey: 'teams:m' }));
      await store.reminders.insertNew([reminder('r1', T0, { userKey: 'teams:a' }), reminder('r2', T0)]);
      await store.reminders.claimDue(at(T0), 'owner-a', minutes(10), 1);
      await store.checkins.put(checkin('induction|teams:a', 'w1', 'teams:a', T0));
      await store.dedupe.claim('k1', at(T0), minutes(10));
      await store.audit.append({ at: T0, action: 'view', actor: 'system' });
      await store.close();

      const again = await opened.reopen();
      try {
        expect((await again.profiles.get('teams:a'))?.held).toEqual(['x']);
        expect((await again.profiles.list()).map((p) => p.userKey)).toEqual(['teams:a']);
        expect((await again.profiles.listForManager('teams:m')).map((p) => p.userKey)).toEqual(['teams:a']);
        expect((await again.dialogs.get('teams:a', 'c'))?.data).toEqual({ k: 'v' });
        expect((await again.refs.findByAlias('aad:a'))?.ref).toEqual({ id: 1 });
        expect(await again.plans.listSharedWith('teams:m')).toHaveLength(1);
        expect((await again.plans.list()).map((p) => p.userKey)).toEqual(['teams:a']);
        expect(await again.enrolments.listForSupporter('teams:m')).toHaveLength(1);
        const claimed = await again.reminders.get('r1');
        expect(claimed?.state).toBe('claimed');
        expect(claimed?.lease).toEqual({ owner: 'owner-a', until: '2027-01-12T10:10:00.000Z' });
        expect((await again.reminders.countByState()).pending).toBe(1);
        expect((await again.checkins.listForEnrolment('induction|teams:a'))[0]?.text).toEqual({ worries: 'Finding the stock room' });
        expect(await again.dedupe.claim('k1', at(T0), minutes(10))).toBe(false);
        expect(await again.audit.tail(5)).toEqual([{ at: T0, action: 'view', actor: 'system' }]);
      } finally {
        await again.close();
      }
    });
  });
}
