/** The live panels' settings, kept in this browser: they describe the server, not a view of it. */
import { useLocalStorage } from '@mantine/hooks';

const whole = (v: unknown, min: number): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= min ? Math.floor(v) : null);

function useStoredNumber(key: string, min: number): [number | null, (v: number | null) => void] {
  const [value, setValue] = useLocalStorage<number | null>({ key, defaultValue: null, getInitialValueInEffect: false });
  return [whole(value, min), (v) => setValue(whole(v, min))];
}

/** The worker slots; null until the reader sets them (the panel guesses until then). */
export const useWorkerSlots = () => useStoredNumber('overview.workerSlots', 1);
/** The slots each worker tag's own workers have, 1 until the reader says otherwise. */
export function useSlotsPerTag(): [number, (v: number | null) => void] {
  const [value, setValue] = useStoredNumber('overview.slotsPerTag', 1);
  return [value ?? 1, setValue];
}
