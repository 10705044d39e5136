/**
 * The sandbox's clockwork: jobs arrive from schedules and manual runs, a fixed number of
 * worker slots take them by priority then age, and each runs, logs and finishes.
 */
import type { Db } from './db.ts';
import type { Lifecycle } from './lifecycle.ts';
import { createRng, type Rng } from './seed/rng.ts';
import { loadWorld, makeJob, type World } from './world.ts';

export interface SimulatorOptions {
  workers: number;
  /** Mean arrivals per minute. */
  arrivalsPerMinute?: number;
  seed?: string;
}

/** New runs are kept short so that a demo shows jobs moving within a minute or two. */
const MAX_MEDIAN_RUN_S = 60;

export class Simulator {
  private readonly rng: Rng;
  private readonly world: World;
  private nextArrivalMs: number | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    db: Db,
    private readonly life: Lifecycle,
    private readonly opts: SimulatorOptions,
  ) {
    this.rng = createRng(opts.seed ?? `simulator:${Date.now()}`);
    this.world = loadWorld(db);
  }

  /** Everything due by `nowMs`. Each part is its own transaction. */
  tick(nowMs: number): void {
    this.nextArrivalMs ??= nowMs + this.interArrivalMs();
    // After a long pause only the last few arrivals are made up, not a flood.
    if (nowMs - this.nextArrivalMs > 5 * 60_000) this.nextArrivalMs = nowMs - 60_000;
    while (this.nextArrivalMs <= nowMs) {
      this.life.insertJobNow(makeJob(this.world, this.rng, this.nextArrivalMs, { maxMedianRunS: MAX_MEDIAN_RUN_S }));
      this.nextArrivalMs += this.interArrivalMs();
    }
    this.life.advance(nowMs, this.opts.workers, this.rng);
  }

  start(intervalMs: number, now: () => number): void {
    this.stop();
    this.timer = setInterval(() => this.tick(now()), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private interArrivalMs(): number {
    const perMinute = this.opts.arrivalsPerMinute ?? 3;
    if (perMinute <= 0) return Infinity;
    return Math.max(1, Math.round((-Math.log(1 - this.rng()) * 60_000) / perMinute));
  }
}
