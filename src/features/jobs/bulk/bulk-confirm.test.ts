import { describe, expect, it } from 'vitest';
import { needsTyping, TYPED_FROM } from './bulk-confirm.tsx';

describe('a typed count before a bulk cancel', () => {
  it('is asked for above 25 jobs', () => {
    expect(needsTyping(TYPED_FROM, false)).toBe(false);
    expect(needsTyping(TYPED_FROM + 1, false)).toBe(true);
  });
  it('is asked for whenever an unfiltered view would stop running jobs, however few', () => {
    expect(needsTyping(2, true)).toBe(true);
    expect(needsTyping(2, false)).toBe(false);
  });
});
