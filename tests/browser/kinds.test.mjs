// Passage kinds as a reader meets them: copied reporting, the same quote and
// boilerplate told apart in the overview, the reader (label, look, legend,
// details) and side by side; only copied reporting counts as copying.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the overview counts copied reporting and names same quotes apart', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.waitForSelector('[data-testid=matrix-cell]');
  const figure = async (id) => Number(await page.textContent(`[data-testid=${id}] dd`));
  assert.ok(await figure('figure-passages') > 0, 'the seeds copy reporting');
  assert.ok(await figure('figure-shared-quotes') > 0, 'the seeds carry the same statements');
  const summary = await page.textContent('[data-testid=summary]');
  assert.match(summary, /same quote reported by two articles/);
  // A cell's label says what is copied and what is only the same quote.
  const labels = await page.locator('[data-testid=matrix-cell]').evaluateAll(
    (cells) => cells.map((c) => c.getAttribute('aria-label')));
  assert.ok(labels.some((l) => /is copied reporting also in/.test(l)));
  assert.ok(labels.some((l) => /the same quote/.test(l)), 'some pair shares a quote');
  await screenshot(page, 'kinds-overview-light');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reader tells a copied passage from the same quote, in words and look', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, errors } = await openPage(browser, { hash: '#/article/002', colorScheme });
    await page.waitForSelector('[data-testid=reader][data-doc^="002"]');
    const copied = page.locator('[data-testid=reuse][data-kind=copy]');
    const quoted = page.locator('[data-kind=quote].wl-shared-quote');
    assert.ok(await copied.count() > 0, 'copied reporting is marked');
    assert.ok(await quoted.count() > 0, 'the same quote is marked');
    const labels = await page.locator('[data-testid=reuse-label]').allTextContents();
    assert.ok(labels.some((l) => /same quote in/.test(l)), labels.join(' | '));
    assert.ok(labels.some((l) => /\[also in/.test(l)), labels.join(' | '));
    const legend = await page.textContent('[data-testid=legend-kinds]');
    assert.match(legend, /copied reporting/);
    assert.match(legend, /the same quote/);
    // Copied and quoted highlights do not look alike.
    const look = (locator) => locator.first().evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor}|${s.borderTopStyle}`;
    });
    assert.notEqual(await look(copied), await look(quoted));
    await quoted.first().click();
    assert.match(await page.textContent('[data-testid=reuse-details]'), /The same quote/);
    await screenshot(page, `kinds-reader-002-${colorScheme}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('side by side labels each passage with its kind, also on a phone', async () => {
  const { page, context, errors } = await openPage(browser, { hash: '#/compare/000/004', width: 360, height: 800 });
  await page.waitForSelector('[data-testid=compare-passage]');
  const kinds = await page.locator('[data-testid=compare-passage]').evaluateAll(
    (items) => items.map((i) => i.getAttribute('data-kind')));
  assert.ok(kinds.every((k) => ['copy', 'quote', 'boilerplate'].includes(k)), kinds.join(','));
  const heads = await page.locator('.wl-passage-head').allTextContents();
  assert.ok(heads.every((h) => /^(copied reporting|the same quote|boilerplate) · passage \d+/.test(h)), heads.join(' | '));
  await screenshot(page, 'kinds-compare-000-004-narrow');
  assert.deepEqual(errors, []);
  await context.close();
});
