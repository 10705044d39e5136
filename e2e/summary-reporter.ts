import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/**
 * Prints the closing line CI reads: `e2e: N passed, N failed, N skipped`. A flaky test (one
 * that passed only on a retry, should retries ever be turned on) counts as failed.
 */
export default class SummaryReporter implements Reporter {
  private tests: TestCase[] = [];

  onTestEnd(test: TestCase): void {
    if (!this.tests.includes(test)) this.tests.push(test);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const t of this.tests) {
      const outcome = t.outcome();
      if (outcome === 'expected') passed++;
      else if (outcome === 'skipped') skipped++;
      else failed++;
    }
    // A run that broke before its tests (a server that would not start) is a failure too.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
