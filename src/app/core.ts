/**
 * The core of the app without any platform or HTTP server: content, the
 * understanding's model, the store, the services and the composed features.
 * The terminal chat and the tools build only this, so they load neither the
 * Teams and Slack libraries nor the web server.
 */
import type { Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/ports.js';
import type { Bot } from '../core/runtime.js';
import type { Services } from '../core/dialog.js';
import { compose, type Composition } from './compose.js';
import { wordingSpecs } from './wording.js';
import { prepareIntentModel } from '../knowledge/understand/intent-model.js';
import { loadContentCached } from '../content/cache.js';
import { ChannelMessenger, LocalInbox } from '../channels/messenger.js';
import type { Content } from '../content/model.js';
import { Pseudonymiser } from '../store/pseudonym.js';
import { PseudonymousAuditor } from '../privacy/auditor.js';

export interface AppOptions {
  log?: Logger;
  clock?: () => Date;
  /** An already open store (tests, tools). Otherwise the embedded store in config.dataDir. */
  store?: Store;
}

/** Everything but the HTTP server: used by the server, the terminal chat and the tools. */
export interface Core {
  bot: Bot;
  store: Store;
  content: Content;
  services: Services;
  log: Logger;
  /** The channels the messenger can use; filled in as channels start. */
  channels: ConstructorParameters<typeof ChannelMessenger>[1];
  inbox: LocalInbox;
  /** The features, put together: the scheduler's work and the identity hook. */
  features: Composition;
}

export async function buildCore(config: Config, opts: AppOptions = {}): Promise<Core> {
  const log = opts.log ?? createLogger(config.logLevel);
  const content = await loadContentCached(config.contentDir, undefined, { wording: wordingSpecs() });
  // The understanding's model is learned from the content's examples (or read from its cache) before the first question.
  // Learning runs in other processes (train-in-processes.ts): the store opens meanwhile.
  const [, store] = await Promise.all([prepareIntentModel(content), opts.store ?? openStore(config, log)]);
  const inbox = new LocalInbox();
  const channels: Core['channels'] = { local: inbox };
  const services: Services = {
    store,
    log,
    clock: opts.clock ?? (() => new Date()),
    content,
    messenger: new ChannelMessenger(store, channels),
    timeZone: config.scheduler.timeZone,
    ...(config.publicBaseUrl ? { publicBaseUrl: config.publicBaseUrl } : {}),
  };
  // Audit pseudonyms: the key lives in DATA_DIR/audit.key (made once) or AUDIT_KEY, whichever store holds the data.
  services.audit = new PseudonymousAuditor(store.audit, await Pseudonymiser.forDataDir(config.dataDir, config.privacy.auditKey), services.clock);
  const features = compose(services, { scheduler: config.scheduler, privacy: config.privacy });
  const { bot } = features;
  return { bot, store, content, services, log, channels, inbox, features };
}

