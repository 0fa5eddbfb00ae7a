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

// Review §7 item 8: "an embed option to hide the widget's own header (the
// article already has one)". data-header="hidden" on the placeholder.
test('a script embed with data-header="hidden" starts at its controls, its heading kept for screen readers', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const open = async (query) => {
    await page.goto(`http://127.0.0.1:8092/hosts/column.html?w=340${query}`);
    const title = page.locator('#graphic .ptx-app .ptx-title');
    await expect(title).toHaveCount(1);
    const top = await page.locator('#graphic').evaluate((el) => el.getBoundingClientRect().top);
    const filters = await page.locator('#graphic .ptx-app .ptx-filters').boundingBox();
    return { title: await title.boundingBox(), below: filters.y - top };
  };
  const shown = await open('');
  expect(shown.title.height).toBeGreaterThan(20);
  const hidden = await open('&header=hidden');
  expect(hidden.title.width).toBeLessThanOrEqual(1);
  // The whole header's height is given back to the article.
  expect(hidden.below).toBeLessThan(shown.below - shown.title.height);
  expect(hidden.below).toBeLessThan(30);
  // Still the widget's heading, named by the story's title, for heading navigation.
  const heading = page.locator('#graphic').getByRole('heading', { level: 2 }).first();
  await expect(heading).toHaveText(await page.locator('#graphic .ptx-app .ptx-title').textContent());
  await context.close();
});
