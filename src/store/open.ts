/**
 * Opens the store the settings ask for: the embedded store in DATA_DIR (the
 * default, one instance), or Postgres at DATABASE_URL (STORE=postgres, for
 * several instances behind a load balancer).
 *
 * Either way a store that cannot open stops start-up with a StoreOpenError
 * that says what to check (for Postgres: DATABASE_URL, password hidden).
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from './ports.js';

export async function openStore(config: Pick<Config, 'store' | 'dataDir'>, log?: Logger): Promise<Store> {
  if (config.store.kind === 'postgres') {
    const { PgStore } = await import('./postgres.js');
    return PgStore.open({ url: config.store.url, poolSize: config.store.poolSize, ...(log ? { log } : {}) });
  }
  const { LowStore } = await import('./lowdb.js');
  return LowStore.open(config.dataDir, log ? { log } : {});
}
