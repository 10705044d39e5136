/** Rules of the sandbox's world that seeding, the simulator and the routes share. */
import { NAMED_PRIORITIES, type JobStatus } from '../../contract/job-words.ts';

/**
 * Pickup and sort order of priorities (sandbox decision): named ones on a 1–5 scale, and a
 * numeric priority ranks as its own number, so "6" outranks Critical.
 */
type NamedPriority = (typeof NAMED_PRIORITIES)[number];
const NAMED_RANK: Record<NamedPriority, number> = { Low: 1, Default: 2, Medium: 3, High: 4, Critical: 5 };
const isNamed = (priority: string): priority is NamedPriority => (NAMED_PRIORITIES as readonly string[]).includes(priority);

export function priorityRank(priority: string): number {
  return isNamed(priority) ? NAMED_RANK[priority] : Number.parseInt(priority, 10) || 0;
}

/** A numeric priority in canonical form ("06" → "6"); names stay as they are. */
export function canonicalPriority(priority: string): string {
  return /^\d+$/.test(priority) ? String(Number(priority)) : priority;
}

/** Sorting by status follows the lifecycle rather than the alphabet. */
export const STATUS_RANK: Record<JobStatus, number> = { Queued: 1, Initializing: 2, Running: 3, Completed: 4 };

/** A .NET TimeSpan as a real server writes it: `hh:mm:ss` below a day, `d.hh:mm:ss` from a day on. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d > 0 ? `${d}.` : ''}${two(h)}:${two(m)}:${two(s)}`;
}

export const iso = (ms: number) => new Date(ms).toISOString();
/** The list endpoint shows whole seconds, as the real server does. */
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Object ids in the style of the server's MongoDB ids: 4 bytes of seconds, then 8 bytes
 * from the caller's random source, so ids sort by creation time.
 */
export function objectId(ms: number, random: () => number): string {
  const seconds = Math.floor(ms / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8);
  let rest = '';
  for (let i = 0; i < 16; i++) rest += Math.floor(random() * 16).toString(16);
  return seconds + rest;
}

export const DAY_MS = 86_400_000;

/** Start of a `yyyy-MM-dd` day in UTC, the sandbox's server time zone. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
