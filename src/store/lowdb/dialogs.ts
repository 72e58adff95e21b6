/** Dialog states in the embedded store (people document, collection `dialogs`, keyed by user and conversation). */
import type { DialogStateStore } from '../ports.js';
import { removeWhere, type LowContext } from './context.js';

const dialogKey = (userKey: string, conversationKey: string) => `${userKey}\u0000${conversationKey}`;

export function lowDialogs(ctx: LowContext): DialogStateStore {
  const { people } = ctx;
  const dialogs = () => people.data.dialogs;
  return {
    async get(userKey, conversationKey) {
      return dialogs()[dialogKey(userKey, conversationKey)];
    },
    async put(userKey, conversationKey, state) {
      const key = dialogKey(userKey, conversationKey);
      if (!state && !(key in dialogs())) return;
      people.touch('dialogs', key);
      if (state) dialogs()[key] = state;
      else delete dialogs()[key];
      await ctx.commit(people);
    },
    async listForUser(userKey) {
      const prefix = `${userKey}\u0000`;
      return Object.entries(dialogs())
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, state]) => ({ conversationKey: k.slice(prefix.length), state }));
    },
    async deleteUser(userKey) {
      const prefix = `${userKey}\u0000`;
      return removeWhere(ctx, people, 'dialogs', dialogs(), (_v, k) => k.startsWith(prefix));
    },
  };
}
