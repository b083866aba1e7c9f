// Side by side with the word-level diff, and quotes by speaker with
// attribution conflicts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, waitForCount } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('a shared passage is aligned word by word', async () => {
  const { page, context } = await openPage(browser, { hash: '#/compare/000/004' });
  await page.waitForSelector('[data-testid=compare-passage]');
  assert.ok(await page.locator('[data-testid=compare-passage]').count() >= 1, 'some passage links 000 and 004');
  assert.ok(await page.locator('.wl-w-same').count() > 0, 'same words are marked');
  await screenshot(page, 'compare-000-004');

  // Some pair of the corpus differs in wording: changed, variant or one-sided words show.
  let marked = 0;
  for (const pair of ['000/002', '001/002', '002/003', '001/003', '002/004', '001/004', '000/001']) {
    await page.goto(new URL(`#/compare/${pair}`, page.url()).href);
    await page.waitForSelector('[data-testid=compare-intro]');
    marked += await page.locator('.wl-w-changed, .wl-w-variant, .wl-w-only').count();
  }
  assert.ok(marked > 0, 'word-level differences are shown');

  // A deep link to one passage of a pair focuses it.
  await page.goto(new URL('#/compare/002/003/1', page.url()).href);
  await page.waitForSelector('.wl-passage.wl-target');
  await page.waitForFunction(() => document.activeElement.classList.contains('wl-target'), null, { timeout: 5000 });
  assert.match(await page.title(), /Side by side 002 003/);

  // Choosing another article in a picker updates the link.
  await page.selectOption('[data-testid=compare-right]', '003');
  await page.waitForURL(/#\/compare\/[^/]+\/003$/);
  await context.close();
});

test('speakers, their grouped quotes, conflicts, and a quote opened in the reader', async () => {
  const { page, context } = await openPage(browser, { hash: '#/speakers' });
  await page.waitForSelector('[data-testid=speaker-list]');
  const names = await page.locator('[data-testid=speaker-link]').evaluateAll((links) => links.map((l) => l.dataset.speaker));
  assert.ok(names.includes('Zabihullah Mujahid'), names.join(', '));
  assert.ok(await page.locator('[data-testid=utterance][data-conflict=true] [data-testid=conflict-evidence]').count() > 0,
    'an attribution conflict is flagged with its evidence');
  // Each speaker says what sort of source it is; each conflict what differs, in words.
  const kinds = await page.locator('[data-testid=speaker-kind]').evaluateAll((labels) => labels.map((l) => l.textContent));
  assert.equal(kinds.length, names.length, 'every speaker has a kind');
  assert.ok(kinds.includes('organisation') && kinds.includes('person'), kinds.join(', '));
  assert.equal(await page.locator('[data-testid=utterance][data-conflict-kind=same_source]').count(), 4);
  assert.equal(await page.locator('[data-testid=utterance][data-conflict-kind=channel]').count(), 1);
  assert.match(await page.textContent('[data-conflict-kind=channel] [data-testid=conflict-evidence]'),
    /same speaker, different channel/);
  await screenshot(page, 'speakers-conflicts');

  await page.click('[data-testid=speaker-link][data-speaker="Zabihullah Mujahid"]');
  await page.waitForURL(/#\/speaker\/zabihullah-mujahid$/);
  await page.waitForSelector('[data-testid=speaker-detail]');
  const wordings = await page.locator('[data-testid=utterance-quote]').count();
  assert.ok(wordings >= 2, 'quotes across articles');
  const roles = await page.textContent('[data-testid=speaker-detail] .wl-role');
  assert.match(roles, /spokes/i);
  await screenshot(page, 'speaker-mujahid');

  await page.click('[data-testid=quote-link] >> nth=0');
  await page.waitForSelector('[data-testid=reader] .wl-target');
  // The details panel fills in after the reader has rendered and scrolled to the quote.
  await waitForCount(page, '[data-testid=quote-details]', 1);
  assert.match(await page.textContent('[data-testid=quote-details]'), /cue/i, 'the quote and its why are shown');
  assert.match(await page.textContent('[data-testid=quote-details]'), /Source: a person/, 'the why names the source kind');
  await context.close();
});
