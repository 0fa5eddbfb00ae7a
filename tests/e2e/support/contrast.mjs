// WCAG contrast measured in the page, from computed styles: the text colour
// of an element and the background actually behind it. Installed with
// page.addInitScript(installContrast), so it survives navigations; it defines
// window.__ptxContrast.
//
// The background is found through the hit-test stack at the text's own
// position (elementsFromPoint), from the element downwards, blending every
// translucent layer until an opaque one: so a band label drawn above its
// band, or text under a positioned knob, is measured against what is really
// behind it, not against its DOM parent. SVG shapes behind SVG text count by
// their fill; an SVG text halo (paint-order: stroke) counts as its background.
// Elements outside the hit-test stack (pointer-events: none) fall back to
// their ancestors' backgrounds.
export function installContrast() {
  const parse = (value) => {
    const v = value.trim();
    if (v === 'transparent' || v === 'none' || v === '') return [0, 0, 0, 0];
    let m = v.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1], +m[2], +m[3], a];
    }
    m = v.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/);
    if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
    throw new Error(`contrast: cannot read the colour "${value}"`);
  };
  // top over bottom (bottom opaque)
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((x) => {
      const s = x / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const hex = (c) => '#' + c.slice(0, 3).map((x) => Math.round(x).toString(16).padStart(2, '0')).join('');

  const isSvgShape = (el) => el instanceof SVGGeometryElement && !(el instanceof SVGTextContentElement);
  // The paint an element lays under whatever is above it.
  // An SVG shape paints the point with its fill or its stroke, whichever is there.
  const layerOf = (el, x, y) => {
    const s = getComputedStyle(el);
    if (isSvgShape(el)) {
      const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM().inverse());
      const paint = el.isPointInStroke(p) && s.stroke !== 'none' ? [s.stroke, s.strokeOpacity] : el.isPointInFill(p) ? [s.fill, s.fillOpacity] : ['transparent', '1'];
      const c = parse(paint[0].startsWith('url(') ? 'transparent' : paint[0]);
      c[3] *= parseFloat(paint[1]);
      return c;
    }
    if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) return [0, 0, 0, 0];
    if (s.backgroundImage !== 'none') throw new Error(`contrast: ${describe(el)} has a background image`);
    return parse(s.backgroundColor);
  };
  const opacityOf = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  };
  const composite = (layers) => {
    // layers: topmost first; stop at the first opaque one
    const stack = [];
    for (const l of layers) {
      if (l[3] <= 0) continue;
      stack.push(l);
      if (l[3] >= 1) break;
    }
    let base = [255, 255, 255, 1];
    if (stack.length && stack.at(-1)[3] >= 1) base = stack.pop();
    for (const l of stack.reverse()) base = over(l, base);
    return base;
  };
  const ancestors = (el) => {
    const list = [];
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) list.push(e);
    return list;
  };
  // What is painted at (x, y) from `el` down; `below` skips el and its subtree.
  // `htmlOnly` leaves out SVG drawings (the scrubber's marker ticks under the knob).
  const backgroundAt = (el, x, y, below, htmlOnly = false) => {
    const root = el.getRootNode();
    const stack = (root.elementsFromPoint ? root : document).elementsFromPoint(x, y);
    const i = stack.indexOf(el);
    let rest = i < 0 ? (below ? ancestors(el).slice(1) : ancestors(el)) : stack.slice(i);
    if (below) rest = rest.filter((e) => e !== el && !el.contains(e));
    if (htmlOnly) rest = rest.filter((e) => !(e instanceof SVGElement));
    return composite(rest.map((e) => layerOf(e, x, y)));
  };
  const describe = (el) => {
    const cls = typeof el.className === 'string' ? el.className : el.className.baseVal;
    const name = el.getAttribute('aria-label') || el.textContent.trim().replace(/\s+/g, ' ').slice(0, 30);
    return `${el.tagName.toLowerCase()}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''} "${name}"`;
  };
  const visible = (el) => {
    if (el.closest('.ptx-sr')) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const ownText = (el) => [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
  // One measurement for the element's own text.
  const textPair = (el) => {
    const node = ownText(el);
    if (!node || !visible(el)) return null;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
    if (!rect) return null;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      return textPair(el);
    }
    const s = getComputedStyle(el);
    let bg = backgroundAt(el, x, y, false);
    let fg;
    if (el instanceof SVGElement) {
      fg = parse(s.fill);
      if (s.stroke !== 'none' && s.paintOrder.startsWith('stroke') && parseFloat(s.strokeWidth) >= 2) bg = over(parse(s.stroke), bg);
    } else {
      fg = parse(s.color);
    }
    fg[3] *= opacityOf(el);
    const fgOn = over(fg, bg);
    return { what: describe(el), fg: hex(fgOn), bg: hex(bg), ratio: ratio(fgOn, bg), text: node.textContent.trim().slice(0, 30), disabled: !!el.closest(':disabled') };
  };
  // The element and everything in it that carries text.
  const texts = (el) => [el, ...el.querySelectorAll('*')].map(textPair).filter(Boolean);
  const center = (el) => {
    const r = el.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  };
  // The focus ring against what is behind the control.
  const ring = (el) => {
    const s = getComputedStyle(el);
    if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0) return { what: describe(el), missing: true };
    const [x, y] = center(el);
    const bg = backgroundAt(el, x, y, true, true);
    const c = over(parse(s.outlineColor), bg);
    return { what: describe(el), fg: hex(c), bg: hex(bg), ratio: ratio(c, bg), width: parseFloat(s.outlineWidth) };
  };
  // A control's own fill against what is behind it (the slider knob).
  const fill = (el) => {
    const [x, y] = center(el);
    const bg = backgroundAt(el, x, y, true, true);
    const c = over(parse(getComputedStyle(el).backgroundColor), bg);
    return { what: describe(el), fg: hex(c), bg: hex(bg), ratio: ratio(c, bg) };
  };
  // The boundary of a control whose fill is the same as its surroundings: its border.
  const boundary = (el) => {
    const [x, y] = center(el);
    const s = getComputedStyle(el);
    const outside = backgroundAt(el, x, y, true);
    const inside = over(parse(s.backgroundColor), outside);
    if (ratio(inside, outside) >= 3) return null;
    // No fill and no border: a text-only control (a disclosure heading), read by its text.
    if (s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0) return null;
    const border = over(parse(s.borderTopColor), outside);
    return { what: describe(el), fg: hex(border), bg: hex(outside), ratio: ratio(border, outside) };
  };

  // Interactive controls, one per distinct look: kind, classes without state
  // classes, and the background behind them.
  const KINDS = [
    ['slider', '[role=slider]'],
    ['citation', 'button.ptx-cite'],
    ['disagreement toggle', 'button.ptx-disagree-toggle'],
    ['chip', '.ptx-outside-mark > summary'],
    ['disclosure', 'summary'],
    ['button', 'button'],
    ['link', 'a[href]'],
    ['form field', 'select, input, textarea'],
  ];
  const probe = (root) => {
    root.querySelectorAll('[data-probe]').forEach((e) => e.removeAttribute('data-probe'));
    const seen = new Map();
    let n = 0;
    for (const el of root.querySelectorAll('button, summary, a[href], select, input, textarea, [role=slider]')) {
      if (!visible(el)) continue;
      const kind = KINDS.find(([, sel]) => el.matches(sel))[0];
      const classes = [el.parentElement, el].map((e) => [e.tagName, ...[...e.classList].filter((c) => !/-open$|-current$/.test(c)).sort()].join('.')).join('>');
      const [x, y] = center(el);
      const behind = hex(backgroundAt(el, x, y, true));
      const state = el.disabled ? 'disabled' : el.getAttribute('aria-expanded') === 'true' || el.parentElement?.open ? 'pressed' : '';
      const key = `${kind}|${classes}|${behind}|${state}`;
      el.setAttribute('data-probe', String(n));
      if (!seen.has(key)) seen.set(key, { id: String(n), kind, what: describe(el), disabled: !!el.disabled, toggle: el.hasAttribute('aria-expanded') || el.tagName === 'SUMMARY' });
      n++;
    }
    return [...seen.values()];
  };
  // Every text on screen in the widget.
  const sweep = (root) => [...root.querySelectorAll('*')].map(textPair).filter(Boolean);
  const fingerprint = (root) => [
    root.querySelectorAll('*').length,
    [...root.querySelectorAll('[aria-expanded=true], details[open]')].map(describe).join(','),
    root.querySelector('.ptx-position')?.textContent,
  ].join('|');
  window.__ptxContrast = { texts, ring, fill, boundary, probe, sweep, fingerprint, describe };
}
