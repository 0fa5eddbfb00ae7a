// Records every "N of M" the widget's position shows, in the page itself (a
// MutationObserver), so a test sees each card a drag passed through however
// fast the page renders; read it back with recordedPositions(page).
export async function recordPositions(page) {
  await page.evaluate(() => {
    const position = document.querySelector('.ptx-app .ptx-position');
    window.__positions = [position.textContent];
    new MutationObserver(() => {
      if (position.textContent !== window.__positions.at(-1)) window.__positions.push(position.textContent);
    }).observe(position, { subtree: true, childList: true, characterData: true });
  });
}

export const recordedPositions = (page) => page.evaluate(() => window.__positions);
