// The interactive widget replaces the prerendered page without moving what
// the reader is looking at (design review 1, §5 "Hydration shift"): with the
// network throttled to 1.6 Mb/s the static story paints first, and the
// widget's arrival must not push the first card down. Measured with a
// `layout-shift` PerformanceObserver and by where the first card's headline
// sits before and after.
import { test, expect } from '@playwright/test';

const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`on a slow connection the widget replaces the prerendered story without a layout shift (${name})`, async ({ browser }) => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./', { waitUntil: 'commit' });
    // The static story first: where its first card sits.
    const staticCard = page.locator(".ptx-static .ptx-card").first();
    await expect(staticCard).toBeVisible();
    // As painted: with the stylesheet applied (layout can run before it arrives).
    await expect(page.locator('.ptx-static .ptx-head')).toHaveCSS('border-top-width', '4px');
    await expect(page.locator('.ptx-app')).toHaveCount(0);
    const before = await staticCard.boundingBox();
    // Then the widget.
    const liveCard = page.locator(".ptx-app .ptx-card");
    await expect(liveCard).toBeVisible({ timeout: 30_000 });
    const after = await liveCard.boundingBox();
    expect(Math.abs(after.y - before.y), "the first card stays where it was").toBeLessThanOrEqual(8);
    const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    expect(cls).toBeLessThan(0.02);
    await context.close();
  });
}
