// Accessibility and reading experience: axe, keyboard only, zoom and narrow
// screens, dark mode, reduced motion, filters and the locator map.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openEverything(page) {
  await page.getByRole('button', { name: 'Sources disagree' }).click();
  await page.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().click();
  await page.locator('.ptx-app .ptx-filters summary').click();
  await page.locator('.ptx-app .ptx-sources > summary').click();
  await expect(page.locator('.ptx-app .ptx-popover')).toBeVisible();
  await expect(page.locator('.ptx-app .ptx-version')).toHaveCount(3);
}

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations at ${width}px, ${colorScheme}, with everything open`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto('./#card=istanbul-meeting');
      await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Sharif meets Erdogan in Istanbul');
      expect(await axeViolations(page)).toEqual([]);
      await openEverything(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
}

test('axe finds no violations with an empty filter result', async ({ page }) => {
  await page.goto('./#actors=tajikistan&era=cold-war');
  await expect(page.locator('.ptx-app .ptx-empty')).toContainText('No events match these filters.');
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard alone reaches every control, with a visible focus ring and no trap', async ({ page }) => {
  await page.goto('./');
  const seen = [];
  let left = false;
  for (let i = 0; i < 80 && !left; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('.ptx')) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40),
        role: el.getAttribute('role') || el.tagName.toLowerCase(),
        outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
      };
    });
    if (info === null && seen.length > 0) left = true;
    else if (info) seen.push(info);
  }
  expect(left).toBe(true); // Tab leaves the widget: no trap
  const roles = seen.map((s) => s.role);
  expect(roles).toContain('slider');
  expect(seen.map((s) => s.name)).toEqual(expect.arrayContaining(['Filter events', 'Next event', 'All sources (5)']));
  expect(seen.some((s) => s.name.startsWith('Source: GSDN'))).toBe(true);
  for (const s of seen) expect(s.outline, s.name).toMatch(/^(solid|auto) ([3-9]|\d\d)/);

  // Operate it: slider keys, Enter on a citation, Space on a disagreement, Escape.
  await page.getByRole('slider').focus();
  const historyBefore = await page.evaluate(() => history.length);
  for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).hash).toBe('#card=istanbul-meeting');
  // Deep links follow with replaceState: scrubbing adds no history entries.
  // Checked once the address has followed, or it would pass before any write.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Sharif meets Erdogan in Istanbul');
  await expect(page.locator('[aria-live=polite]')).toHaveText('25 May 2025: Sharif meets Erdogan in Istanbul');
  await page.getByRole('button', { name: 'Sources disagree' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.ptx-app .ptx-version')).toHaveCount(3);
  await page.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ptx-app .ptx-popover')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ptx-app .ptx-popover')).toHaveCount(0);
});

for (const width of [320, 640]) {
  test(`no horizontal scrolling at ${width}px (320px, and 1280px at 200% zoom)`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto('./#card=istanbul-meeting');
    await openEverything(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
}

test('scrubber and buttons are touch-sized on a phone', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, hasTouch: true });
  await page.goto('./');
  for (const selector of ['.ptx-track', '.ptx-step:not([disabled])', '.ptx-filters summary', '.ptx-sources > summary']) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box.height, selector).toBeGreaterThanOrEqual(44);
    expect(box.width, selector).toBeGreaterThanOrEqual(44);
  }
  await page.close();
});

test('dark mode follows the reader, and a host can force either theme', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  const background = () => page.locator('.ptx-app .ptx').evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.goto('./');
  expect(await background()).toBe('rgb(22, 24, 28)');
  await page.goto('./#theme=light');
  await page.reload();
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#theme=dark');
  await page.reload();
  expect(await background()).toBe('rgb(22, 24, 28)');
  await page.close();
});

test('reduced motion turns transitions off', async ({ browser }) => {
  const duration = async (reducedMotion) => {
    const page = await browser.newPage({ reducedMotion });
    await page.goto('./');
    const value = await page.locator('.ptx-app .ptx-handle').evaluate((el) => getComputedStyle(el).transitionDuration);
    await page.close();
    return value;
  };
  expect(await duration('no-preference')).not.toBe('0s');
  expect(await duration('reduce')).toBe('0s');
});

test('filters narrow the cards and scrubber, and live in the deep link', async ({ page }) => {
  await page.goto('./');
  await page.locator('.ptx-app .ptx-filters summary').click();
  await page.getByRole('checkbox', { name: 'Iran' }).check();
  await expect(page.locator('.ptx-app .ptx-filter-count')).toHaveText('Showing 4 of 30 events');
  await expect.poll(() => page.locator('.ptx-app .ptx-markers').getAttribute('data-count')).toBe('4');
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 4');
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('On to Tehran');
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).hash).toBe('#card=khamenei-meeting&actors=iran');
  await page.reload();
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Talks with Khamenei and Pezeshkian');
  await expect(page.locator('.ptx-app .ptx-filter-count')).toHaveText('Showing 4 of 30 events');
  await page.locator('.ptx-app .ptx-era-filter select').selectOption({ label: 'Cold War allies' });
  await expect(page.locator('.ptx-app .ptx-empty')).toContainText('No events match these filters.');
  await page.locator('.ptx-app .ptx-empty').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.ptx-app .ptx-filter-count')).toHaveText('Showing all 30 events');
});

test('the locator map highlights the current card\'s place with a text label', async ({ page }) => {
  await page.goto('./#card=lachin-summit');
  const map = page.locator('.ptx-app .ptx-map');
  await expect(map.locator('.ptx-pin-current text')).toHaveText('▶ Lachin');
  await expect(map.locator('figcaption')).toContainText('Istanbul → Tehran → Lachin → Dushanbe');
  await expect(map.locator('figcaption')).toContainText('This card: Lachin.');
  await expect(map.getByRole('img')).toHaveAttribute('aria-label', /Locator map/);
  await page.goto('./#card=independence-1947');
  await page.reload();
  await expect(map.locator('.ptx-pin-current')).toHaveCount(0);
});

// Issue #15 item 9: on every card with a place, at a 300 px column, a phone,
// a tablet and a desktop's side column, every pin is labelled, every label is
// 11 px or more on screen, and no label covers another label or a pin.
test('map labels: every pin named, 11 px or more on screen, none over another', async ({ browser }) => {
  const story = JSON.parse(await (await fetch('http://127.0.0.1:8092/story.json')).text());
  const cards = [story.events[0].id, ...story.events.filter((e) => e.place).map((e) => e.id)];
  for (const width of [300, 360, 768, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const card of cards) {
      await page.goto(`./#card=${card}`);
      const svg = page.locator('.ptx-app .ptx-map svg');
      await expect(svg).toBeVisible();
      const found = await svg.evaluate((el) => {
        const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
        const shown = (n) => n.getClientRects().length > 0 && getComputedStyle(n).display !== 'none';
        const texts = [...el.querySelectorAll('text')].filter(shown).map((t) => ({
          text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale, box: t.getBoundingClientRect(),
        }));
        const pins = [...el.querySelectorAll('.ptx-pin')].map((g) => ({
          box: g.querySelector('circle').getBoundingClientRect(), labelled: (g.querySelector('text')?.textContent ?? '').trim() !== '',
        }));
        const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        const problems = [];
        for (const t of texts) if (t.px < 11) problems.push(`${t.text} is ${t.px.toFixed(1)} px`);
        texts.forEach((t, i) => texts.slice(i + 1).forEach((u) => { if (overlap(t.box, u.box)) problems.push(`${t.text} over ${u.text}`); }));
        for (const t of texts) for (const p of pins) if (overlap(t.box, p.box)) problems.push(`${t.text} over a pin`);
        if (pins.some((p) => !p.labelled)) problems.push('a pin without a name');
        return problems;
      });
      expect(found, `${width} px, #card=${card}`).toEqual([]);
    }
    await page.close();
  }
});

// Issue #15 item 6: the knob never covers an era's label, at any position.
for (const width of [768, 1280]) {
  test(`the knob stays clear of the era labels at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    const slider = page.locator('.ptx-app [role=slider]');
    await slider.focus();
    await slider.press('Home');
    const count = Number(await slider.getAttribute('aria-valuemax'));
    for (let step = 1; step <= count; step++) {
      const covered = await page.locator('.ptx-app .ptx-scrubber').evaluate((scrubber) => {
        const knob = scrubber.querySelector('.ptx-handle').getBoundingClientRect();
        return [...scrubber.querySelectorAll('.ptx-band-label')]
          .filter((l) => l.getClientRects().length > 0)
          .filter((l) => { const r = l.getBoundingClientRect(); return r.left < knob.right && knob.left < r.right && r.top < knob.bottom && knob.top < r.bottom; })
          .map((l) => l.textContent);
      });
      expect(covered, `step ${step}`).toEqual([]);
      await slider.press('ArrowRight');
    }
  });
}

// Issue #15 item 10: the share panel's fields stay inside it.
for (const width of [360, 1280]) {
  test(`the share fields fit their panel at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await page.locator('.ptx-app .ptx-share summary').click();
    const overflow = await page.locator('.ptx-app .ptx-share').evaluate((panel) => {
      const right = panel.getBoundingClientRect().right;
      return [...panel.querySelectorAll('input, textarea')].map((f) => f.getBoundingClientRect().right - right);
    });
    expect(overflow).toHaveLength(2);
    for (const px of overflow) expect(px).toBeLessThanOrEqual(0);
  });
}

// Issue #10: what readers see of outside reporting and of disputes, in
// states axe does not open by itself.
for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`outside-date markers, "Each side claims" and source cards at ${width}px, ${colorScheme}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto('./#card=tajikistan-leg');
      await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Last stop: Tajikistan');
      // The † opens from the keyboard and names its outlets.
      // The date's marker, then the tour era's.
      const mark = page.locator('.ptx-app .ptx-card-meta details.ptx-outside-mark').first();
      const summary = mark.locator('summary');
      await expect(summary).toHaveAccessibleName('Date from outside reporting');
      const target = await summary.boundingBox();
      expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(32);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(mark).toHaveAttribute('open', '');
      const pop = mark.locator('.ptx-outside-pop');
      await expect(pop).toContainText('Date from outside reporting: APP (Associated Press of Pakistan)');
      await expect(pop).toContainText('(Pakistan, state news agency), 29 May 2025');
      // The route's marker, then this card's place.
      const place = page.locator('.ptx-app .ptx-map figcaption details.ptx-outside-mark').last();
      await place.locator('summary').click();
      await expect(place.locator('.ptx-outside-pop')).toContainText('Place from outside reporting: APP');
      expect(await axeViolations(page)).toEqual([]);

      // How the fighting stopped and who prevailed are the parties' claims.
      await page.goto('./#card=de-escalation-may-10');
      await page.reload();
      const claims = page.getByRole('button', { name: 'Each side claims' });
      await expect(claims).toHaveCount(2);
      for (const toggle of await claims.all()) await toggle.click();
      await expect(page.locator('.ptx-app .ptx-version-outlets').first()).toContainText('From outside reporting:');
      await expect(page.getByRole('button', { name: 'Sources disagree' })).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);

      // Source cards say who is speaking, labelled as our note.
      await page.locator('.ptx-app .ptx-sources > summary').click();
      const jpost = page.locator('.ptx-app .ptx-source').nth(2);
      await expect(jpost.locator('.ptx-source-about')).toContainText('About this outlet (our note): Israel · newspaper.');
      await expect(jpost.locator('.ptx-source-headline')).toHaveText(/^Headline \(inferred, not confirmed\): /);
      await expect(page.locator('.ptx-app .ptx-source').nth(0).locator('.ptx-source-byline')).toContainText('No byline');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
}

test('a deep link followed after load opens its card, as an in-article link does', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(/Pakistan is born/);
  // A link in the page, clicked: the fragment changes, the page does not reload.
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '#card=lachin-summit';
    a.textContent = 'the summit';
    document.body.append(a);
    a.click();
  });
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveId('ptx-card-lachin-summit');
  await expect(page.locator('.ptx-app .ptx-map .ptx-pin-current text')).toHaveText('▶ Lachin');
});
