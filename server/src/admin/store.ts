import { ConfigError } from '../config.js'
import { openStorage, type SecretStore } from '../storage/index.js'
import type { AdminContext } from './command.js'

/** The server's store (migrated, as the server would); sqlite::memory: belongs to one process. */
export async function withStore(
  { config }: AdminContext,
  work: (store: SecretStore) => Promise<number>,
): Promise<number> {
  const { database } = config()
  if (database.kind === 'sqlite' && database.path === ':memory:') {
    throw new ConfigError('DATABASE_URL is sqlite::memory:, which only the server process can see')
  }
  const store = await openStorage(database)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}
