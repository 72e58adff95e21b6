/** Conversation references in Postgres (table `conversation_refs`, aliases in a text[] column for lookups). */
import type { ConversationRef, ConversationRefStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query } from './sql.js';

export function pgRefs(q: Query): ConversationRefStore {
  return {
    async get(userKey) {
      const { rows } = await q<{ doc: ConversationRef }>('SELECT doc FROM conversation_refs WHERE user_key = $1', [k(userKey)]);
      return rows[0]?.doc;
    },
    async findByAlias(alias) {
      const { rows } = await q<{ doc: ConversationRef }>('SELECT doc FROM conversation_refs WHERE aliases @> ARRAY[$1::text] ORDER BY user_key LIMIT 1', [k(alias)]);
      return rows[0]?.doc;
    },
    async put(ref) {
      await q(
        `INSERT INTO conversation_refs (user_key, platform, aliases, doc) VALUES ($1, $2, $3::text[], $4::jsonb)
         ON CONFLICT (user_key) DO UPDATE SET platform = EXCLUDED.platform, aliases = EXCLUDED.aliases, doc = EXCLUDED.doc`,
        [k(ref.userKey), k(ref.platform), (ref.aliases ?? []).map(k), j(ref)],
      );
    },
    async delete(userKey) {
      return ((await q('DELETE FROM conversation_refs WHERE user_key = $1', [k(userKey)])).rowCount ?? 0) > 0;
    },
  };
}
