// The widget's own rules win over its base rules. Design review 1, §2: the
// resets `.ptx p, .ptx h1 … { margin: 0 }` and `.ptx button { font: inherit;
// color: inherit }` weighed (0,1,1) and beat every one-class rule (0,1,0):
// no spacing between headline, standfirst, chips and body, buttons in body
// serif, the open citation ink on blue. Here, for every element of the
// widget that a one-class rule (`.ptx-card-title`) styles, each spacing,
// font and colour property that rule sets must be what the element shows,
// unless another of the widget's component rules (`.ptx-step:disabled`,
// `.ptx-sources summary`) also sets it there. A base rule (one without a
// ptx- class: the resets, `.ptx a`) never may.
import { test, expect } from '@playwright/test';

const PROPERTIES = [
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'color', 'background-color', 'font-size', 'font-weight', 'font-family', 'font-style', 'line-height',
];

function componentStylesWin(properties) {
  const sheet = [...document.styleSheets].find((s) => /explainer-[^/]*\.css$/.test(s.href ?? ''));
  if (!sheet) throw new Error('explainer.css not found');
  // Every style rule, and whether it sits inside @container / @media.
  const rules = [];
  const walk = (list, nested) => {
    for (const r of list) {
      if (r instanceof CSSStyleRule) rules.push({ r, nested });
      else if (r.cssRules) walk(r.cssRules, true);
    }
  };
  walk(sheet.cssRules, false);
  const parts = (r) => r.selectorText.split(',').map((s) => s.trim());
  const simple = (sel) => /^\.ptx-[\w-]+$/.test(sel);
  const component = (sel) => /\.ptx-/.test(sel);
  const SHORTHAND = { margin: 'margin', padding: 'padding', font: 'font', line: 'font', background: 'background' };
  const sets = (r, prop) => {
    const names = [prop, SHORTHAND[prop.split('-')[0]]].filter(Boolean);
    return names.some((n) => new RegExp(`(^|;\\s*)${n}\\s*:`).test(r.style.cssText));
  };
  const problems = [];
  let checked = 0;
  for (const el of document.querySelectorAll('.ptx-app *')) {
    if (el instanceof SVGElement || !el.getClientRects().length) continue;
    const own = rules.filter(({ r, nested }) => !nested && parts(r).some((s) => simple(s) && el.matches(s))).map(({ r }) => r);
    if (!own.length) continue;
    // The same classes on a bare div beside it: every rule of the widget's
    // own that styles by these classes, and no base rule (those style tags).
    const probe = document.createElement('div');
    probe.className = el.className;
    el.parentElement.append(probe);
    // Component rules that reach the element but not the probe (by tag,
    // context or state: `.ptx-sources summary`, `.ptx-step:disabled`) may
    // rightly decide a property: those properties are not judged here.
    const others = rules.filter(({ r }) => parts(r).some((sel) => component(sel) && !/::/.test(sel) && el.matches(sel) && !probe.matches(sel)))
      .map(({ r }) => r);
    const want = getComputedStyle(probe);
    const got = getComputedStyle(el);
    for (const prop of properties) {
      if (!own.some((r) => sets(r, prop)) || others.some((r) => sets(r, prop))) continue;
      checked++;
      const [w, g] = [want, got].map((c) => prop === 'line-height' && c.lineHeight.endsWith('px')
        ? (parseFloat(c.lineHeight) / parseFloat(c.fontSize)).toFixed(2) // a ratio: the font size is judged on its own
        : c.getPropertyValue(prop));
      if (w !== g) {
        problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${prop} is ${got.getPropertyValue(prop)}, its rule says ${want.getPropertyValue(prop)}`);
      }
    }
    probe.remove();
  }
  return { checked, problems: [...new Set(problems)] };
}

for (const width of [360, 1280]) {
  test(`at ${width}px, every ptx- class shows the spacing, font and colour it sets: no base rule outranks it`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('./#card=istanbul-meeting');
    await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Sharif meets Erdogan in Istanbul');
    await page.getByRole('button', { name: 'Sources disagree' }).click();
    await page.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().click();
    await page.locator('.ptx-app .ptx-card-meta .ptx-outside-mark summary').first().click();
    await page.locator('.ptx-app .ptx-sources > summary').click();
    await page.locator('.ptx-app .ptx-filters summary').click();
    await page.mouse.move(1, 1);
    await page.evaluate(() => document.activeElement?.blur());
    const { checked, problems } = await page.evaluate(componentStylesWin, PROPERTIES);
    expect(checked).toBeGreaterThan(200);
    expect(problems).toEqual([]);
    // The ones the review named, by value.
    const style = (selector, props) => page.locator(`.ptx-app ${selector}`).first().evaluate((el, p) =>
      Object.fromEntries(p.map((k) => [k, getComputedStyle(el).getPropertyValue(k)])), props);
    expect(await style('.ptx-title', ['margin-bottom'])).not.toEqual({ 'margin-bottom': '0px' });
    expect(await style('.ptx-card-title', ['margin-bottom'])).toEqual({ 'margin-bottom': '8px' });
    expect(await style('.ptx-disagree-toggle', ['font-size', 'font-weight'])).toEqual({ 'font-size': '13px', 'font-weight': '700' });
    expect(await style('.ptx-step', ['font-size', 'font-weight'])).toEqual({ 'font-size': '15px', 'font-weight': '600' });
    await page.close();
  });
}
