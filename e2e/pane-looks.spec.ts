import { apiJobIds, expect, jobsTable, openSignedIn, test } from './fixtures.ts';

/**
 * The job pane as people see it: beside the list on a wide light or dark screen, alone on a
 * phone. Each screenshot is attached to the report; the checks are what a look would catch:
 * nothing cut off sideways, the list kept or given up as the width allows, dark really dark.
 */
const LOOKS = [
  { name: 'light', viewport: { width: 1600, height: 1000 }, colorScheme: 'light' as const, wide: true },
  { name: 'dark', viewport: { width: 1600, height: 1000 }, colorScheme: 'dark' as const, wide: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const, wide: false },
];

for (const look of LOOKS) {
  test.describe(look.name, () => {
    test.use({ viewport: look.viewport, colorScheme: look.colorScheme, hasTouch: !look.wide, isMobile: !look.wide });

    test(`the job pane, ${look.name}`, async ({ page }, testInfo) => {
      await openSignedIn(page, '/jobs?refresh=0');
      const [id] = await apiJobIds(page, 'allUsers=true&statuses=Complete&limit=1');
      await page.goto(`/jobs/${id}?refresh=0`);
      const pane = page.getByRole('region', { name: `Job ${id}` });
      await expect(pane.getByRole('log')).toBeVisible();
      await expect(pane.getByRole('heading', { name: 'Outputs' })).toBeVisible();

      const box = (await pane.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(look.viewport.width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      if (look.wide) await expect(jobsTable(page)).toBeVisible();
      else await expect(jobsTable(page)).toHaveCount(0);

      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
      const light = (r + g + b) / 3 > 128;
      expect(light, `body background ${background}`).toBe(look.colorScheme === 'light');

      await testInfo.attach(`pane-${look.name}.png`, { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
    });
  });
}
