/**
 * The UI's "completed between" is inclusive of both days; the API's completedAfter and
 * completedBefore exclude the day they name. So the API gets the day before and the day after.
 */
const DAY_MS = 86_400_000;

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function toApiRange(from: string | null, to: string | null): { completedAfter?: string; completedBefore?: string } {
  return {
    ...(from ? { completedAfter: shift(from, -1) } : {}),
    ...(to ? { completedBefore: shift(to, 1) } : {}),
  };
}

/**
 * A completedAfter that keeps every job that ended at or after `ms`: the API excludes the day
 * it names and reads days in the server's zone, which may not be UTC's, so two days of margin.
 * What ended earlier still comes; the caller drops it.
 */
export function completedAfterFor(ms: number): string {
  return new Date(ms - 2 * DAY_MS).toISOString().slice(0, 10);
}
