// Retakes the screenshots design review 1 cites for issue #15 (items 1-3: the
// cascade bug, the scroll trap, the script embed in an article column; then
// sources by name, navigation that stays, cards that read well, the first
// screen and the hydration shift), under the review's own names, and puts
// each beside the review's original.
//
// Needs the test server (tests/e2e/server.mjs: the bundle in dist/ on 8092,
// host pages, the CDN origin on 8093):
//   node tests/e2e/server.mjs & node scripts/screenshots-review1.mjs [out-dir] [review-dir]
// Writes out-dir/NAME.png (default .shots/review-1) and, when the review's
// folder is there, out-dir/compare/NAME.png: the review's left, ours right.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SITE = 'http://127.0.0.1:8092';
const out = resolve(process.argv[2] ?? '.shots/review-1');
const review = resolve(process.argv[3] ?? '../shared/reviews/ux-review-1');
mkdirSync(`${out}/compare`, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const PHONE_1X = { viewport: { width: 360, height: 780 } };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

async function widget(options, colorScheme, hash = '') {
  const context = await browser.newContext({ ...options, colorScheme });
  const page = await context.newPage();
  await page.goto(`${SITE}/${hash}`);
  await page.locator('.ptx-app .ptx-card').waitFor();
  return { context, page, app: (s) => page.locator(`.ptx-app ${s}`) };
}

/** Scrolls so that `locator`'s top sits `offset` px below the viewport's top. */
async function scrollTo(page, locator, offset = 0) {
  const top = await locator.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), top - offset);
}

const shots = [];
async function shot(page, name) {
  await page.waitForTimeout(200); // the knob's 120 ms transition
  await page.screenshot({ path: `${out}/${name}` });
  shots.push(name);
}

// 01: the first screen on a phone, light and dark (review §1, §2 cascade).
for (const scheme of ['light', 'dark']) {
  const { context, page } = await widget(PHONE_1X, scheme);
  await shot(page, `01-first-phone-${scheme}.png`);
  await context.close();
}

// 10: card 20 from its chips down (§2: chips, body and claims had no spacing;
// "Sources disagree" in body serif).
{
  const { context, page, app } = await widget(PHONE, 'light', '#card=istanbul-meeting');
  await scrollTo(page, app('.ptx-actors'), 4);
  await shot(page, '10-card20-phone-01.png');
  await context.close();
}

// 11: a citation open, from the scrubber's axis down (§2: the selected
// citation was ink on blue).
{
  const { context, page, app } = await widget(PHONE, 'light', '#card=istanbul-meeting');
  // The review opened Radio Dalsan's citation on "Sharif then met Erdogan" (then [2], now "Radio Dalsan").
  await app('.ptx-claim').filter({ hasText: 'Sharif then met Erdogan' }).getByRole('button', { name: /^Source: Radio Dalsan/ }).click();
  await app('.ptx-popover').waitFor();
  await scrollTo(page, app('.ptx-axis'), 40);
  await shot(page, '11-citation-open-phone.png');
  await context.close();
}

// 22: dark, citation 1 and the disagreement open, phone and desktop (§2: 1.5:1).
for (const [name, options, offset] of [['22-dark-cite-disagree-phone.png', PHONE, 60], ['22-dark-cite-disagree-desktop.png', DESKTOP, 60]]) {
  const { context, page, app } = await widget(options, 'dark', '#card=istanbul-meeting');
  await page.getByRole('button', { name: 'Sources disagree' }).click();
  const claim = app('.ptx-claim').filter({ has: page.getByRole('button', { name: 'Sources disagree' }) });
  await claim.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().click();
  await app('.ptx-popover').waitFor();
  await scrollTo(page, claim, offset);
  await shot(page, name);
  await context.close();
}

// 23: the script embed in a 620 px article column on a 1280 px screen (§7
// item 3), and the other column widths the issue names, as extras; the iframe
// embed in the same column for comparison.
for (const [name, width, embed] of [
  ['23-host-article-script-desktop.png', 620, 'script'],
  ['23-host-article-script-desktop-300.png', 300, 'script'],
  ['23-host-article-script-desktop-460.png', 460, 'script'],
  ['23-host-article-script-desktop-940.png', 940, 'script'],
  ['23-host-article-iframe-desktop-620.png', 620, 'iframe'],
]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${SITE}/hosts/column.html?w=${width}&embed=${embed}`);
  const root = embed === 'iframe' ? page.frameLocator('iframe[data-ptx-embed]') : page.locator('[data-ptx-explainer]');
  await root.locator('.ptx-app .ptx-card').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
  // Further down, where the review saw "Previo/us": the navigation and card.
  await scrollTo(page, root.locator('.ptx-app .ptx-scrubber'), 80);
  await shot(page, name.replace('.png', '-nav.png'));
  await context.close();
}

// 24: a vertical flick that starts on the scrubber track (§3 scroll trap):
// real touches through CDP. The review's flick left the page at scrollY 0 and
// moved the widget from card 1 to card 17.
{
  const { context, page, app } = await widget(PHONE, 'light');
  const cdp = await context.newCDPSession(page);
  const track = await app('.ptx-track').boundingBox();
  const [x, y] = [track.x + track.width * 0.55, track.y + track.height / 2];
  const touch = (type, at) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at[0], y: at[1], id: 1 }] : [] });
  await touch('touchStart', [x, y]);
  for (let i = 1; i <= 8; i++) {
    await touch('touchMove', [x, y - i * 30]);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd');
  await page.waitForFunction(() => window.scrollY > 100);
  await page.waitForTimeout(500); // the fling settles
  console.log(`24: scrollY ${await page.evaluate(() => scrollY)}, ${await app('.ptx-position').textContent()}`);
  await shot(page, '24-scroll-trap-phone.png');
  await context.close();
}

// 12, 16: sources by name (item 4): the disputed claim opened on a phone
// (versions lead with the outlet, the settling note after them), and the
// sources panel, unnumbered.
{
  const { context, page, app } = await widget(PHONE, 'light', '#card=istanbul-meeting');
  const claim = app('.ptx-claim').filter({ has: page.getByRole('button', { name: 'Sources disagree' }) }).first();
  await claim.getByRole('button', { name: 'Sources disagree' }).click();
  await app('.ptx-versions').first().waitFor();
  await scrollTo(page, claim, 60);
  await shot(page, '12-disagree-open-phone-claim.png');
  await context.close();
}
{
  const { context, page, app } = await widget(PHONE, 'light');
  await app('.ptx-sources > summary').click();
  await scrollTo(page, app('.ptx-sources'), 8);
  await shot(page, '16-sources-panel-phone.png');
  await context.close();
}

// 10-02, 09b: navigation that stays (item 5): deep in card 20 the sticky bar
// and "Next: …" at its foot; then a swipe there opens card 21 at its top.
{
  const { context, page, app } = await widget(PHONE, 'light', '#card=istanbul-meeting');
  await scrollTo(page, app('.ptx-next-card'), 500);
  await shot(page, '10-card20-phone-02.png');
  const cdp = await context.newCDPSession(page);
  const card = await app('.ptx-card').boundingBox();
  const y = Math.min(card.y + card.height - 40, 700);
  const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y, id: 1 }] });
  await touch('touchStart', card.x + card.width - 30);
  for (let i = 1; i <= 10; i++) {
    await touch('touchMove', card.x + card.width - 30 - 22 * i);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd');
  await app('.ptx-position').filter({ hasText: '21 of 30' }).waitFor();
  await shot(page, '09b-after-swipe-at-bottom-phone.png');
  await context.close();
}

// 04, 25, 20b: cards that read well (item 7) on a desktop: the measure, the
// visible "What the sources say", sans claims, plain country labels; with
// JavaScript off too.
for (const [name, hash] of [['04-next-button-desktop-full.png', '#card=karabakh-war-2020'], ['25-card-lachin-summit-desktop.png', '#card=lachin-summit']]) {
  const { context, page, app } = await widget(DESKTOP, 'light', hash);
  await scrollTo(page, app('.ptx-nav'), 8);
  await shot(page, name);
  await context.close();
}
{
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE}/`);
  await scrollTo(page, page.locator('#ptx-card-istanbul-meeting'), 8);
  await shot(page, '20b-nojs-desktop-card20.png');
  await context.close();
}

// 27: before and after the widget replaces the prerendered story on a
// 1.6 Mb/s connection (producer note): the first card no longer moves.
{
  const context = await browser.newContext(PHONE_1X);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.goto(`${SITE}/`, { waitUntil: 'commit' });
  // The static story painted with its stylesheet, the widget not yet there.
  await page.waitForFunction(() => {
    const head = document.querySelector('.ptx-static .ptx-head');
    return head && getComputedStyle(head).borderTopWidth === '4px' && !document.querySelector('.ptx-app');
  });
  await page.screenshot({ path: `${out}/27-before-hydration-phone-slow3g.png` });
  shots.push('27-before-hydration-phone-slow3g.png');
  await page.locator('.ptx-app .ptx-card').waitFor({ timeout: 30_000 });
  await shot(page, '27-after-hydration-phone-slow3g.png');
  await context.close();
}

// Side by side: the review's screenshot left, ours right, at the same scale.
// Extras (other column widths, views further down) sit beside the nearest
// view the review has.
const nearest = (name) => name.startsWith('23-host-article-script') ? '23-host-article-script-desktop.png'
  : name.startsWith('23-host-article-iframe') ? '23-host-article-iframe-desktop.png' : name;
if (existsSync(review)) {
  for (const name of shots) {
    const before = `${review}/${nearest(name)}`;
    if (!existsSync(before)) continue;
    const html = `${out}/compare/${name}.html`;
    writeFileSync(html, `<!doctype html><body style="margin:0;display:flex;gap:16px;background:#888;align-items:flex-start">
      <figure style="margin:0"><figcaption style="font:16px sans-serif;padding:4px">review 1: ${nearest(name)}</figcaption><img src="file://${before}"></figure>
      <figure style="margin:0"><figcaption style="font:16px sans-serif;padding:4px">after #15: ${name}</figcaption><img src="file://${out}/${name}"></figure></body>`);
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    await page.screenshot({ path: `${out}/compare/${name}`, fullPage: true });
    await page.close();
    unlinkSync(html);
  }
}
await browser.close();
console.log(`${shots.length} screenshots in ${out}`);
