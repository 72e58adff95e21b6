/**
 * The bot for platform-free transcript tests, built by the same composition as
 * the server (src/app/compose.ts): every feature's dialogs, rules and turn
 * interceptors (distress signposting included), over a real store and the real
 * content, at a fixed time. Proactive messages are not used by most of these
 * tests, so the default messenger refuses.
 */
import type { Services } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import type { Store } from '../../src/store/ports.js';
import type { Bot } from '../../src/core/runtime.js';
import { createLogger } from '../../src/log.js';
import { loadConfig } from '../../src/config.js';
import type { Feature, FeatureSettings } from '../../src/feature.js';
import { compose, type Composition } from '../../src/app/compose.js';
import { FEATURES } from '../../dialogs/index.js';

export function dialogServices(store: Store, content: Content, overrides: Partial<Services> = {}): Services {
  return {
    store,
    log: createLogger('silent'),
    clock: () => new Date('2026-11-21T10:00:00Z'),
    content,
    messenger: { send: async () => ({ status: 'failed', reason: 'not used in this test' }) },
    timeZone: 'Europe/London',
    ...overrides,
  };
}

/** The settings the features read, from environment variables as the server reads them (e.g. `{ TIME_ZONE: 'Europe/Paris' }`). */
export function testSettings(env: Record<string, string> = {}): FeatureSettings {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  return { scheduler: config.scheduler, privacy: config.privacy };
}

export function composeForTest(services: Services, settings: FeatureSettings = testSettings(), features: readonly Feature[] = FEATURES): Composition {
  return compose(services, settings, features);
}

export function dialogBot(services: Services, settings: FeatureSettings = testSettings(), features: readonly Feature[] = FEATURES): Bot {
  return compose(services, settings, features).bot;
}
