/**
 * What the browser keeps about a server's data (IndexedDB through idb-keyval): a store opened
 * when first used, and keys filed under which server this is.
 */
import { createStore, type UseStore } from 'idb-keyval';
import { fetchHealth, serverScope } from './health.ts';

/** The store, opened once; null where the browser has none (private windows, tests). */
export function lazyStore(dbName: string, storeName: string): () => UseStore | null {
  let idb: UseStore | null | undefined;
  return () => {
    if (idb !== undefined) return idb;
    try {
      idb = typeof indexedDB === 'undefined' ? null : createStore(dbName, storeName);
    } catch {
      idb = null;
    }
    return idb;
  };
}

// Which server this is; asked again after a failure rather than filed under a guess.
let scope: Promise<string> | null = null;

/** `id`'s key under this server's name. */
export async function serverKey(id: string): Promise<string> {
  scope ??= fetchHealth().then(serverScope);
  try {
    return `${await scope}|${id}`;
  } catch (error) {
    scope = null;
    throw error;
  }
}
