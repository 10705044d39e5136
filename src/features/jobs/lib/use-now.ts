import { useEffect, useState } from 'react';

/** The current time, ticking every `everyMs`, for "3 min ago" and "Updated 4 s ago". */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
