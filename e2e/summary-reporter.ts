import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** How many of the slowest tests are named at the end, to keep the suite's time in view. */
const SLOWEST = 8;

/**
 * Prints the slowest tests, then the closing line CI reads: `e2e: N passed, N failed, N skipped`.
 * A flaky test (one that passed only on a retry, should retries ever be turned on) counts as failed.
 */
export default class SummaryReporter implements Reporter {
  /** Each test once (a retried one ends more than once), with the time all its tries took. */
  private durations = new Map<TestCase, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.durations.set(test, (this.durations.get(test) ?? 0) + result.duration);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const t of this.durations.keys()) {
      const outcome = t.outcome();
      if (outcome === 'expected') passed++;
      else if (outcome === 'skipped') skipped++;
      else failed++;
    }
    // A run that broke before its tests (a server that would not start) is a failure too.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    const slowest = [...this.durations].sort((a, b) => b[1] - a[1]).slice(0, SLOWEST);
    if (slowest.length > 0) {
      process.stdout.write('\nslowest tests:\n');
      for (const [t, ms] of slowest)
        process.stdout.write(`  ${(ms / 1000).toFixed(1)} s  ${t.location.file.split('/').pop()}:${t.location.line} ${t.title}\n`);
    }
    process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
