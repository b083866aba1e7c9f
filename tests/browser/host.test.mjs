// A host page's own articles: examples/host.html gives the widget its corpus
// inline (script[data-wirelens-corpus]) and its first view
// (data-wirelens-start). Good data is analysed with no request for it; bad
// data gets a message naming what is wrong and where, never a blank widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openHostPage, screenshot, foreignRequests, BASE_URL } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** The host page with its inline corpus replaced by `json`. */
const withCorpus = (json) => (html) =>
  html.replace(/(data-wirelens-corpus>)[\s\S]*?(<\/script>)/, (_, open, close) => `${open}${json}${close}`);

/** The host page with another data-wirelens-start value. */
const withStart = (value) => (html) => html.replace('data-wirelens-start="overview"', `data-wirelens-start="${value}"`);

const rowIds = (page) => page.locator('[data-testid=article-row]').evaluateAll((rows) => rows.map((r) => r.dataset.doc || r.textContent));

test("the host page's own articles are analysed with no request for them", async () => {
  const { page, context, requests, errors } = await openHostPage(browser);
  await page.waitForSelector('[data-testid=overview]');
  assert.equal(await page.locator('[data-testid=article-row]').count(), 3, 'the three articles of the page, not the five examples');
  const overview = await page.textContent('[data-testid=overview]');
  for (const title of ['Ferry to Tarn Island suspended', 'Tarn Island cut off', 'Islanders angry']) {
    assert.ok(overview.includes(title), `${title} is listed (its "title" is the article's first line)`);
  }
  assert.ok(!overview.includes('Panjshir'), 'no built-in example is shown');
  assert.ok(Number(await page.textContent('[data-testid=figure-passages] dd')) >= 2, 'the copied paragraphs are found');
  assert.ok(Number(await page.textContent('[data-testid=figure-speakers] dd')) >= 1, 'speakers are found');
  assert.equal(await page.locator('[data-testid=host-problems]').count(), 0);
  await screenshot(page, 'host-overview');

  // Nothing but the page and the widget's own files was requested: no corpus request.
  const local = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
  const files = local.map((url) => new URL(url).pathname.split('/').pop());
  assert.ok(files.every((f) => f === 'host.html' || /^(wirelens-widget|style)-[0-9a-f]+(_bg)?\.(js|wasm|css)$/.test(f)),
    `only the page and the bundle were fetched: ${files.join(', ')}`);
  assert.deepEqual(foreignRequests(requests), []);

  // The reader's views work on the page's articles.
  await page.goto(new URL('host.html#/speakers', BASE_URL).href);
  await page.waitForSelector('[data-testid=speakers]');
  assert.match(await page.textContent('[data-testid=speakers]'), /Hanna Voss/);
  await page.goto(new URL('host.html#/articles', BASE_URL).href);
  await page.waitForSelector('[data-testid=corpus-item]');
  assert.equal(await page.locator('[data-testid=corpus-item]').count(), 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data-wirelens-start chooses the first view; a link in the URL still wins', async () => {
  let opened = await openHostPage(browser, { edit: withStart('speakers') });
  await opened.page.waitForSelector('[data-testid=speakers]');
  assert.match(await opened.page.title(), /^Speakers/);
  await screenshot(opened.page, 'host-start-speakers');
  // Going back to the page's own address (no fragment) shows the start view again.
  await opened.page.click('[data-testid=tab-overview]');
  await opened.page.waitForSelector('[data-testid=overview]');
  await opened.page.goBack();
  await opened.page.waitForSelector('[data-testid=speakers]');
  await opened.context.close();

  opened = await openHostPage(browser, { edit: withStart('compare/coastal-post/daily-tribune'), hash: '' });
  await opened.page.waitForSelector('[data-testid=compare-passage]');
  await opened.context.close();

  opened = await openHostPage(browser, { edit: withStart('speakers'), hash: '#/articles' });
  await opened.page.waitForSelector('[data-testid=corpus-item]');
  await opened.context.close();

  // The guided lesson, made from the page's own articles.
  opened = await openHostPage(browser, { edit: withStart('lesson') });
  await opened.page.waitForSelector('[data-testid=lesson-title]');
  assert.match(await opened.page.textContent('[data-testid=lesson-counter]'), /^Step 1 of \d+$/);
  assert.ok(await opened.page.locator('[data-testid=lesson-step] mark').count() > 0);
  await screenshot(opened.page, 'host-start-lesson');
  assert.deepEqual(opened.errors, []);
  await opened.context.close();

  // A view the widget does not have: said, and the overview shown.
  opened = await openHostPage(browser, { edit: withStart('classroom') });
  await opened.page.waitForSelector('[data-testid=overview]');
  const problem = await opened.page.textContent('[data-testid=host-problems]');
  assert.match(problem, /data-wirelens-start="classroom" names no view of this widget/);
  assert.match(problem, /showing the overview/);
  assert.equal(await opened.page.locator('[data-testid=article-row]').count(), 3, "the page's articles are still used");
  await screenshot(opened.page, 'host-start-unknown');
  assert.deepEqual(opened.errors, []);
  await opened.context.close();
});

const article = (id, text) => ({ id, title: `Title of ${id}`, text });
const body = 'The council voted on Tuesday to rebuild the harbour wall before the winter storms.';

// [what is wrong, corpus text, expected message, articles shown (5 = the built-in examples)]
const BAD = [
  ['not JSON', '[{"id": "a", "text": "x"', /it is not JSON \(.+\)/, 5],
  ['not a list', JSON.stringify(article('a', body)), /it is an object, not a list \[ … \] of articles/, 5],
  ['an empty list', '[]', /it is an empty list/, 5],
  ['nothing at all', '   ', /it is empty/, 5],
  ['too large', JSON.stringify([article('a', 'word '.repeat(1_000_000))]), /it is too large \(4\.8 MB; the limit is 4\.0 MB\)/, 5],
  ['items without text, of wrong types, repeated',
    JSON.stringify([article('a', body), { id: 'b', title: 'No text' }, { id: 'c', text: 42 }, 'loose words',
      { id: 7, text: body }, article('a', 'Other words.'), article('e', '  '), article('f', `${body} Again.`)]),
    null, 2],
  ['no usable item', JSON.stringify([{ title: 'Only a title' }]), /item 1 has no "text", so it was left out[\s\S]*Showing the example articles instead/, 5],
];

test('bad corpus data is named, never a blank widget', async () => {
  for (const [what, json, expected, shown] of BAD) {
    const { page, context, errors } = await openHostPage(browser, { edit: withCorpus(json) });
    await page.waitForSelector('[data-testid=overview]');
    const problems = await page.textContent('[data-testid=host-problems]');
    assert.equal(await page.getAttribute('[data-testid=host-problems]', 'role'), 'alert', what);
    if (expected) assert.match(problems, expected, what);
    assert.equal(await page.locator('[data-testid=article-row]').count(), shown, `${what}: ${problems}`);
    if (shown === 5) assert.match(problems, /Showing the example articles instead/, what);
    assert.deepEqual(errors, [], `${what}: no panic, no console error`);
    if (what.startsWith('items')) {
      for (const message of [
        'item 2 has no "text", so it was left out',
        'item 3 has a number as "text", not a string',
        'item 4 is a string, not an object',
        'item 5 has a number as "id", not a string',
        'item 6 has the id "a" of item 1 again',
        'item 7 has an empty "text"',
      ]) {
        assert.ok(problems.includes(message), `"${message}" in: ${problems}`);
      }
      assert.ok(!problems.includes('item 8'), 'item 8 is fine');
      assert.deepEqual(await rowIds(page), ['a', 'f']);
      await screenshot(page, 'host-bad-items');
    }
    if (what === 'not JSON') await screenshot(page, 'host-not-json');
    await context.close();
  }
});
