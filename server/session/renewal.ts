/**
 * One token renewal per session at a time. A page sends several requests at once, all with
 * the same cookie: the first to find the token running out renews it, the others wait for
 * that renewal. The outcome is kept a little while, because requests sent with the old
 * cookie may still arrive after the browser was given the new one.
 */

/** Long enough for requests already on their way with the old cookie; short enough that the map stays small. */
export const KEEP_MS = 30_000;

interface Entry<T> {
  outcome: Promise<T>;
  /** The outcome once it came, and when; null while it is awaited. */
  settled: { value: T; at: number } | null;
}

export class Renewals<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly now: () => number,
    /** Whether an outcome may be handed out again now (a new token that has not run out; not a failure that may pass). */
    private readonly reusable: (outcome: T) => boolean,
  ) {}

  /** The renewal of this session in flight or just done, else a new one from `run`, which must not throw. */
  renew(sessionId: string, run: () => Promise<T>): Promise<T> {
    this.prune();
    const current = this.entries.get(sessionId);
    if (current && (current.settled === null || this.reusable(current.settled.value))) return current.outcome;
    const entry: Entry<T> = { outcome: run(), settled: null };
    this.entries.set(sessionId, entry);
    void entry.outcome.then((value) => {
      if (this.entries.get(sessionId) !== entry) return;
      if (this.reusable(value)) entry.settled = { value, at: this.now() };
      else this.entries.delete(sessionId);
    });
    return entry.outcome;
  }

  /** Signed out: a renewal kept for this session must not be handed out again. */
  forget(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  /** How many are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, { settled }] of this.entries) {
      // A clock that went back (a test's) ends the keeping too.
      if (settled && (now - settled.at >= KEEP_MS || now < settled.at)) this.entries.delete(id);
    }
  }
}
