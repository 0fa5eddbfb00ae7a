// The widget follows the box it is given, not the screen: in an article
// column of 300, 460, 620 or 940 px on a 1280 px screen, as a script embed
// (shadow root in the column) and as an iframe of the column's width, it
// lays out for the column. Design review 1, §7 item 3: in a 620 px column the
// script embed took the desktop two-column layout from the 1280 px screen,
// squeezed the card to about 200 px and broke "Previo/us", "Nex/t →" and
// "1 of / 30". Host page: tests/e2e/hosts/column.html.
import { test, expect } from '@playwright/test';

const SITE = 'http://127.0.0.1:8092';
const SCREEN = { width: 1280, height: 800 };
const TWO_COLUMNS_FROM = 880; // explainer.css: @container ptx (min-width: 55rem)
const ERA_LABELS_FROM = 640; // @container ptx (min-width: 40rem)

/** Installed in every frame: what the layout looks like inside `root`. */
function installLayout() {
  window.__ptxLayout = (root) => {
    const ptx = root.querySelector('.ptx-app .ptx');
    const box = (el) => el.getBoundingClientRect();
    const shown = (el) => !el.closest('.ptx-sr') && el.checkVisibility({ visibilityProperty: true }) && box(el).width > 0;
    const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 24)}"`;
    const outer = box(ptx);
    // (Inside an SVG, shapes past its edge are clipped by it: the SVG itself is checked.)
    const outside = [...ptx.querySelectorAll('*')].filter((el) => shown(el) && !(el.ownerSVGElement))
      .filter((el) => box(el).right > outer.right + 0.5 || box(el).left < outer.left - 0.5).map(name);
    // Controls whose text does not fit them.
    const controls = [...ptx.querySelectorAll('button, summary, select, .ptx-position, .ptx-actor, .ptx-filter-count, .ptx-era-now, .ptx-axis span')].filter(shown);
    const clipped = controls.filter((el) => getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
    // Words split across lines, anywhere in the widget but addresses: each
    // word (between spaces and dashes) must sit on one line.
    const split = [];
    const walker = document.createTreeWalker(ptx, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!shown(el) || el.closest('.ptx-source-url, textarea, input')) continue;
      for (const m of node.textContent.matchAll(/[^\s\-–—/]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (tops.size > 1) split.push(`"${m[0]}" in ${name(el)}`);
      }
    }
    const main = box(ptx.querySelector('.ptx-main'));
    const side = box(ptx.querySelector('.ptx-side'));
    const label = ptx.querySelector('.ptx-band-label');
    const step = [...ptx.querySelectorAll('.ptx-nav .ptx-step')].map((el) => Math.round(box(el).height));
    return {
      width: Math.round(outer.width), left: outer.left, right: outer.right, scrolls: ptx.scrollWidth > ptx.clientWidth,
      pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      outside, clipped, split,
      twoColumns: side.left >= main.right - 1 && Math.abs(side.top - main.top) < 40,
      stacked: side.top >= main.bottom - 1,
      mainWidth: Math.round(main.width),
      eraLabels: getComputedStyle(label).display !== 'none',
      stepHeights: step,
    };
  };
}

async function open(browser, embed, width, hash = '') {
  const page = await browser.newPage({ viewport: SCREEN });
  await page.addInitScript(installLayout);
  await page.goto(`${SITE}/hosts/column.html?w=${width}&embed=${embed}${hash}`);
  let layout;
  if (embed === 'iframe') {
    const frame = await (await page.locator('iframe[data-ptx-embed]').elementHandle()).contentFrame();
    await frame.locator('.ptx-app .ptx-card').waitFor();
    layout = () => frame.evaluate(() => window.__ptxLayout(document));
  } else {
    await page.locator('[data-ptx-explainer] .ptx-app .ptx-card').waitFor();
    layout = () => page.locator('[data-ptx-explainer]').evaluate((host) => window.__ptxLayout(host.shadowRoot));
  }
  const column = await page.locator('#graphic').boundingBox();
  return { page, layout, column };
}

for (const embed of ['script', 'iframe']) {
  for (const width of [300, 460, 620, 940]) {
    test(`${embed} embed in a ${width}px column on a 1280px screen lays out for the column`, async ({ browser }) => {
      const hash = embed === 'script' ? '#col.card=istanbul-meeting' : '#card=istanbul-meeting';
      const { page, layout, column } = await open(browser, embed, width, hash);
      const l = await layout();
      // Inside the column, never wider, nothing sticking out, no sideways scroll.
      expect(l.width).toBe(Math.min(width, width >= TWO_COLUMNS_FROM ? 1216 : 736));
      if (embed === 'script') {
        expect(l.left).toBeGreaterThanOrEqual(column.x - 0.5);
        expect(l.right).toBeLessThanOrEqual(column.x + column.width + 0.5);
      }
      expect(l.scrolls).toBe(false);
      expect(l.pageScrolls).toBe(false);
      expect(l.outside).toEqual([]);
      // Every control fits its text; no word breaks across lines; the step
      // buttons hold one line (44 px).
      expect(l.clipped).toEqual([]);
      expect(l.split).toEqual([]);
      for (const h of l.stepHeights) expect(h).toBeLessThanOrEqual(46);
      // The layout is the column's: two columns only when the card keeps a
      // readable measure beside the map, era labels only with room for them.
      expect(l.twoColumns).toBe(width >= TWO_COLUMNS_FROM);
      expect(l.stacked).toBe(width < TWO_COLUMNS_FROM);
      expect(l.eraLabels).toBe(width >= ERA_LABELS_FROM);
      expect(l.mainWidth).toBeGreaterThanOrEqual(Math.min(width - 32, 500));

      // With the disagreement and a citation open, and the filters, still nothing spills.
      const root = embed === 'iframe' ? page.frameLocator('iframe[data-ptx-embed]') : page.locator('[data-ptx-explainer]');
      await root.getByRole('button', { name: 'Sources disagree' }).click();
      await root.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().click();
      await root.locator('.ptx-filters summary').click();
      await expect(root.locator('.ptx-popover')).toBeVisible();
      const opened = await layout();
      expect(opened.outside).toEqual([]);
      expect(opened.clipped).toEqual([]);
      expect(opened.split).toEqual([]);
      expect(opened.scrolls).toBe(false);
      await page.close();
    });
  }
}

test('a host that centres its graphics in a flex or grid column still gives the script embed the column', async ({ browser }) => {
  for (const graphic of ['display:flex;flex-direction:column;align-items:center', 'display:flex', 'display:grid;justify-items:center']) {
    const page = await browser.newPage({ viewport: SCREEN });
    await page.addInitScript(installLayout);
    await page.goto(`${SITE}/hosts/column.html?w=620&embed=script&graphic=${encodeURIComponent(graphic)}`);
    await page.locator('[data-ptx-explainer] .ptx-app .ptx-card').waitFor();
    const l = await page.locator('[data-ptx-explainer]').evaluate((host) => window.__ptxLayout(host.shadowRoot));
    expect([graphic, l.width]).toEqual([graphic, 620]);
    await page.close();
  }
});

test('the layout switches at the column width, not the screen width', async ({ browser }) => {
  for (const [width, two, labels] of [[639, false, false], [640, false, true], [879, false, true], [880, true, true]]) {
    const { page, layout } = await open(browser, 'script', width);
    const l = await layout();
    expect([width, l.twoColumns, l.eraLabels]).toEqual([width, two, labels]);
    await page.close();
  }
  // The page itself, as wide as the screen, and as narrow as a phone.
  for (const [width, two] of [[1280, true], [360, false]]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.addInitScript(installLayout);
    await page.goto(`${SITE}/`);
    await page.locator('.ptx-app .ptx-card').waitFor();
    expect((await page.evaluate(() => window.__ptxLayout(document))).twoColumns).toBe(two);
    await page.close();
  }
});
