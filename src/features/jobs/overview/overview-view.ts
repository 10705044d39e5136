/**
 * The Overview's view in the URL: the history's window, the usage report's range, and how the
 * page refreshes and shows times (the same as the lists'). Defaults stay out of the URL.
 */
import { liveFromParams, liveToParams, type LiveView } from '../state/view.ts';
import { useUrlView, type SetView, type ViewCodec } from '../state/use-url-view.ts';

export const HISTORY_WINDOWS = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 } as const;
export type HistoryWindow = keyof typeof HISTORY_WINDOWS;
export const WINDOW_CHOICES = Object.keys(HISTORY_WINDOWS) as HistoryWindow[];

export interface OverviewView extends LiveView {
  window: HistoryWindow;
  /** The usage report's days, inclusive, yyyy-MM-dd; null for the current month. */
  usageFrom: string | null;
  usageTo: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: string | null) => (v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null);

export function overviewFromParams(p: URLSearchParams): OverviewView {
  const w = p.get('window') as HistoryWindow;
  const from = day(p.get('usageFrom'));
  const to = day(p.get('usageTo'));
  const range = from && to && from <= to ? { usageFrom: from, usageTo: to } : { usageFrom: null, usageTo: null };
  return { window: WINDOW_CHOICES.includes(w) ? w : '24h', ...range, ...liveFromParams(p) };
}

export function paramsFromOverview(v: OverviewView): URLSearchParams {
  const p = new URLSearchParams();
  if (v.window !== '24h') p.set('window', v.window);
  if (v.usageFrom && v.usageTo) {
    p.set('usageFrom', v.usageFrom);
    p.set('usageTo', v.usageTo);
  }
  liveToParams(v, p);
  return p;
}

const CODEC: ViewCodec<OverviewView> = {
  fromParams: overviewFromParams,
  toParams: paramsFromOverview,
  change: (v, change) => ({ ...v, ...change }),
};

export const useOverviewView = (): [OverviewView, SetView<OverviewView>] => useUrlView(CODEC);
