/** The store contract against the embedded store, in a temporary folder. */
import { LowStore } from '../../src/store/lowdb.js';
import type { Store } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { storeContract } from './contract.js';

storeContract('lowdb', async () => {
  const dir = await tempDir('cc-contract-');
  const opened: Store[] = [await LowStore.open(dir)];
  return {
    store: opened[0]!,
    reopen: async () => {
      const s = await LowStore.open(dir);
      opened.push(s);
      return s;
    },
    cleanup: async () => {
      for (const s of opened) await s.close();
      await removeDir(dir);
    },
  };
});
