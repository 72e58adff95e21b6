/**
 * A Bot for platform-free transcript tests: every dialog and the router, over
 * a real store and the real content, at a fixed time. Proactive messages are
 * not used by these tests, so the messenger refuses.
 */
import { Bot } from '../../src/core/runtime.js';
import type { Services } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import type { Store } from '../../src/store/ports.js';
import { createLogger } from '../../src/log.js';
import { buildDialogs, type DialogSet } from '../../dialogs/index.js';

export function dialogServices(store: Store, content: Content, overrides: Partial<Services> = {}): Services {
  return {
    store,
    log: createLogger('silent'),
    clock: () => new Date('2026-11-21T10:00:00Z'),
    content,
    messenger: { send: async () => ({ status: 'failed', reason: 'not used in this test' }) },
    ...overrides,
  };
}

export function dialogBot(services: Services, build: (services: Services) => Pick<DialogSet, 'dialogs' | 'router'> = buildDialogs): Bot {
  const { dialogs, router } = build(services);
  return new Bot({ services, dialogs, router });
}
