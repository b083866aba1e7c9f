// The overview: analysed on load with no click, with no request leaving the
// local server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, foreignRequests } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the corpus is analysed on load and summarised', async () => {
  const { page, requests, errors, context } = await openPage(browser);
  const firstRender = await page.evaluate(() => window.__wirelensFirstRenderMs);
  console.log(`first render with the analysed corpus: ${firstRender.toFixed(1)} ms after navigation start`);
  // The budget (300 ms) is measured by bench.test.mjs, as a median, not asserted here.
  assert.ok(firstRender > 0, `first render recorded: ${firstRender}`);

  await page.waitForSelector('[data-testid=overview]');
  assert.equal(await page.locator('[data-testid=article-row]').count(), 5);
  assert.equal(await page.locator('[data-testid=matrix-cell]').count(), 25);
  const summary = await page.textContent('[data-testid=summary]');
  assert.match(summary, /of 5 articles|articles share/);
  const figure = async (id) => Number(await page.textContent(`[data-testid=${id}] dd`));
  assert.equal(await figure('figure-articles'), 5);
  assert.ok(await figure('figure-passages') > 0, 'some passages are shared');
  assert.ok(await figure('figure-quotes') > 0, 'quotes are found');
  assert.ok(await figure('figure-speakers') > 0, 'speakers are found');
  assert.equal(await figure('figure-conflicts'), 5);
  assert.equal(await figure('figure-real-conflicts'), 0, 'the seeds hold no conflict between different people');
  const shares = await page.locator('[data-testid=original-share]').allTextContents();
  assert.ok(shares.every((s) => /^\d+% original$/.test(s)), shares.join(','));
  assert.ok(shares.some((s) => s !== '100% original'), 'some article shares text');
  await screenshot(page, 'overview-wide-light');

  // A cell opens the pair side by side.
  await page.click('[data-testid=matrix-cell][data-row^="000"][data-col^="004"]');
  await page.waitForSelector('[data-testid=compare]');
  assert.match(page.url(), /#\/compare\/000\/004$/);

  assert.deepEqual(foreignRequests(requests), [], 'no request leaves 127.0.0.1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark mode follows prefers-color-scheme', async () => {
  const { page, context } = await openPage(browser, { colorScheme: 'dark' });
  await page.waitForSelector('[data-testid=overview]');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background, got ${background}`);
  await screenshot(page, 'overview-wide-dark');
  await page.goto(new URL('#/article/000', page.url()).href);
  await page.waitForSelector('[data-testid=reuse]');
  await screenshot(page, 'reader-wide-dark');
  await context.close();
});
