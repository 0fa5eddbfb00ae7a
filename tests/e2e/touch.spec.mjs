// The scrubber under a real finger: touch events sent through Chromium's
// DevTools protocol (Input.dispatchTouchEvent) in a phone context, so the
// browser itself decides between scrolling and handing the events to the
// page, as it does for a reader. Design review 1, §3 "Scroll trap": a
// vertical flick that began on the track left the page at scrollY 0 and sent
// the reader from card 1 to card 17.
import { test, expect } from '@playwright/test';
import { recordPositions, recordedPositions } from './support/positions.mjs';

const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

let context;
let page;
let cdp;

test.beforeEach(async ({ browser }) => {
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  await page.goto('./');
  await expect(page.locator('.ptx-app .ptx-card')).toBeVisible();
  // Every position the widget shows from here on, so a jump and back is seen.
  await recordPositions(page);
});

test.afterEach(async () => {
  await context.close();
});

const positions = () => recordedPositions(page);
const scrollY = () => page.evaluate(() => window.scrollY);
const track = () => page.locator('.ptx-app .ptx-track').boundingBox();
const knob = () => page.locator('.ptx-app .ptx-handle').boundingBox();

/** One finger from `from` to `to` in `steps` moves, about 60 per second. */
async function drag(from, to, steps = 12) {
  const point = ([x, y]) => [{ x, y, id: 1, radiusX: 8, radiusY: 8, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const at = [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a vertical swipe that starts on the scrubber track scrolls the page and leaves the card', async () => {
  const t = await track();
  const k = await knob();
  // Well clear of the knob (at the far left on card 1), in the middle of the strip.
  const x = t.x + t.width * 0.6;
  expect(x - (k.x + k.width)).toBeGreaterThan(60);
  const y = t.y + t.height / 2;
  expect(await scrollY()).toBe(0);
  await drag([x, y], [x, y - 200]);
  await expect.poll(scrollY).toBeGreaterThan(100);
  expect(await positions()).toEqual(['1 of 30']);
  // And back down: the page scrolls back, the card still has not moved.
  // (From where the first flick came to rest: it may glide on a little.)
  const settled = async () => {
    let last = -1;
    await expect.poll(async () => { const now = await scrollY(); const still = now === last; last = now; return still; }, { intervals: [100] }).toBe(true);
    return last;
  };
  const before = await settled();
  const t2 = await track();
  expect(t2.y).toBeGreaterThan(0); // still on screen to be touched
  await drag([x, t2.y + t2.height / 2], [x, t2.y + t2.height / 2 + 250]);
  await expect.poll(scrollY).toBeLessThanOrEqual(Math.max(0, before - 150));
  expect(await positions()).toEqual(['1 of 30']);
});

test('a sideways drag on the knob scrubs, live, without scrolling the page', async () => {
  const t = await track();
  const k = await knob();
  const y = k.y + k.height / 2;
  await drag([k.x + k.width / 2, y], [t.x + t.width * 0.5, y + 6], 16);
  await expect.poll(async () => (await positions()).length).toBeGreaterThan(3);
  const seen = (await positions()).map((p) => Number.parseInt(p, 10));
  expect(seen).toEqual([...seen].sort((a, b) => a - b)); // followed the finger, forwards only
  expect(seen.at(-1)).toBeGreaterThan(10);
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText(`${seen.at(-1)} of 30`);
  expect(await scrollY()).toBe(0);
});

test('a finger on the track scrubs once it moves clearly sideways, and a tap jumps to a marker', async () => {
  const t = await track();
  const y = t.y + t.height / 2;
  // Landed on the track, not the knob, then moved sideways: a drag.
  await drag([t.x + t.width * 0.3, y], [t.x + t.width * 0.9, y - 4], 16);
  await expect.poll(async () => Number.parseInt((await positions()).at(-1), 10)).toBeGreaterThan(20);
  expect(await scrollY()).toBe(0);

  // A clean tap on the tenth marker goes there.
  const xs = await page.locator('.ptx-app .ptx-markers path').evaluate((p) =>
    [...p.getAttribute('d').matchAll(/M(\d+) /g)].map((m) => Number(m[1])));
  const svg = await page.locator('.ptx-app .ptx-markers').boundingBox();
  const tapX = svg.x + (xs[9] / 2000) * svg.width;
  await drag([tapX, y], [tapX, y], 1);
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('10 of 30');
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Erdogan makes a state visit to Pakistan');
});

test('pressing the knob with a mouse holds it where it is, even where markers are 5 px apart', async ({ browser }) => {
  const desktop = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await desktop.goto('./#card=istanbul-meeting');
  await expect(desktop.locator('.ptx-app .ptx-position')).toHaveText('20 of 30');
  const k = await desktop.locator('.ptx-app .ptx-handle').boundingBox();
  // 10 px right of the knob's centre, still on the knob, nearest another event.
  await desktop.mouse.move(k.x + k.width / 2 + 10, k.y + k.height / 2);
  await desktop.mouse.down();
  await desktop.mouse.up();
  await expect(desktop.locator('.ptx-app .ptx-handle')).toBeFocused();
  await expect(desktop.locator('.ptx-app .ptx-position')).toHaveText('20 of 30');
  await desktop.close();
});

test('the knob is a 44 px touch target', async () => {
  // The 28 px knob answers to a finger up to 22 px from its centre.
  const k = await knob();
  const [cx, cy] = [k.x + k.width / 2, k.y + k.height / 2];
  const hit = (x, y) => page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.classList.contains('ptx-handle'), [x, y]);
  expect(await hit(cx, cy - 21)).toBe(true);
  expect(await hit(cx + 21, cy)).toBe(true);
  expect(await hit(cx + 26, cy)).toBe(false);
});
