import { loadConfig, type Config } from '../config.ts';
import { openStore, type Store } from '../store/index.ts';
import { prepareStore } from './prepare-store.ts';

/** Reads the configuration, opens the configured store and prepares it (schema + framework). */
export async function openPreparedStore(): Promise<{ config: Readonly<Config>; store: Store }> {
  const config = loadConfig(process.env);
  const store = openStore(config.databaseUrl);
  try {
    await prepareStore(store);
  } catch (e) {
    await store.close();
    throw e;
  }
  return { config, store };
}
