/** The closing line of the browser tests, as CI reads it: a test passed only on a retry is a failure. */
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SummaryReporter from '../e2e/summary-reporter.ts';

const test = (outcome: ReturnType<TestCase['outcome']>, title = 'a test') =>
  ({ outcome: () => outcome, title, location: { file: '/e2e/x.spec.ts', line: 1 } }) as unknown as TestCase;
const took = (ms: number) => ({ duration: ms }) as TestResult;

function closingLine(outcomes: ReturnType<TestCase['outcome']>[], status: FullResult['status'] = 'passed'): string {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const reporter = new SummaryReporter();
  for (const o of outcomes) reporter.onTestEnd(test(o), took(1000));
  reporter.onEnd({ status } as FullResult);
  return String(out.mock.calls.at(-1)?.[0]).trim();
}

describe('the e2e closing line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts passed, failed and skipped tests', () => {
    expect(closingLine(['expected', 'expected', 'unexpected', 'skipped'], 'failed')).toBe('e2e: 2 passed, 1 failed, 1 skipped');
  });

  it('counts a test that passed only on a retry as failed', () => {
    expect(closingLine(['expected', 'flaky'], 'passed')).toBe('e2e: 1 passed, 1 failed, 0 skipped');
  });

  it('reports a run that broke before its tests as a failure', () => {
    expect(closingLine([], 'failed')).toBe('e2e: 0 passed, 1 failed, 0 skipped');
  });

  it('names the slowest tests, slowest first, before the closing line', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const reporter = new SummaryReporter();
    reporter.onTestEnd(test('expected', 'quick'), took(500));
    reporter.onTestEnd(test('expected', 'slow'), took(9_000));
    reporter.onEnd({ status: 'passed' } as FullResult);
    const text = out.mock.calls.map((c) => String(c[0])).join('');
    expect(text).toMatch(/slowest tests:\n {2}9\.0 s {2}x\.spec\.ts:1 slow\n {2}0\.5 s {2}x\.spec\.ts:1 quick\n/);
    expect(text.trim().split('\n').at(-1)).toBe('e2e: 2 passed, 0 failed, 0 skipped');
  });
});
