// Navigation that stays with the reader (design review 1, §5 and §7 item 5):
// on a phone the date, "20 of 30" and previous/next stay on screen while a
// long card is read; each card ends by saying where Next goes; a card change
// brings the new card's top into view, with a short transition that reduced
// motion turns off.
import { test, expect } from '@playwright/test';

const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const app = (page) => page.locator('.ptx-app');

let context;
let page;

test.beforeEach(async ({ browser }) => {
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  await page.goto('./#card=istanbul-meeting');
  await expect(app(page).locator('.ptx-position')).toHaveText('20 of 30');
});

test.afterEach(async () => {
  await context.close();
});

/** Scrolls the page so the foot of the card is at the bottom of the screen. */
async function toFootOfCard() {
  await app(page).locator('.ptx-card-sources').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const title = await app(page).locator('.ptx-card-title').boundingBox();
  expect(title.y + title.height, 'the card title has scrolled away').toBeLessThan(0);
}

test('on a phone the date, position and previous/next stay on screen deep in a long card', async () => {
  await toFootOfCard();
  const bar = app(page).locator('.ptx-nav');
  const box = await bar.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(2);
  expect(box.height).toBeLessThanOrEqual(60);
  await expect(bar).toContainText('25 May 2025');
  await expect(bar).toContainText('20 of 30');
  for (const name of ['Previous event', 'Next event']) {
    const b = await bar.getByRole('button', { name }).boundingBox();
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.width).toBeGreaterThanOrEqual(44);
    expect(b.height).toBeGreaterThanOrEqual(44);
  }
  await bar.getByRole('button', { name: 'Next event' }).click();
  await expect(app(page).locator('.ptx-position')).toHaveText('21 of 30');
});

test('the foot of each card says where Next goes, and the new card opens at its top', async () => {
  const next = app(page).locator('.ptx-next-card');
  await expect(next).toHaveText('Next: 25 May 2025 · A US$5 billion trade goal and a railway →');
  await next.scrollIntoViewIfNeeded();
  await next.click();
  await expect(app(page).locator('.ptx-card-title')).toHaveText('A US$5 billion trade goal and a railway');
  const title = await app(page).locator('.ptx-card-title').boundingBox();
  expect(title.y).toBeGreaterThanOrEqual(0);
  expect(title.y + title.height).toBeLessThanOrEqual(780);
  // The last card has nowhere to go.
  await page.goto('./#card=tajikistan-leg');
  await expect(app(page).locator('.ptx-position')).toHaveText('30 of 30');
  await expect(app(page).locator('.ptx-next-card')).toHaveCount(0);
});

test('a swipe at the foot of a long card shows the new card from its top', async () => {
  await toFootOfCard();
  const cdp = await context.newCDPSession(page);
  const card = await app(page).locator('.ptx-card').boundingBox();
  // Low on the card's last screenful, clear of the sticky bar.
  const y = Math.min(card.y + card.height - 40, 700);
  expect(y).toBeGreaterThan(120);
  const point = (x) => [{ x, y, id: 1, radiusX: 8, radiusY: 8, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(card.x + card.width - 30) });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(card.x + card.width - 30 - 22 * i) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(app(page).locator('.ptx-position')).toHaveText('21 of 30');
  await expect.poll(async () => (await app(page).locator('.ptx-card-title').boundingBox()).y).toBeGreaterThanOrEqual(0);
  const title = await app(page).locator('.ptx-card-title').boundingBox();
  expect(title.y + title.height).toBeLessThanOrEqual(780);
});

test('a card change is marked by a short transition, and by none under reduced motion', async () => {
  const card = app(page).locator('.ptx-card');
  const animation = () => card.evaluate((c) => {
    const s = getComputedStyle(c);
    return { name: s.animationName, ms: parseFloat(s.animationDuration) * 1000 };
  });
  const moving = await animation();
  expect(moving.name).not.toBe('none');
  expect(moving.ms).toBeGreaterThanOrEqual(100);
  expect(moving.ms).toBeLessThanOrEqual(250);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app(page).getByRole('button', { name: 'Next event' }).click();
  await expect(app(page).locator('.ptx-position')).toHaveText('21 of 30');
  expect((await animation()).name).toBe('none');
});
