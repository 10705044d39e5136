import { readFileSync } from 'node:fs';
import { VIEWER, expect, jobsTable, openSignedIn, sessionToken, signIn, test, tokenFor } from './fixtures.ts';

async function api(page: import('@playwright/test').Page, path: string, method = 'GET', data?: object, token?: string) {
  const bearer = token ?? (await sessionToken(page));
  return page.request.fetch(`/webapi${path}`, { method, headers: { authorization: `Bearer ${bearer}` }, data });
}

/** A job of the given kind, found through the API the way an admin would look for one. */
async function findJob(page: import('@playwright/test').Page, query: string): Promise<string> {
  const res = await api(page, `/v3/jobs?allUsers=true&limit=1&${query}`);
  return ((await res.json()) as { data: { jobId: string }[] }).data[0]!.jobId;
}

test('a job opens from the table in a pane named after it, and closes back to the same list', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Completed&sort=workflow');
  const first = jobsTable(page).getByRole('row').nth(1).getByRole('link').first();
  const id = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${id}\\?status=Completed&sort=workflow$`));
  const pane = page.getByRole('region', { name: `Job ${id}` });
  await expect(pane).toBeVisible();
  await expect(pane.getByText('Completed').first()).toBeVisible();
  await expect(pane.getByRole('button', { name: `Cancel job ${id}` })).toHaveAttribute('aria-disabled', 'true');
  await pane.getByRole('link', { name: `Close job ${id}` }).click();
  await expect(page).toHaveURL(/\/jobs\?status=Completed&sort=workflow$/);
});

test('opening and closing a job leaves the list as it was: the same table, its ticked rows, no new request', async ({ page }) => {
  const lists: string[] = [];
  page.on('request', (r) => r.url().includes('/webapi/v3/jobs?') && lists.push(r.url()));
  await openSignedIn(page, '/jobs?status=Queued&refresh=0');
  const table = jobsTable(page);
  const rows = table.getByRole('row');
  const tick = rows.nth(1).getByRole('checkbox', { name: /^Select job / });
  await tick.check();
  await table.evaluate((el) => ((el as HTMLElement & { kept?: boolean }).kept = true));
  const listRequests = lists.splice(0);
  expect(listRequests.length).toBeGreaterThan(0);
  const link = rows.nth(2).getByRole('link').first();
  const id = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole('region', { name: `Job ${id}` })).toBeVisible();
  await page.getByRole('link', { name: `Close job ${id}` }).click();
  await expect(page.getByRole('region', { name: `Job ${id}` })).toBeHidden();
  expect(await table.evaluate((el) => (el as HTMLElement & { kept?: boolean }).kept)).toBe(true);
  await expect(tick).toBeChecked();
  // The pane may look its job up in the list API; the list's own requests are not sent again.
  expect(lists.filter((u) => listRequests.includes(u))).toEqual([]);
});

test('a pasted job URL opens the pane; an unknown job says so, with a way back', async ({ page }) => {
  await openSignedIn(page, '/jobs');
  const id = await findJob(page, 'statuses=Complete');
  await page.goto(`/jobs/${id}`);
  await expect(page.getByRole('region', { name: `Job ${id}` })).toBeVisible();
  await page.goto('/jobs/000000000000000000000000');
  await expect(page.getByRole('alert')).toContainText('This job does not exist');
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('messages: level counts, search with matches, first error, and a .txt download of them all', async ({ page }) => {
  await openSignedIn(page, '/jobs');
  // A long failed run: an error somewhere in many lines.
  const token = await sessionToken(page);
  const list = (await (
    await page.request.get('/webapi/v3/jobs?allUsers=true&statuses=Complete&limit=300', { headers: { authorization: `Bearer ${token}` } })
  ).json()) as {
    data: { jobId: string }[];
  };
  let id = '';
  let messages: { status: number; text: string; toolId: number }[] = [];
  for (const j of list.data) {
    const view = (await (await api(page, `/v3/jobs/${j.jobId}`)).json()) as { disposition: string };
    if (view.disposition !== 'Error') continue;
    messages = (await (await api(page, `/v3/jobs/${j.jobId}/messages`)).json()) as typeof messages;
    id = j.jobId;
    if (messages.length > 30) break;
  }
  await page.goto(`/jobs/${id}`);
  const pane = page.getByRole('region', { name: `Job ${id}` });
  const errors = messages.filter((m) => (m.status & ~0x40000000) === 3).length;
  await expect(pane.getByText(`Errors (${errors})`)).toBeVisible();
  await expect(pane.getByRole('log')).toHaveAttribute('aria-label', `Messages (${messages.length.toLocaleString('en')})`);

  // The chips' checkboxes sit under their labels, which are what a person clicks.
  await pane.getByText(/^Info \(/).click();
  await expect(pane.getByRole('checkbox', { name: /^Info/ })).not.toBeChecked();
  const notInfo = messages.filter((m) => ![1, 4].includes(m.status & ~0x40000000)).length;
  await expect(pane.getByRole('log')).toHaveAttribute('aria-label', `Messages (${notInfo.toLocaleString('en')})`);
  await pane.getByText(/^Info \(/).click();

  await pane.getByRole('textbox', { name: 'Search messages' }).fill('Finished running');
  await expect(pane.getByText('1 of 1')).toBeVisible();
  await expect(pane.getByRole('log').locator('mark')).toHaveText('Finished running');
  await pane.getByRole('textbox', { name: 'Search messages' }).fill('');

  await pane.getByRole('button', { name: 'First error' }).click();
  const firstError = messages.find((m) => (m.status & ~0x40000000) === 3)!;
  await expect(pane.getByRole('log').getByText(firstError.text)).toBeInViewport();

  const download = page.waitForEvent('download');
  await pane.getByRole('button', { name: 'Download messages as .txt' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8')
    .trimEnd()
    .split('\n');
  expect(file).toHaveLength(messages.length);
  expect(file[0]).toBe(`${messages[0]!.status & ~0x40000000}\t${messages[0]!.toolId}\t${messages[0]!.text}`);
});

interface ApiMessage {
  status: number;
  text: string;
  toolId: number;
}

/**
 * A finished job with a short log (all of it fits in the viewer at once for a single tool)
 * that has texts with a comma and with a double quote, and a tool with a few lines of its own.
 */
async function jobWithShortLog(page: import('@playwright/test').Page): Promise<{ id: string; messages: ApiMessage[] }> {
  const list = (await (await api(page, '/v3/jobs?allUsers=true&statuses=Complete&limit=100')).json()) as { data: { jobId: string }[] };
  for (const { jobId } of list.data) {
    const messages = (await (await api(page, `/v3/jobs/${jobId}/messages`)).json()) as ApiMessage[];
    const perTool = [...new Set(messages.map((m) => m.toolId))].map((t) => messages.filter((m) => m.toolId === t).length);
    if (
      messages.length >= 20 &&
      messages.length <= 200 &&
      messages.some((m) => m.text.includes('"')) &&
      messages.some((m) => m.text.includes(',')) &&
      perTool.some((n) => n >= 2 && n <= 10)
    )
      return { id: jobId, messages };
  }
  throw new Error('no finished job with a short log of that kind');
}

/** RFC 4180: fields split on commas, quoted ones with "" for a quote, lines ending CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field, 'the file ends with a line break').toBe('');
  return rows;
}

/** What a message's code means for the reader, as the Alteryx Engine documents them. */
const LEVEL: Record<number, string> = {
  1: 'info',
  4: 'info',
  2: 'warning',
  5: 'warning',
  6: 'warning',
  20: 'warning',
  3: 'error',
  8: 'file',
  9: 'file',
};
const TRANSIENT = 0x40000000;

test('the .csv download holds every message as the API gives it, a row each, quoted where it must be', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  const { id, messages } = await jobWithShortLog(page);
  await page.goto(`/jobs/${id}?refresh=0`);
  const pane = page.getByRole('region', { name: `Job ${id}` });
  await expect(pane.getByRole('log')).toHaveAttribute('aria-label', `Messages (${messages.length})`);
  // What the viewer filters away is still in the download: it is the whole log.
  await pane.getByText(/^Info \(/).click();
  await expect(pane.getByRole('checkbox', { name: /^Info/ })).not.toBeChecked();

  const download = page.waitForEvent('download');
  await pane.getByRole('button', { name: 'Download messages as .csv' }).click();
  expect((await download).suggestedFilename()).toBe(`job-${id}-messages.csv`);
  const file = readFileSync((await (await download).path())!, 'utf8');
  const rows = parseCsv(file);
  expect(rows[0]).toEqual(['status', 'code', 'level', 'transient', 'toolId', 'text']);
  expect(rows.slice(1)).toEqual(
    messages.map((m) => {
      const code = m.status & ~TRANSIENT;
      return [String(m.status), String(code), LEVEL[code] ?? 'other', String((m.status & TRANSIENT) !== 0), String(m.toolId), m.text];
    }),
  );
  // Read as text: a field with a quote or a comma is in quotes, its quotes doubled; others are bare.
  const lines = file.split('\r\n');
  const quote = messages.findIndex((m) => m.text.includes('"'));
  expect(lines[quote + 1]!.endsWith(`,"${messages[quote]!.text.replaceAll('"', '""')}"`)).toBe(true);
  const plain = messages.findIndex((m) => !/[",\r\n]/.test(m.text));
  if (plain >= 0) expect(lines[plain + 1]!.endsWith(`,${messages[plain]!.toolId},${messages[plain]!.text}`)).toBe(true);
});

test('the tool filter leaves only that tool’s messages, as many as the API has, in order', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  const { id, messages } = await jobWithShortLog(page);
  await page.goto(`/jobs/${id}?refresh=0`);
  const pane = page.getByRole('region', { name: `Job ${id}` });
  const log = pane.getByRole('log');
  await expect(log).toHaveAttribute('aria-label', `Messages (${messages.length})`);
  const label = (toolId: number) => (toolId > 0 ? `Tool ${toolId}` : 'Engine');

  // Every tool with a line in the log is offered, in order, and no other.
  const tools = [...new Set(messages.map((m) => m.toolId))].sort((a, b) => a - b);
  const toolFilter = pane.getByRole('combobox', { name: 'Tool' });
  await toolFilter.click();
  await expect(page.getByRole('listbox', { name: 'Tool' }).getByRole('option')).toHaveText(tools.map(label));

  // A tool with a few lines (all of them in view at once).
  const tool = tools.find((t) => {
    const n = messages.filter((m) => m.toolId === t).length;
    return n >= 2 && n <= 10;
  })!;
  const its = messages.filter((m) => m.toolId === tool);
  await page
    .getByRole('listbox', { name: 'Tool' })
    .getByRole('option', { name: label(tool), exact: true })
    .click();
  await expect(toolFilter).toHaveValue(label(tool));
  await expect(log).toHaveAttribute('aria-label', `Messages (${its.length})`);
  await expect(log.getByRole('button')).toHaveText(its.map((m) => m.text));
  await expect(log.getByText(/^(Tool \d+|Engine)$/)).toHaveText(its.map(() => label(tool)));

  // With a level turned off too, the tool's lines of the other levels.
  await pane.getByText(/^Info \(/).click();
  const notInfo = its.filter((m) => ![1, 4].includes(m.status & ~TRANSIENT));
  if (notInfo.length) await expect(log.getByRole('button')).toHaveText(notInfo.map((m) => m.text));
  else await expect(pane.getByText('No messages match these filters.')).toBeVisible();
  await pane.getByText(/^Info \(/).click();

  // Picking it again lets every tool's lines back.
  await toolFilter.click();
  await page
    .getByRole('listbox', { name: 'Tool' })
    .getByRole('option', { name: label(tool), exact: true })
    .click();
  await expect(toolFilter).toHaveValue('');
  await expect(log).toHaveAttribute('aria-label', `Messages (${messages.length})`);
});

test('a 5,000-message log opens at once and scrolls to its last line', async ({ page }) => {
  await openSignedIn(page, '/jobs');
  // The sandbox gives its newest finished job a long log.
  const newest = (await (await api(page, '/v3/jobs?allUsers=true&statuses=Complete&limit=5')).json()) as { data: { jobId: string }[] };
  let id = '';
  let messages: { text: string }[] = [];
  for (const j of newest.data) {
    messages = (await (await api(page, `/v3/jobs/${j.jobId}/messages`)).json()) as typeof messages;
    id = j.jobId;
    if (messages.length >= 5000) break;
  }
  expect(messages.length).toBeGreaterThanOrEqual(5000);
  await page.goto(`/jobs/${id}`);
  const log = page.getByRole('region', { name: `Job ${id}` }).getByRole('log');
  await expect(log).toHaveAttribute('aria-label', `Messages (${messages.length.toLocaleString('en')})`);
  await expect(log.getByText(messages[0]!.text, { exact: true })).toBeVisible();
  // Only what is in view is in the page.
  expect(await log.locator('[data-index]').count()).toBeLessThan(100);
  // Lines are one line high; a click opens one to read in full, another folds it again.
  const firstLine = log.getByRole('button', { name: messages[0]!.text, exact: true });
  await expect(firstLine).toHaveAttribute('aria-expanded', 'false');
  await firstLine.click();
  await expect(firstLine).toHaveAttribute('aria-expanded', 'true');
  await firstLine.click();
  await expect(firstLine).toHaveAttribute('aria-expanded', 'false');
  const last = messages[messages.length - 1]!.text;
  await log.focus();
  // Rows are measured as they appear, so the end can move while scrolling there.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(log.getByText(last, { exact: true })).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await expect(log.getByText(messages[0]!.text, { exact: true })).toHaveCount(0);
});

test('an output downloads with the same bytes the API serves', async ({ page }) => {
  await openSignedIn(page, '/jobs');
  const list = (await (await api(page, '/v3/jobs?allUsers=true&statuses=Complete&limit=50')).json()) as { data: { jobId: string }[] };
  let id = '';
  let output: { id: string; fileName: string; availableFormats: string[] } | undefined;
  for (const j of list.data) {
    const view = (await (await api(page, `/v3/jobs/${j.jobId}?includeMessages=false`)).json()) as { outputs: NonNullable<typeof output>[] };
    output = view.outputs.find((o) => o.availableFormats.includes('Csv'));
    id = j.jobId;
    if (output) break;
  }
  await page.goto(`/jobs/${id}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${output!.fileName} as CSV` }).click();
  const saved = readFileSync((await (await download).path())!);
  const direct = await (await api(page, `/v1/jobs/${id}/output/${output!.id}?format=Csv`)).body();
  expect(saved.equals(direct)).toBe(true);
  expect((await download).suggestedFilename()).toBe(output!.fileName.replace(/\.[^.]+$/, '.csv'));
});

test('cancelling a running job: the dialog says it will stop, the server’s answer shows, the status changes', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Running');
  const id = await findJob(page, 'statuses=Running');
  await page.goto(`/jobs/${id}?status=Running`);
  const pane = page.getByRole('region', { name: `Job ${id}` });
  await pane.getByRole('button', { name: `Cancel job ${id}` }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel job ${id}?` });
  await expect(dialog).toContainText('Cancelling stops it');
  await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Keep job' }).click();
  await expect(dialog).toBeHidden();
  await pane.getByRole('button', { name: `Cancel job ${id}` }).click();
  // A double click sends one request.
  let deletes = 0;
  page.on('request', (r) => r.method() === 'DELETE' && deletes++);
  await expect(page.getByRole('dialog').getByRole('table', { name: 'The job to cancel' })).toContainText('Running for');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel job' }).dblclick();
  // The same words as from a row, the server's own kept beside them.
  await expect(page.getByText(`Job ${id} stopped`)).toBeVisible();
  await expect(page.getByText('The server said: “Cancelled Successfully.”')).toBeVisible();
  await expect(pane.getByText('Cancelled', { exact: true })).toBeVisible();
  expect(deletes).toBe(1);
  await expect(pane.getByRole('button', { name: `Cancel job ${id}` })).toHaveAttribute('aria-disabled', 'true');
});

test('cancelling a queued job from its row removes it for good; its URL then says it does not exist', async ({ page }) => {
  await openSignedIn(page, '/jobs');
  // A run queued for this test: the newest queued job, first in the list.
  const workflows = (await (await api(page, '/v3/workflows')).json()) as { id: string }[];
  const queuedRun = await api(page, `/v3/workflows/${workflows[0]!.id}/jobs`, 'POST', {});
  expect(queuedRun.status()).toBe(200);
  const id = ((await queuedRun.json()) as { id: string }).id;
  await page.goto('/jobs?status=Queued');
  await jobsTable(page)
    .getByRole('button', { name: `Cancel job ${id}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Cancel job ${id}?` });
  await expect(dialog).toContainText('removes it from the server permanently');
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Cancel job' }).click();
  await expect(page.getByText(`Job ${id} removed from the queue`)).toBeVisible();
  await expect(page.getByText('The server said: “Deleted Successfully.”')).toBeVisible();
  await expect(jobsTable(page).getByRole('link', { name: id })).toHaveCount(0);
  await page.goto(`/jobs/${id}`);
  await expect(page.getByRole('alert')).toContainText('This job does not exist');
});

test('a job that finished behind the dashboard’s back: the server’s 400 message, verbatim, and the true state', async ({ page }) => {
  await openSignedIn(page, '/jobs');
  const id = await findJob(page, 'statuses=Running');
  await page.goto(`/jobs/${id}?refresh=0`);
  const pane = page.getByRole('region', { name: `Job ${id}` });
  await expect(pane.getByRole('button', { name: `Cancel job ${id}` })).not.toHaveAttribute('aria-disabled');
  await pane.getByRole('button', { name: `Cancel job ${id}` }).click();
  // While the dialog is open, someone else cancels it through the API.
  expect((await api(page, `/v3/jobs/${id}`, 'DELETE')).status()).toBe(200);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel job' }).click();
  await expect(page.getByText("This job is not in 'Queued' or 'Running' state.")).toBeVisible();
  await expect(pane.getByText('Cancelled', { exact: true })).toBeVisible();
});

test('a non-Curator cancels a job another user scheduled in a shared collection; others’ jobs stay out of reach', async ({ page }) => {
  const admin = await tokenFor(page);
  const asAdmin = (path: string) => api(page, path, 'GET', undefined, admin);
  // Kenji's scheduled runs are shared with Maria through "Finance Shared"; find one still queued.
  const users = (await (await asAdmin('/v3/users')).json()) as { id: string; firstName: string }[];
  const kenji = users.find((u) => u.firstName === 'Kenji')!.id;
  const jane = users.find((u) => u.firstName === 'Jane')!.id;
  const maria = await tokenFor(page, VIEWER);
  const kenjis = (await (await asAdmin(`/v3/jobs?allUsers=true&users=${kenji}&statuses=Queued&limit=100`)).json()) as {
    data: { jobId: string }[];
  };
  let shared = '';
  for (const j of kenjis.data) {
    if ((await api(page, `/v3/jobs/${j.jobId}`, 'GET', undefined, maria)).status() === 200) {
      shared = j.jobId;
      break;
    }
  }
  expect(shared, 'a queued job of Kenji shared with Maria').not.toBe('');
  const janes = (await (await asAdmin(`/v3/jobs?allUsers=true&users=${jane}&limit=1`)).json()) as { data: { jobId: string }[] };

  await signIn(page, VIEWER);
  await expect(page.getByText('Listing all jobs needs a Curator (admin) key')).toBeVisible();
  await page.getByRole('textbox', { name: 'Job ID', exact: true }).fill(shared);
  await page.getByRole('button', { name: 'Open job' }).click();
  const pane = page.getByRole('region', { name: `Job ${shared}` });
  await expect(pane.getByText('Queued').first()).toBeVisible();
  await pane.getByRole('button', { name: `Cancel job ${shared}` }).click();
  await page
    .getByRole('dialog', { name: `Cancel job ${shared}?` })
    .getByRole('button', { name: 'Cancel job' })
    .click();
  await expect(page.getByText('Deleted Successfully.')).toBeVisible();
  expect((await asAdmin(`/v3/jobs/${shared}`)).status()).toBe(404);

  // A job of someone she shares nothing with: the server does not show it to her.
  await page.goto(`/jobs/${janes.data[0]!.jobId}`);
  await expect(page.getByRole('alert', { name: 'This job does not exist' })).toBeVisible();
});

test('a job that cannot be cancelled says why: on hover, on keyboard focus, and to screen readers', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Completed&refresh=0');
  const row = jobsTable(page).getByRole('row').nth(1);
  const id = (await row.getByRole('link').first().textContent())!;
  const button = row.getByRole('button', { name: `Cancel job ${id}` });
  const reason = 'Only queued or running jobs can be cancelled. This one has already completed.';
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(reason);

  await button.hover();
  await expect(page.getByRole('tooltip')).toHaveText(reason);
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  // The keyboard's way in: the copy button just before it, then Tab.
  await row.getByRole('button', { name: `Copy job ID ${id}` }).focus();
  for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText(reason);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('Japanese: cancelling a queued job from its pane says so in Japanese, and the pane closes', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('language', 'ja'));
  await openSignedIn(page, '/jobs');
  const workflows = (await (await api(page, '/v3/workflows')).json()) as { id: string; name: string }[];
  const queuedRun = await api(page, `/v3/workflows/${workflows[1]!.id}/jobs`, 'POST', {});
  const id = ((await queuedRun.json()) as { id: string }).id;
  await page.goto(`/jobs/${id}?status=Queued`);
  const pane = page.getByRole('region', { name: `ジョブ ${id}` });
  await pane.getByRole('button', { name: `ジョブ ${id} をキャンセル` }).click();
  const dialog = page.getByRole('dialog', { name: `ジョブ ${id} をキャンセルしますか？` });
  // The dialog names the workflow the job belongs to.
  await expect(dialog.getByRole('table', { name: 'キャンセルするジョブ' })).toContainText(workflows[1]!.name.replace(/\.yxmd$/, ''));
  await dialog.getByRole('button', { name: 'ジョブをキャンセル' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `ジョブ ${id} をキューから削除しました` })).toBeVisible();
  await expect(page.getByText('サーバーの応答:「Deleted Successfully.」')).toBeVisible();
  await expect(pane).toBeHidden();
});
