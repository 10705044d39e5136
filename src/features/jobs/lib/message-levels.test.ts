import { describe, expect, it } from 'vitest';
import { decodeStatus } from './message-levels.ts';

describe('message codes', () => {
  it.each([
    [1, 'info', 'info', false],
    [2, 'warning', 'warning', false],
    [3, 'error', 'error', false],
    [5, 'fieldConversionError', 'warning', false],
    [8, 'fileInput', 'file', false],
    [9, 'fileOutput', 'file', false],
    [13, 'tempFile', 'other', false],
    [0x40000000 | 1, 'info', 'info', true],
    [0x40000000 | 2, 'warning', 'warning', true],
    [0x40000000 | 5, 'fieldConversionError', 'warning', true],
  ])('%i is %s (%s), transient %s', (status, name, level, transient) => {
    expect(decodeStatus(status)).toMatchObject({ name, level, transient });
  });

  it('an undocumented code is "other", shown by its number', () => {
    expect(decodeStatus(99)).toEqual({ code: 99, name: null, level: 'other', transient: false });
  });
});
