/** Profiles in Postgres (table `profiles`: the profile as JSONB, keyed by user). */
import type { Profile, ProfileStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query } from './sql.js';

export function pgProfiles(q: Query): ProfileStore {
  return {
    async get(userKey) {
      const { rows } = await q<{ profile: Profile }>('SELECT profile FROM profiles WHERE user_key = $1', [k(userKey)]);
      return rows[0]?.profile;
    },
    async put(profile) {
      await q(
        `INSERT INTO profiles (user_key, profile) VALUES ($1, $2::jsonb)
         ON CONFLICT (user_key) DO UPDATE SET profile = EXCLUDED.profile, written_at = now()`,
        [k(profile.userKey), j(profile)],
      );
    },
    async delete(userKey) {
      return ((await q('DELETE FROM profiles WHERE user_key = $1', [k(userKey)])).rowCount ?? 0) > 0;
    },
    async count() {
      const { rows } = await q<{ n: number }>('SELECT count(*)::int AS n FROM profiles');
      return rows[0]?.n ?? 0;
    },
    async listForManager(managerKey) {
      return (await q<{ profile: Profile }>(`SELECT profile FROM profiles WHERE profile ->> 'managerKey' = $1 ORDER BY user_key`, [k(managerKey)])).rows.map((r) => r.profile);
    },
    async list() {
      return (await q<{ profile: Profile }>('SELECT profile FROM profiles ORDER BY user_key')).rows.map((r) => r.profile);
    },
  };
}
