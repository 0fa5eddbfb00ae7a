// Embedding and sharing, against real host pages (tests/e2e/hosts/) served by
// tests/e2e/server.mjs: 8092 is the news site, 8093 a CDN on another origin.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const SITE = 'http://127.0.0.1:8092';
const CDN = 'http://127.0.0.1:8093';
const dist = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));

/** Every request the page makes, so a test can assert nothing leaves. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

function expectOnlyLocal(urls) {
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url, url).toMatch(/^(http:\/\/127\.0\.0\.1:809[23]\/|data:|blob:)/);
}

/** The iframe is as tall as its content: no inner scrollbar, nothing clipped. */
async function expectFitted(page, frameSelector) {
  const frameElement = page.locator(frameSelector);
  await expect.poll(async () => {
    const frame = await (await frameElement.elementHandle()).contentFrame();
    const content = await frame.evaluate(() => Math.ceil(document.getElementById('ptx-explainer').getBoundingClientRect().bottom + scrollY));
    const box = await frameElement.boundingBox();
    return Math.abs(box.height - content);
  }, { timeout: 5000 }).toBeLessThanOrEqual(2);
}

test('the bundle works from the domain root and from a sub-path', async ({ page }) => {
  for (const path of ['/', '/graphics/2025/explainer/']) {
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    await page.goto(SITE + path);
    await expect(page.locator('.ptx-app .ptx-card')).toBeVisible();
    expect(failed).toEqual([]);
  }
});

test('pym.js parent pages size the iframe with no change, and the start card is honoured', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(`${SITE}/hosts/pym.html`);
  const frame = page.frameLocator('#explainer-pym iframe');
  await expect(frame.locator('.ptx-app .ptx-card-title')).toHaveText('Erdogan due in Azerbaijan for Independence Day');
  await expectFitted(page, '#explainer-pym iframe');
  // Every card change re-reports the height.
  await frame.getByRole('slider').focus();
  await page.keyboard.press('Home');
  await expect(frame.locator('.ptx-app .ptx-card-title')).toHaveText(/Pakistan is born/);
  await expectFitted(page, '#explainer-pym iframe');
  expectOnlyLocal(urls);
});

test('our host script sizes the iframe, forwards the article\'s #card and offers an article link', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(`${SITE}/hosts/iframe.html#card=tehran-arrival`);
  const frame = page.frameLocator('iframe[data-ptx-embed]');
  await expect(frame.locator('.ptx-app .ptx-card-title')).toHaveText('On to Tehran');
  await expectFitted(page, 'iframe[data-ptx-embed]');
  // Opening the sources panel grows the content without a card change.
  await frame.locator('.ptx-sources > summary').click();
  await expectFitted(page, 'iframe[data-ptx-embed]');
  await frame.locator('.ptx-share summary').click();
  await expect(frame.getByLabel('Link to this card')).toHaveValue(`${SITE}/hosts/iframe.html#card=tehran-arrival`);
  const snippet = await frame.getByLabel('Embed code for an article page').inputValue();
  expect(snippet).toContain(`<iframe src="${CDN}/cdn/explainer/#card=tehran-arrival"`);
  expect(snippet).toContain(`<script src="${CDN}/cdn/explainer/embed-host.js" async></script>`);
  expectOnlyLocal(urls);
  // One document load: the frame learns all this by message, not by reloading.
  expect(widgetPages(urls)).toEqual([`${CDN}/cdn/explainer/`]);
  expect(await page.locator('iframe[data-ptx-embed]').getAttribute('src')).toBe(`${CDN}/cdn/explainer/`);
});

/** Requests for the widget's own page (not its assets). */
function widgetPages(urls) {
  return urls.filter((u) => /^http:\/\/127\.0\.0\.1:8093\/cdn\/explainer\/(index\.html)?([?#].*)?$/.test(u));
}

test('a lazy iframe below the fold loads nothing until the reader gets near, host script or not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const urls = recordRequests(page);
  await page.goto(`${SITE}/hosts/iframe-below.html`);
  // The host script has run (it marks its frames) and the page has loaded.
  await expect(page.locator('iframe[data-ptx-embed]')).toHaveAttribute('scrolling', 'no');
  await page.evaluate(() => new Promise((done) => (document.readyState === 'complete' ? done() : addEventListener('load', done))));
  expect(urls.filter((u) => u.startsWith(`${CDN}/cdn/explainer/`) && !u.endsWith('embed-host.js'))).toEqual([]);
  await page.locator('#after').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[data-ptx-embed]');
  await expect(frame.locator('.ptx-app .ptx-card')).toBeVisible();
  await expectFitted(page, 'iframe[data-ptx-embed]');
  expect(widgetPages(urls)).toEqual([`${CDN}/cdn/explainer/`]);
});

test('AMP hosts receive embed-size requests', async ({ page }) => {
  await page.goto(`${SITE}/hosts/amp.html`);
  await expect.poll(() => page.evaluate(() => window.ampRequests.length)).toBeGreaterThan(0);
  const height = await page.evaluate(() => window.ampRequests.at(-1));
  expect(height).toBeGreaterThan(600);
  await expectFitted(page, '#amp-frame');
});

test('the copy-link action puts the card link on the clipboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${SITE}/#card=lachin-forecast`);
  await page.locator('.ptx-share summary').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.ptx-share-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/#card=lachin-forecast`);
  await context.close();
});

test('script embeds: two independent instances in shadow roots, untouched by hostile host CSS', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const urls = recordRequests(page);
  await page.goto(`${SITE}/hosts/script.html#second.card=pakistan-strikes`);
  const first = page.locator('[data-id=first]');
  const second = page.locator('[data-id=second]');
  await expect(first.locator('.ptx-card-title')).toHaveText(/Pakistan is born/);
  await expect(second.locator('.ptx-card-title')).toHaveText('Pakistan retaliates, Radio Dalsan says');

  // Own state and keyboard scope: keys in the first leave the second alone.
  await first.getByRole('slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.locator('.ptx-position')).toHaveText('2 of 30');
  await expect(second.locator('.ptx-position')).toHaveText('15 of 30');
  // Own deep-link namespace, next to the other instance's keys.
  await expect.poll(() => new URL(page.url()).hash).toBe('#second.card=pakistan-strikes&first.card=baghdad-pact-1955');

  // The host's `button { display: none !important }` and `* { color: #f0f }` do not reach inside.
  await expect(first.getByRole('button', { name: 'Next event' })).toBeVisible();
  const style = await first.locator('.ptx-card-title').evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, font: s.fontFamily, spacing: s.letterSpacing, transform: s.textTransform };
  });
  expect(style.color).not.toBe('rgb(255, 0, 255)');
  expect(style.font).not.toContain('Comic');
  expect(style.spacing).toBe('normal');
  expect(style.transform).toBe('none');
  // The second instance was asked for dark.
  expect(await second.locator('.ptx').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 28)');
  // Our styles do not leak out: the host's own .ptx-card keeps the host's border.
  expect(await page.locator('#host-card').evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('9px');
  // A broken story in a third instance shows an error card there, and nothing else breaks.
  await expect(page.locator('[data-id=broken]').locator('.ptx-error')).toContainText('/fixtures/missing-story.json: (file): could not be loaded: HTTP 404');
  await expect(page.locator('body')).toHaveAttribute('data-host-script', 'ran');
  expect(errors).toEqual([]);
  expectOnlyLocal(urls);
});

test('the single-file page works from file:// with no network request at all', async ({ page }) => {
  const urls = recordRequests(page);
  const file = `file://${dist}/explainer-offline.html`;
  await page.goto(file);
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(/Pakistan is born/);
  await page.getByRole('slider').focus();
  await page.keyboard.press('End');
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Last stop: Tajikistan');
  expect(urls.filter((u) => !u.startsWith('data:'))).toEqual([file]);
});

test('without JavaScript the whole story is readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE}/`);
  const cards = page.locator('.ptx-static .ptx-card');
  await expect(cards).toHaveCount(30);
  await expect(cards.first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Pakistan, Turkey and Azerbaijan/);
  await expect(page.locator('.ptx-static .ptx-version')).toHaveCount(19);
  await expect(page.locator('.ptx-static .ptx-source')).toHaveCount(5);
  await expect(cards.nth(19)).toContainText('Sources disagree.');
  // Every citation's passage as a numbered footnote of its card, linked both ways.
  const footnotes = page.locator('.ptx-static .ptx-footnotes li');
  await expect(footnotes).toHaveCount(122);
  await expect(page.locator('.ptx-static .ptx-fn-ref')).toHaveCount(122);
  const first = footnotes.first();
  await expect(first).toHaveAttribute('id', 'ptx-fn-independence-1947-1');
  await expect(first.locator('blockquote')).toHaveText('The friendship between Turkey and Pakistan began soon after Pakistan became independent in 1947.');
  await expect(first.locator('a.ptx-fn-context')).toHaveAttribute('href', /^https:\/\/gsdn\.live\/\?p=2871#:~:text=/);
  await expect(first.locator('a.ptx-fn-back')).toHaveAttribute('href', '#ptx-fnref-independence-1947-1');
  await expect(cards.first().locator('.ptx-static-cites').first()).toHaveText('(1 outlet: GSDN1)');
  await context.close();
});

test('print shows every card with its sources, and no controls', async ({ page }) => {
  await page.goto(`${SITE}/`);
  await expect(page.locator('.ptx-app .ptx-card')).toBeVisible();
  await expect(page.locator('.ptx-static')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ptx-app')).toBeHidden();
  await expect(page.locator('.ptx-static .ptx-card')).toHaveCount(30);
  await expect(page.locator('.ptx-static .ptx-card').last()).toBeVisible();
  await expect(page.locator('.ptx-static-sources')).toBeVisible();
  await expect(page.locator('[role=slider]')).toBeHidden();
  // Passages print as footnotes, without links to follow on paper.
  await expect(page.locator('.ptx-static .ptx-footnotes').first()).toBeVisible();
  await expect(page.locator('.ptx-static .ptx-footnotes blockquote').first()).toBeVisible();
  await expect(page.locator('.ptx-static .ptx-fn-back').first()).toBeHidden();
  await expect(page.locator('.ptx-static .ptx-fn-context').first()).toBeHidden();
});

test('oEmbed discovery and endpoint describe a rich iframe embed', async ({ page, request }) => {
  await page.goto(`${SITE}/`);
  const href = await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute('href');
  expect(href).toMatch(/oembed\.json$/);
  const response = await request.get(`${SITE}/oembed.json`);
  const oembed = await response.json();
  expect(oembed.type).toBe('rich');
  expect(oembed.version).toBe('1.0');
  expect(oembed.title).toMatch(/Pakistan, Turkey and Azerbaijan/);
  expect(oembed.html).toMatch(/^<iframe src="http/);
  expect(oembed.width).toBeGreaterThan(0);
  expect(oembed.height).toBeGreaterThan(0);
});

test('no cookies and no storage writes, in page and in iframe', async ({ page }) => {
  await page.goto(`${SITE}/hosts/iframe.html`);
  const frame = page.frameLocator('iframe[data-ptx-embed]');
  await frame.getByRole('slider').focus();
  await page.keyboard.press('End');
  await expect(frame.locator('.ptx-app .ptx-card-title')).toHaveText('Last stop: Tajikistan');
  const frameHandle = await (await page.locator('iframe[data-ptx-embed]').elementHandle()).contentFrame();
  for (const target of [page.mainFrame(), frameHandle]) {
    expect(await target.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  }
  expect(await page.context().cookies()).toEqual([]);
});

test('the iframe obeys only the documented command from its parent', async ({ page }) => {
  await page.goto(`${SITE}/hosts/iframe.html`);
  const frame = page.frameLocator('iframe[data-ptx-embed]');
  await expect(frame.locator('.ptx-app .ptx-card-title')).toHaveText(/Pakistan is born/);
  const send = (message) => page.evaluate((m) => document.querySelector('iframe[data-ptx-embed]').contentWindow.postMessage(m, '*'), message);
  // Every card the frame shows from here on (by its heading's id), so a
  // command obeyed in error is seen however fast or slow the frame is.
  const frameHandle = await (await page.locator('iframe[data-ptx-embed]').elementHandle()).contentFrame();
  await frameHandle.evaluate(() => {
    const card = () => document.querySelector('.ptx-app .ptx-card-title')?.id;
    window.__cards = [card()];
    new MutationObserver(() => {
      const now = card();
      if (now !== undefined && now !== window.__cards.at(-1)) window.__cards.push(now);
    }).observe(document.querySelector('.ptx-app'), { subtree: true, childList: true, attributes: true });
  });
  for (const junk of [
    'ptx:show tehran-arrival',
    ['ptx:show', 'tehran-arrival'],
    { type: 'ptx:show', card: '<img src=x onerror=alert(1)>' },
    { type: 'ptx:show', card: 'no-such-card' },
    { type: 'ptx:show', card: 'tehran-arrival', extra: true },
    { type: 'ptx:hide', card: 'tehran-arrival' },
    null,
  ]) await send(junk);
  // A message the frame posts to itself is not from the embedding page.
  await frameHandle.evaluate(() => window.postMessage({ type: 'ptx:show', card: 'tehran-arrival' }, '*'));
  // Messages arrive in order: once the valid command, sent last, is obeyed,
  // every message before it has been handled, and none may have moved the card.
  await send({ type: 'ptx:show', card: 'lachin-summit' });
  await expect(frame.locator('.ptx-app .ptx-card-title')).toHaveId('ptx-card-lachin-summit');
  expect(await frameHandle.evaluate(() => window.__cards)).toEqual(['ptx-card-independence-1947', 'ptx-card-lachin-summit']);
});

test('messages to the host carry only the height, and one content-free hello', async ({ page }) => {
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.goto(`${SITE}/hosts/iframe.html`);
  await expect.poll(() => page.evaluate(() => window.__messages.some((m) => typeof m === 'string')), { timeout: 10000 }).toBe(true);
  for (const m of await page.evaluate(() => window.__messages)) {
    if (typeof m === 'string') expect(m).toMatch(/^pymxPYMx[A-Za-z0-9_-]+xPYMxheightxPYMx\d+$/);
    else if (m.type === 'ptx:hello') expect(m).toEqual({ type: 'ptx:hello' });
    else expect(Object.keys(m).sort()).toEqual(['height', 'sentinel', 'type']);
  }
});

/** Sum of layout shifts not caused by the reader's input, since load. */
async function startLayoutShiftRecording(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.__cls += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const width of [360, 1280]) {
  test(`a script embed above the fold appears without moving the article (CLS 0) at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await startLayoutShiftRecording(page);
    await page.goto(`${SITE}/hosts/script-top.html`);
    const widget = page.locator('[data-id=alignment]');
    await expect(widget.locator('.ptx-card-title')).toBeVisible();
    // Its fonts, map and sizes are in: the widget is as tall as it will be.
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => window.__cls)).toBe(0);
  });

  test(`a script embed below the fold fetches nothing until the reader gets near, then appears without moving the article at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await startLayoutShiftRecording(page);
    const urls = recordRequests(page);
    await page.goto(`${SITE}/hosts/script-below.html`);
    // embed.js has run: it reserved the placeholder's space.
    await expect.poll(() => page.locator('[data-id=alignment]').evaluate((el) => el.style.minHeight)).toMatch(/^min\(100vh, ?900px\)$/);
    const widgetFiles = () => urls.filter((u) => u.startsWith(`${CDN}/cdn/explainer/`) && !u.endsWith('/embed.js'));
    expect(widgetFiles()).toEqual([]);
    await page.locator('[data-id=alignment]').scrollIntoViewIfNeeded();
    const widget = page.locator('[data-id=alignment]');
    await expect(widget.locator('.ptx-card-title')).toBeVisible();
    expect(widgetFiles().some((u) => u.endsWith('_bg.wasm'))).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => window.__cls)).toBe(0);
  });
}
