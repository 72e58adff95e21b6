/** Dialog states in Postgres (table `dialog_states`, keyed by user and conversation). */
import type { DialogState, DialogStateStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query } from './sql.js';

export function pgDialogs(q: Query): DialogStateStore {
  return {
    async get(userKey, conversationKey) {
      const { rows } = await q<{ state: DialogState }>('SELECT state FROM dialog_states WHERE user_key = $1 AND conversation_key = $2', [k(userKey), k(conversationKey)]);
      return rows[0]?.state;
    },
    async put(userKey, conversationKey, state) {
      if (!state) {
        await q('DELETE FROM dialog_states WHERE user_key = $1 AND conversation_key = $2', [k(userKey), k(conversationKey)]);
        return;
      }
      await q(
        `INSERT INTO dialog_states (user_key, conversation_key, state) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (user_key, conversation_key) DO UPDATE SET state = EXCLUDED.state, written_at = now()`,
        [k(userKey), k(conversationKey), j(state)],
      );
    },
    async listForUser(userKey) {
      const { rows } = await q<{ conversation_key: string; state: DialogState }>('SELECT conversation_key, state FROM dialog_states WHERE user_key = $1 ORDER BY written_at, conversation_key', [
        k(userKey),
      ]);
      return rows.map((r) => ({ conversationKey: r.conversation_key, state: r.state }));
    },
    async deleteUser(userKey) {
      return (await q('DELETE FROM dialog_states WHERE user_key = $1', [k(userKey)])).rowCount ?? 0;
    },
  };
}
