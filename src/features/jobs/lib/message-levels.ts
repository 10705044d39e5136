/** Alteryx Engine message codes: what each means, and which group a reader filters by. */
import { TRANSIENT_FLAG } from '../../../../contract/message-codes.ts';

export const LEVELS = ['error', 'warning', 'info', 'file', 'other'] as const;
export type Level = (typeof LEVELS)[number];

const CODES: Record<number, { name: string; level: Level }> = {
  1: { name: 'info', level: 'info' },
  2: { name: 'warning', level: 'warning' },
  3: { name: 'error', level: 'error' },
  4: { name: 'toolComplete', level: 'info' },
  5: { name: 'conversionError', level: 'warning' },
  6: { name: 'conversionLimit', level: 'warning' },
  7: { name: 'transient', level: 'other' },
  8: { name: 'fileInput', level: 'file' },
  9: { name: 'fileOutput', level: 'file' },
  10: { name: 'metaInfo', level: 'other' },
  11: { name: 'config', level: 'other' },
  12: { name: 'refresh', level: 'other' },
  13: { name: 'tempFile', level: 'other' },
  20: { name: 'lowDiskSpace', level: 'warning' },
  30: { name: 'chooseFromMultiple', level: 'other' },
};

export interface DecodedCode {
  code: number;
  /** A key under `messages.code.` in the translations, or null for a code nobody documented. */
  name: string | null;
  level: Level;
  transient: boolean;
}

export function decodeStatus(status: number): DecodedCode {
  const transient = (status & TRANSIENT_FLAG) !== 0;
  const code = status & ~TRANSIENT_FLAG;
  const known = CODES[code];
  return { code, name: known?.name ?? null, level: known?.level ?? 'other', transient };
}
