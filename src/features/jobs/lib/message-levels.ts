/** Alteryx Engine message codes (declared in the contract): which group a reader filters each by. */
import { MESSAGE_CODES, TRANSIENT_FLAG } from '../../../../contract/message-codes.ts';

export const LEVELS = ['error', 'warning', 'info', 'file', 'other'] as const;
export type Level = (typeof LEVELS)[number];
type CodeName = keyof typeof MESSAGE_CODES;

const LEVEL_OF: Record<CodeName, Level> = {
  info: 'info',
  warning: 'warning',
  error: 'error',
  toolComplete: 'info',
  fieldConversionError: 'warning',
  conversionErrorLimit: 'warning',
  transient: 'other',
  fileInput: 'file',
  fileOutput: 'file',
  updatedMetaInfo: 'other',
  config: 'other',
  requestAutoConfigRefresh: 'other',
  tempFile: 'other',
  lowDiskSpace: 'warning',
  chooseFromMultiple: 'other',
};
const NAME_OF = new Map(Object.entries(MESSAGE_CODES).map(([name, code]) => [code as number, name as CodeName]));

export interface DecodedCode {
  code: number;
  /** A key under `messages.code.` in the translations, or null for a code nobody documented. */
  name: CodeName | null;
  level: Level;
  transient: boolean;
}

export function decodeStatus(status: number): DecodedCode {
  const transient = (status & TRANSIENT_FLAG) !== 0;
  const code = status & ~TRANSIENT_FLAG;
  const name = NAME_OF.get(code) ?? null;
  return { code, name, level: name ? LEVEL_OF[name] : 'other', transient };
}
