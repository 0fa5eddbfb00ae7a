// The first screen on a phone (design review 1, §1 and §7 item 8): "Filter
// events" was a bold 46 px pill as heavy as Next, a secondary tool in the
// primary position. It is a quiet text control now.
import { test, expect } from '@playwright/test';

const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

test('on a phone the filter control is quieter than previous/next, and still a 44 px target', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('./');
  const style = (locator) => locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: parseFloat(s.borderTopWidth), weight: Number(s.fontWeight), background: s.backgroundColor };
  });
  const filter = page.locator('.ptx-app .ptx-filters summary');
  const next = page.locator('.ptx-app .ptx-nav .ptx-step').last();
  const quiet = await style(filter);
  const loud = await style(next);
  expect(quiet.border).toBe(0);
  expect(quiet.weight).toBeLessThan(loud.weight);
  expect(loud.border).toBeGreaterThan(0);
  const box = await filter.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  await context.close();
});
