// Accessibility checked by a tool: axe-core (npm, pinned in package.json) on
// every view of src/route.rs and on the example host page, in the light and
// the dark colour scheme, with no violation of any rule axe runs by default
// (WCAG 2 A and AA, colour contrast included, and its best practices).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, openHostPage, screenshot, goHash, axeViolations } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// [name, fragment, what shows the view is drawn]: every route, with and without its selection.
const VIEWS = [
  ['overview', '#/overview', '[data-testid=matrix-cell]'],
  ['reader-pick', '#/article', '[data-testid=reader-article-link]'],
  ['reader', '#/article/000', '[data-testid=reuse]'],
  ['reader-details', 'hover', '[data-testid=reuse-details] [data-testid=follow-source]'],
  ['reader-focus', '#/article/002/120-410', '.wl-target'],
  ['compare-pick', '#/compare', '[data-testid=compare]'],
  ['compare', '#/compare/000/004', '[data-testid=compare-passage]'],
  ['compare-focus', '#/compare/002/003/1', '.wl-passage.wl-target'],
  ['speakers', '#/speakers', '[data-testid=speaker-link]'],
  ['speaker', null, '[data-testid=speaker-detail]'],
  ['lesson', '#/lesson', '[data-testid=lesson-title]'],
  ['lesson-step', '#/lesson/3', '[data-testid=lesson-excerpt]'],
  ['lesson-credits', '#/lesson/4', '[data-testid=lesson-excerpt] mark.wl-lesson-credit'],
  ['lesson-print', 'print', '[data-testid=teacher-page]'],
  // Last: the form state below is on this view.
  ['articles', '#/articles', '[data-testid=corpus-item]'],
];

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation on any view (${colorScheme})`, async () => {
    const { page, context, errors } = await openPage(browser, { colorScheme });
    await page.waitForSelector('[data-testid=overview]');
    const found = [];
    for (const [name, hash, ready] of VIEWS) {
      if (hash === 'print') {
        // The printed handout: every step and the teacher page, as print media shows them.
        await page.emulateMedia({ media: 'print' });
      } else if (hash === 'hover') {
        // The details of a highlight, as a pointer shows them.
        await page.locator('[data-testid=reuse]').first().hover();
      } else if (hash) {
        await goHash(page, hash);
      } else {
        // One speaker's page: the first speaker listed.
        await goHash(page, '#/speakers');
        await page.waitForSelector('[data-testid=speaker-link]');
        await page.click('[data-testid=speaker-link] >> nth=0');
      }
      await page.waitForSelector(ready);
      // Let smooth scrolling and focus settle before colours are read.
      await page.waitForTimeout(150);
      for (const violation of await axeViolations(page)) found.push(`${name}: ${violation}`);
      await screenshot(page, `a11y-${name}-${colorScheme}`);
      if (hash === 'print') await page.emulateMedia({ media: 'screen' });
    }
    // A form state: an import problem shown on "Your articles".
    await page.fill('[data-testid=paste-input]', '   ');
    await page.click('[data-testid=paste-add]');
    await page.waitForSelector('[data-testid=import-error]');
    for (const violation of await axeViolations(page)) found.push(`articles-error: ${violation}`);
    assert.deepEqual(found, [], found.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`axe finds no violation on the example host page (${colorScheme})`, async () => {
    const found = [];
    // The page as it ships, and with a problem message shown.
    for (const [name, edit] of [
      ['host', undefined],
      ['host-problem', (html) => html.replace('data-wirelens-start="overview"', 'data-wirelens-start="nowhere"')],
    ]) {
      const { page, context } = await openHostPage(browser, { colorScheme, edit });
      await page.waitForSelector('[data-testid=matrix-cell]');
      for (const violation of await axeViolations(page)) found.push(`${name}: ${violation}`);
      await screenshot(page, `a11y-${name}-${colorScheme}`);
      await context.close();
    }
    assert.deepEqual(found, [], found.join('\n'));
  });
}

test('narrow screens pass too (320 px, both schemes)', async () => {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(browser, { colorScheme, width: 320, height: 700 });
    for (const [name, hash, ready] of VIEWS.filter(([, hash]) => ['#/overview', '#/article/000', '#/compare/000/004', '#/lesson'].includes(hash))) {
      await goHash(page, hash);
      await page.waitForSelector(ready);
      await page.waitForTimeout(150);
      for (const violation of await axeViolations(page)) found.push(`${name} 320px ${colorScheme}: ${violation}`);
    }
    await context.close();
  }
  assert.deepEqual(found, [], found.join('\n'));
});
