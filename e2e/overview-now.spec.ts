/** The Overview's live panels against what the API itself says, on the sandbox, as a Curator. */
import { apiGet, expect, jobsTable, openSignedIn, test } from './fixtures.ts';

interface List {
  data: { jobId: string; workflowName: string; executionTime: string | null }[];
  pagination: { totalItems: number };
}

const STATUSES = ['Running', 'Initializing', 'Queued'] as const;
const count = async (page: Parameters<typeof apiGet>[0], status: string) =>
  (await apiGet<List>(page, `/v3/jobs?allUsers=true&statuses=${status}&limit=1`)).pagination.totalItems;

/** A TimeSpan (`[d.]hh:mm:ss[.f]`) in minutes. */
function minutesOf(span: string | null): number {
  const m = span ? /^(?:(\d+)\.)?(\d+):(\d\d):(\d\d)/.exec(span) : null;
  return m ? Number(m[1] ?? 0) * 1440 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 60 : 0;
}

test('the counts are the API’s totals, and the Queued count opens exactly those jobs', async ({ page }) => {
  await openSignedIn(page, '/overview?refresh=0');
  const now = page.getByRole('region', { name: 'Now' });
  for (const status of STATUSES) {
    const total = await count(page, status);
    await expect(
      now.getByRole('link', { name: `${status}: ${total.toLocaleString('en')} jobs. Show them in the jobs table` }),
    ).toBeVisible();
  }
  const queued = await count(page, 'Queued');
  await now.getByRole('link', { name: /^Queued: / }).click();
  await expect(page).toHaveURL(/\/jobs\?status=Queued$/);
  await expect(page.getByText(`1–${Math.min(50, queued)} of ${queued}`)).toBeVisible();
  await expect(jobsTable(page).getByRole('row')).toHaveCount(Math.min(50, queued) + 1);
});

test('the longest-running job is listed as overrun, and its row in the jobs table has the badge', async ({ page }) => {
  // The seed's runaway has run for more than a day; an earlier test may have stopped it, so
  // the longest-running job stands in, with the threshold set just under its run time.
  let longest: List['data'][number] | undefined;
  for (let offset = 0; ; offset += 1000) {
    const list = await apiGet<List>(page, `/v3/jobs?allUsers=true&statuses=Running&limit=1000&offset=${offset}`);
    for (const j of list.data) if (!longest || minutesOf(j.executionTime) > minutesOf(longest.executionTime)) longest = j;
    if (list.data.length < 1000) break;
  }
  expect(longest, 'a running job').toBeDefined();
  const job = longest!;
  await openSignedIn(page, '/overview?refresh=0');
  const overrun = page.getByRole('region', { name: 'Overrunning jobs' });
  const minutes = Math.floor(minutesOf(job.executionTime));
  if (minutes <= 120) await overrun.getByRole('textbox', { name: /Overrun threshold/ }).fill(String(Math.max(1, minutes - 1)));
  const table = overrun.getByRole('table', { name: 'Overrunning jobs' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `${job.workflowName} (job ${job.jobId})` }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(/over (the p95 of \d+ runs|the [\d,]+ min threshold)/);
  await expect(row.getByRole('button', { name: `Cancel job ${job.jobId}` })).toBeVisible();

  await page.goto('/jobs?status=Running&refresh=0');
  const jobRow = jobsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: job.jobId, exact: true }) });
  await expect(jobRow.getByText(/^Overrun: .+ over /)).toBeVisible();
});

test('a queued job shows an estimated start, and why on hover and as its description', async ({ page }) => {
  expect(await count(page, 'Queued'), 'queued jobs in the sandbox').toBeGreaterThan(0);
  await openSignedIn(page, '/overview?refresh=0');
  const queue = page.getByRole('region', { name: 'Queue' });
  const first = queue.getByRole('table', { name: /^Queue: / }).first();
  await expect(first.getByRole('row')).not.toHaveCount(1);
  const estimate = first.getByText(/^(in about .+|any moment)$/).first();
  await expect(estimate).toBeVisible();
  await expect(estimate).toHaveAccessibleDescription(/ahead of it; .*slots? (busy|of their own)/);
  await estimate.hover();
  await expect(page.getByRole('tooltip')).toContainText(/ahead of it/);
  await expect(page.getByRole('tooltip')).toContainText(/about .*\d{4}/);
});
