// Contrast of every text and control in every state a reader can put it in,
// light and dark. axe-core checks only what is on screen at rest, and read
// the cascade bug's ink-on-blue selected citation (2.2:1 light, 1.5:1 dark)
// as fine: here each control is hovered, focused from the keyboard, held down,
// toggled (aria-expanded, open details) and found disabled, and its text is
// measured against the background really behind it (tests/e2e/support/contrast.mjs).
import { test, expect } from '@playwright/test';
import { installContrast } from './support/contrast.mjs';

const TEXT_MIN = 4.5; // every text pair, states included
const UI_MIN = 3; // focus rings, the slider knob, control borders (WCAG 1.4.11)

// What the reader has open: each configuration is set up from its deep link.
const CONFIGS = [
  { name: 'first card', hash: 'card=independence-1947', setup: async () => {} },
  {
    name: 'card 20, citation and disagreement open',
    hash: 'card=istanbul-meeting',
    setup: async (page) => {
      await page.getByRole('button', { name: 'Sources disagree' }).click();
      await page.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().click();
      await expect(page.locator('.ptx-app .ptx-popover')).toBeVisible();
    },
  },
  {
    name: 'last card, outside marker and every panel open',
    hash: 'card=tajikistan-leg',
    setup: async (page) => {
      await page.locator('.ptx-app .ptx-card-meta .ptx-outside-mark summary').first().click();
      await page.locator('.ptx-app .ptx-filters summary').click();
      await page.locator('.ptx-app .ptx-sources > summary').click();
      await page.locator('.ptx-app .ptx-share summary').click();
      await expect(page.locator('.ptx-app .ptx-source')).toHaveCount(5);
    },
  },
  { name: 'no events match', hash: 'actors=tajikistan&era=cold-war', setup: async () => {} },
];

const ROOT = '.ptx-app';

async function open(page, config) {
  await page.goto(`./#${config.hash}`);
  await page.reload();
  await expect(page.locator(`${ROOT} .ptx-card, ${ROOT} .ptx-empty`).first()).toBeVisible();
  await config.setup(page);
  await page.mouse.move(1, 1);
  // The card fades in (0.18 s): measure its colours once it has, not half
  // blended with the background.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

const inPage = (page, fn, ...args) => page.evaluate(([f, root, a]) => {
  const c = window.__ptxContrast;
  const el = a[0] === undefined ? null : document.querySelector(`${root} [data-probe="${a[0]}"]`);
  return { texts: c.texts, ring: c.ring, fill: c.fill, boundary: c.boundary }[f](el);
}, [fn, ROOT, args]);

async function rest(page) {
  await page.mouse.move(1, 1);
  await page.evaluate(() => document.activeElement?.blur());
}

/** Puts control `c` in each state and records every measurement. */
async function statesOf(page, c, record) {
  const sel = `${ROOT} [data-probe="${c.id}"]`;
  const loc = page.locator(sel);
  const matches = (pseudo) => loc.evaluate((el, p) => el.matches(p), pseudo);
  const measure = async (state) => {
    if (c.kind === 'slider') record(state, 'knob', await inPage(page, 'fill', c.id), UI_MIN);
    else for (const t of await inPage(page, 'texts', c.id)) record(state, 'text', t, TEXT_MIN);
  };
  const all = async (prefix) => {
    await rest(page);
    await measure(`${prefix}rest`);
    if (!c.disabled && c.kind !== 'link' && c.kind !== 'form field') {
      const b = await inPage(page, 'boundary', c.id);
      if (b) record(`${prefix}rest`, 'border', b, UI_MIN);
    }
    await loc.hover({ force: true });
    expect(await matches(':hover'), `${c.what} hovered`).toBe(true);
    await measure(`${prefix}hover`);
    if (c.disabled) return;
    await rest(page);
    await page.keyboard.press('Shift'); // the last input was a key: focus shows as focus-visible
    await loc.focus();
    expect(await matches(':focus-visible'), `${c.what} focus-visible`).toBe(true);
    await measure(`${prefix}focus-visible`);
    const r = await inPage(page, 'ring', c.id);
    if (r.missing) record(`${prefix}focus-visible`, 'ring', { ...r, ratio: 0, fg: 'none', bg: '' }, UI_MIN);
    else record(`${prefix}focus-visible`, 'ring', r, UI_MIN);
  };
  await all('');
  if (c.disabled) return;
  // Held down (:active). Released elsewhere, so nothing is activated; the
  // knob is released where it was pressed, which keeps the same event.
  await rest(page);
  await loc.scrollIntoViewIfNeeded();
  // The middle of its first line box: a link that wraps has a gap mid-box.
  const [x, y] = await loc.evaluate((el) => {
    const r = [...el.getClientRects()].find((q) => q.width > 0 && q.height > 0);
    return [r.left + r.width / 2, r.top + r.height / 2];
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  expect(await matches(':active'), `${c.what} active`).toBe(true);
  await measure('active');
  if (c.kind !== 'slider') await page.mouse.move(1, 1);
  await page.mouse.up();
  // Toggled: aria-expanded flips, or its details opens or closes.
  if (c.toggle) {
    const pressed = () => loc.evaluate((el) => el.getAttribute('aria-expanded') ?? String(el.parentElement.open));
    const before = await pressed();
    await rest(page);
    await loc.click();
    await expect.poll(pressed).not.toBe(before);
    await all(before === 'true' ? 'released, ' : 'pressed, ');
    await loc.click();
    await expect.poll(pressed).toBe(before);
  }
}

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`every text and control state is at least ${TEXT_MIN}:1 (controls ${UI_MIN}:1) at ${width}px, ${colorScheme}`, async ({ browser }, testInfo) => {
      test.setTimeout(180_000);
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.addInitScript(installContrast);
      const results = [];
      for (const config of CONFIGS) {
        await open(page, config);
        // Every text at rest, with everything this configuration opens.
        for (const t of await page.evaluate((root) => window.__ptxContrast.sweep(document.querySelector(root)), ROOT)) {
          results.push({ config: config.name, state: 'rest', check: 'text', min: TEXT_MIN, ...t });
        }
        const baseline = await page.evaluate((root) => window.__ptxContrast.fingerprint(document.querySelector(root)), ROOT);
        const controls = await page.evaluate((root) => window.__ptxContrast.probe(document.querySelector(root)), ROOT);
        expect(controls.length).toBeGreaterThan(5);
        for (const control of controls) {
          // The same deep link and clicks give the same DOM, so probe ids are stable.
          const now = await page.evaluate((root) => window.__ptxContrast.fingerprint(document.querySelector(root)), ROOT);
          if (now !== baseline) await open(page, config);
          await page.evaluate((root) => window.__ptxContrast.probe(document.querySelector(root)), ROOT);
          await statesOf(page, control, (state, check, m, min) =>
            results.push({ config: config.name, control: `${control.kind} ${control.what}`, state, check, min, ...m }));
        }
      }
      await page.close();

      const kinds = new Set(results.filter((r) => r.control).map((r) => r.control.split(' ')[0]));
      for (const kind of ['slider', 'citation', 'disagreement', 'chip', 'disclosure', 'button', 'link', 'form']) expect(kinds, kind).toContain(kind);
      const states = new Set(results.map((r) => r.state));
      for (const state of ['rest', 'hover', 'focus-visible', 'active', 'pressed, rest', 'pressed, hover', 'pressed, focus-visible', 'released, rest']) expect(states, state).toContain(state);

      const line = (r) => `${r.config} · ${r.control ?? r.what} · ${r.state}${r.disabled ? ' (disabled)' : ''} · ${r.check}: ${r.fg} on ${r.bg} = ${r.ratio.toFixed(2)}:1 (needs ${r.min}:1)${r.text ? ` "${r.text}"` : ''}`;
      const worst = (check, keep = () => true) => results.filter((r) => r.check === check && keep(r)).sort((a, b) => a.ratio - b.ratio)[0];
      const summary = [
        worst('text'), worst('text', (r) => !r.disabled),
        worst('ring'), worst('knob'), worst('border'),
      ].filter(Boolean).map((r) => `worst ${r.check}: ${line(r)}`);
      await testInfo.attach('contrast', { body: [`${results.length} pairs measured`, ...summary].join('\n'), contentType: 'text/plain' });
      if (process.env.PTX_CONTRAST_REPORT) console.log(`${width}px ${colorScheme}: ${results.length} pairs\n  ${summary.join('\n  ')}`);
      const failing = [...new Set(results.filter((r) => r.ratio < r.min).map(line))];
      expect(failing, `pairs under the minimum:\n${failing.join('\n')}`).toEqual([]);
    });
  }
}
