// The article reader: highlights, repeats, quotes with speaker badges, and
// following a highlight to where else it appears.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('select an article, follow a highlight to its source, come back', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.click('[data-testid=article-row][data-doc^="000"] [data-testid=article-link]');
  await page.waitForSelector('[data-testid=reader][data-doc^="000"]');
  assert.match(page.url(), /#\/article\/000$/);
  assert.ok(await page.locator('[data-testid=speaker-badge]').count() > 0, 'quotes carry a speaker badge');
  assert.ok(await page.locator('[data-testid=reuse-label]').count() > 0, 'passages carry a written label');
  await screenshot(page, 'reader-000-wide-light');

  // Hover shows where else it appears; the link jumps there.
  const highlight = page.locator('[data-testid=reuse]').first();
  const also = (await highlight.getAttribute('data-also')).split(' ').filter(Boolean);
  assert.ok(also.length > 0);
  await highlight.hover();
  await page.waitForSelector('[data-testid=reuse-details] [data-testid=follow-source]');
  await screenshot(page, 'reader-000-details');
  await page.click('[data-testid=reuse-details] [data-testid=follow-source] >> nth=0');
  await page.waitForSelector('#wl-main .wl-target');
  const shown = await page.getAttribute('[data-testid=reader]', 'data-doc');
  assert.ok(also.includes(shown), `jumped to ${shown}, one of ${also}`);
  assert.match(page.url(), /#\/article\/[^/]+\/\d+-\d+$/);
  await page.waitForFunction(() => document.activeElement?.classList.contains('wl-target'), null, { timeout: 5000 });

  await page.goBack();
  await page.waitForSelector('[data-testid=reader][data-doc^="000"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('article 003 marks its within-article repeat', async () => {
  const { page, context } = await openPage(browser, { hash: '#/article/003' });
  await page.waitForSelector('[data-testid=reader][data-doc^="003"]');
  assert.ok(await page.locator('[data-testid=reuse][data-repeat=true]').count() >= 2, 'both occurrences marked');
  await page.locator('[data-testid=reuse][data-repeat=true]').first().click();
  const details = await page.textContent('[data-testid=reuse-details]');
  assert.match(details, /Repeated elsewhere in this article/);
  await screenshot(page, 'reader-003-repeat');
  await context.close();
});

test('a passage another article credits to an agency says where it likely came from', async () => {
  const { page, context, errors } = await openPage(browser, { hash: '#/article/002' });
  await page.waitForSelector('[data-testid=reader][data-doc^="002"]');
  // The AFP statement, carried by 002 with no credit; 001 credits AFP for it.
  await page.locator('[data-testid=reuse]', { hasText: 'quagmire' }).first().click();
  const said = await page.locator('[data-testid=reuse-details] [data-testid=provenance]').allTextContents();
  assert.ok(said.includes('Likely from AFP: credited in 001, uncredited in 002 and 003.'), said.join(' | '));
  await screenshot(page, 'reader-002-provenance');
  // Another passage, credited to no agency, names none.
  await page.goto(page.url().replace('#/article/002', '#/article/000'));
  await page.waitForSelector('[data-testid=reader][data-doc^="000"]');
  await page.locator('[data-testid=reuse]', { hasText: 'whirlpool' }).first().click();
  await page.waitForSelector('[data-testid=reuse-details]');
  assert.equal(await page.locator('[data-testid=reuse-details] [data-testid=provenance]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown article id says so instead of failing', async () => {
  const { page, context } = await openPage(browser, { hash: '#/article/nope' });
  await page.waitForSelector('[data-testid=reader] .wl-notice');
  assert.match(await page.textContent('[data-testid=reader] .wl-notice'), /no article “nope”/);
  await context.close();
});
