// Pointing the widget at another story file (?story=… or data-story=…):
// every failure is an error card inside the widget, never a blank box.
import { test, expect } from '@playwright/test';

const errorCard = (page) => page.locator('.ptx-app .ptx-error');

test('a valid story file from the same site replaces the bundled one', async ({ page }) => {
  await page.goto('./?story=/fixtures/small-story.json');
  await expect(page.locator('.ptx-app .ptx-title')).toHaveText('Fixture story');
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 5');
  // The prerendered (bundled) story is gone, so it cannot print by mistake.
  await expect(page.locator('.ptx-static')).toHaveCount(0);
});

const failures = [
  ['a missing file', '/fixtures/no-such-story.json', '/fixtures/no-such-story.json: (file): could not be loaded: HTTP 404'],
  ['invalid JSON', '/fixtures/invalid/01-syntax-trailing-comma.json', '/fixtures/invalid/01-syntax-trailing-comma.json: line 4 column 3: trailing comma'],
  ['an invalid story', '/fixtures/invalid/16-unknown-source.json', '/fixtures/invalid/16-unknown-source.json: events[2].claims[1].sources[0]: unknown source "jpost2"'],
  ['another origin', 'http://127.0.0.1:8093/cdn/explainer/story.schema.json', 'http://127.0.0.1:8093/cdn/explainer/story.schema.json: (file): only story files from this site can be loaded'],
  ['a garbage address', 'http://[::1', 'http://[::1: (file): is not a valid address'],
];

for (const [what, address, message] of failures) {
  test(`${what} shows an error card`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./?story=${encodeURIComponent(address)}`);
    await expect(errorCard(page)).toBeVisible();
    await expect(errorCard(page)).toHaveAttribute('role', 'alert');
    await expect(errorCard(page).locator('li')).toContainText([message]);
    expect(errors).toEqual([]);
  });
}

test('a server that never answers times out into an error card', async ({ page }) => {
  // A fake clock, so the test does not wait the real 8 seconds.
  await page.clock.install();
  await page.goto('./?story=/hang/story.json');
  await expect(page.locator('.ptx-loading')).toHaveText('Loading the story from /hang/story.json…');
  await expect(errorCard(page)).toHaveCount(0);
  await page.clock.fastForward(8_000);
  await expect(errorCard(page)).toContainText('/hang/story.json: (file): did not arrive within 8 seconds');
});

test('a hostile story loaded at run time stays inert text', async ({ page }) => {
  await page.goto('./?story=/fixtures/hostile-story.json');
  await expect(page.locator('.ptx-app .ptx-card-title')).toContainText('<img src=x onerror=');
  await page.locator('.ptx-app .ptx-cite').first().click();
  await page.locator('.ptx-app .ptx-sources > summary').click();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  for (const selector of ['img', 'iframe', 'marquee', 'style:not([data-x])', '[onerror]', '[onload]', '[onmouseover]', 'a[href^="javascript"]']) {
    expect(await page.locator(`.ptx-app ${selector}`).count(), selector).toBe(0);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the story compiler is fetched only for a story file given at run time', async ({ page }) => {
  const compilerRequests = [];
  page.on('request', (r) => { if (r.url().includes('story-compiler')) compilerRequests.push(new URL(r.url()).pathname); });
  await page.goto('./');
  await expect(page.locator('.ptx-app .ptx-card-title')).toBeVisible();
  // A sentinel request sent after the widget's first effects have run: the
  // browser reports requests in order, so once it is seen, a compiler
  // request made on start-up would have been seen too.
  const sentinel = page.waitForRequest((r) => r.url().includes('sentinel'));
  await page.evaluate(async () => {
    while (performance.getEntriesByName('first-card').length === 0) await new Promise((r) => setTimeout(r, 10));
    await fetch('./oembed.json?sentinel');
  });
  await sentinel;
  expect(compilerRequests).toEqual([]);
  // Under a sub-path the compiler is found next to the widget's own files.
  await page.goto('/graphics/2025/explainer/?story=/fixtures/small-story.json');
  await expect(page.locator('.ptx-app .ptx-title')).toHaveText('Fixture story');
  expect(compilerRequests).toEqual(['/graphics/2025/explainer/story-compiler.js', '/graphics/2025/explainer/story-compiler_bg.wasm']);
});

// The loader is async: the widget may start before the page is parsed.
const splits = [
  ['before the widget element', '<main id="ptx-explainer"'],
  ['between the widget element and the prerendered story', '<div class="ptx-static"'],
  ['inside the prerendered story', 'id="ptx-card-karabakh-war-2020"'],
];
for (const [where, at] of splits) {
  test(`a page still arriving ${where} gets one widget and no visible prerendered story`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/slow/?at=${encodeURIComponent(at)}`, { waitUntil: 'commit' });
    await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(/Pakistan is born/);
    await page.waitForLoadState('load');
    await expect(page.locator('.ptx-app')).toHaveCount(1);
    await expect(page.locator('[data-ptx-static]')).toHaveClass(/ptx-static-replaced/);
    await expect(page.locator('[data-ptx-static]')).toBeHidden();
    // The whole prerendered story is there for print.
    await expect(page.locator('[data-ptx-static] .ptx-card')).toHaveCount(30);
    expect(errors).toEqual([]);
  });
}

test('a story compiler that cannot be fetched gives an error card', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/story-compiler*', (route) => route.abort());
  await page.goto('./?story=/fixtures/small-story.json');
  await expect(errorCard(page).locator('li')).toContainText(['/fixtures/small-story.json: (file): could not be checked: the story compiler did not load']);
  expect(errors).toEqual([]);
});
