/**
 * Finished days kept in the browser (IndexedDB through idb-keyval), by server and UTC day. A
 * job that finished never changes, so a day that is over is read from the server once. Without
 * IndexedDB (private windows, tests) every read goes to the server.
 */
import { get, set } from 'idb-keyval';
import { lazyStore, serverKey } from '../../../lib/browser-store.ts';
import type { FinishedJob } from './finished-job.ts';

export interface KeptDay {
  /** The day's totalItems when it was read, which is also how many jobs it holds. */
  total: number;
  jobs: FinishedJob[];
}

export interface DayStore {
  get(day: string): Promise<KeptDay | undefined>;
  set(day: string, kept: KeptDay): Promise<void>;
}

/** The shape of what is kept; a change of shape leaves the old days unread rather than misread. */
const VERSION = 1;

const database = lazyStore('alteryx-jobs-history', 'days');
const key = (day: string) => serverKey(`v${VERSION}|${day}`);

// Held for the page too: the window's walk each minute then reads no day that is over again.
const memory = new Map<string, KeptDay>();

export const browserDayStore: DayStore = {
  async get(day) {
    const held = memory.get(day);
    if (held) return held;
    const db = database();
    if (!db) return undefined;
    try {
      const kept = await get<KeptDay>(await key(day), db);
      if (!kept || !Array.isArray(kept.jobs) || kept.jobs.length !== kept.total) return undefined;
      memory.set(day, kept);
      return kept;
    } catch {
      return undefined; // Read from the server instead.
    }
  },
  async set(day, kept) {
    memory.set(day, kept);
    const db = database();
    if (!db) return;
    try {
      await set(await key(day), kept, db);
    } catch {
      // A full or closed store only costs a read next time.
    }
  },
};
