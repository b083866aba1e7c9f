// Export as downloads, keyboard-only use, landmarks and labels, narrow
// widths, and embedding in an iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch, openPage, screenshot, foreignRequests, BASE_URL } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('export the analysis as JSON and CSV', async () => {
  const { page, context, requests } = await openPage(browser);
  await page.waitForSelector('[data-testid=overview]');
  const json = await download(page, 'export-json');
  assert.equal(json.name, 'wirelens-analysis.json');
  const analysis = JSON.parse(json.text);
  assert.deepEqual(Object.keys(analysis).sort(),
    ['carried', 'documents', 'passages', 'quotes', 'speakers', 'utterances']);
  assert.equal(analysis.documents.length, 5);
  // Provenance, computed in the browser: 001 credits the AP and AFP; the
  // AFP statement is carried without credit by 002 and 003.
  assert.deepEqual(analysis.documents[1].credits.map((c) => c.agency), ['Associated Press', 'AFP']);
  const afp = analysis.carried.find((c) => c.agency === 'AFP');
  assert.deepEqual(afp.uncredited.map((s) => s.doc.slice(0, 3)), ['002', '003']);
  assert.ok(analysis.passages.some((p) => [p.a.doc.slice(0, 3), p.b.doc.slice(0, 3)].sort().join() === '000,004'),
    'some passage links 000 and 004');
  const seeds = new Map(analysis.documents.map((d) => [d.id, d]));
  for (const p of analysis.passages) {
    assert.ok(p.a.start < p.a.end && p.a.end <= seeds.get(p.a.doc).bytes);
  }
  assert.ok(analysis.speakers.some((s) => s.name === 'Zabihullah Mujahid'));
  // The widget writes JSON without serde_json: it must still be the CLI's contract, byte for byte.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const cli = execFileSync('cargo', ['run', '-q', '-p', 'wirelens-cli', '--', 'analyze', 'seeds', '--json', '--quiet'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(json.text + '\n', cli, 'the exported JSON is byte-identical to `wirelens analyze seeds --json`');

  const passages = await download(page, 'export-passages');
  assert.match(passages.text.split('\n')[0], /^doc_a,start_a,end_a,doc_b,start_b,end_b,similarity/);
  assert.equal(passages.text.trim().split('\n').length - 1 >= analysis.passages.length, true);
  const quotes = await download(page, 'export-quotes');
  assert.match(quotes.text.split('\n')[0], /^id,doc,start,end,speaker,speaker_kind,cue,channel,utterance,conflict_kind,text$/);
  assert.deepEqual(foreignRequests(requests), []);
  await context.close();
});

test('keyboard only: views, highlights and links', async () => {
  const { page, context } = await openPage(browser);
  await page.waitForSelector('[data-testid=overview]');
  assert.equal(await page.locator('header').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.ok(await page.locator('nav[aria-label]').count() >= 1);
  assert.equal(await page.locator('footer').count(), 1);

  // Tab reaches the skip link first, then the view tabs.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the view');
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement.dataset.testid)) !== 'tab-reader' && guard++ < 10) {
    await page.keyboard.press('Tab');
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=reader]');

  // Tab to the first highlight: the details show where else it appears; Enter jumps there.
  guard = 0;
  while ((await page.evaluate(() => document.activeElement.dataset.testid)) !== 'reuse' && guard++ < 60) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'reuse');
  await page.waitForSelector('[data-testid=reuse-details]');
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForFunction((u) => location.href !== u, before);
  await page.waitForSelector('#wl-main .wl-target');

  // Every control has a name.
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, select, textarea, input, a[href]')]
    .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`)) || e.closest('label')))
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  await context.close();
});

test('every view fits a 320 px screen', async () => {
  const { page, context } = await openPage(browser, { width: 320, height: 640 });
  for (const [hash, name] of [['#/overview', 'overview'], ['#/article/002', 'reader'], ['#/compare/002/003', 'compare'],
    ['#/speaker/zabihullah-mujahid', 'speaker'], ['#/articles', 'articles']]) {
    await page.goto(new URL(hash, BASE_URL).href);
    await page.waitForSelector('[data-testid=main] h2');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(page, `narrow-320-${name}`);
    assert.ok(overflow <= 0, `${name} overflows by ${overflow}px at 320 px`);
  }
  await context.close();
});

test('works inside an iframe', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  await page.goto(new URL('#/overview', BASE_URL).href);
  await page.setContent(`<h1>Host page</h1><iframe title="wirelens" src="${BASE_URL}#/speakers" style="width:600px;height:500px"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid=speaker-list]').waitFor();
  assert.ok(await frame.locator('[data-testid=speaker-link]').count() > 0);
  await screenshot(page, 'embedded-iframe');
  await context.close();
});

test('mounts into a host page element', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const index = await (await fetch(BASE_URL)).text();
  const host = index.replace('<body></body>',
    '<body><header><h1>A host page</h1></header><section><div data-wirelens></div></section><footer>Host footer</footer></body>');
  const hostUrl = new URL('host-page.html', BASE_URL).href;
  await page.route(hostUrl, (route) => route.fulfill({ contentType: 'text/html', body: host }));
  await page.goto(`${hostUrl}#/overview`);
  await page.waitForSelector('[data-wirelens] [data-testid=overview]');
  assert.equal(await page.textContent('body > footer'), 'Host footer', 'the host page is kept around the widget');
  await screenshot(page, 'embedded-host-element');
  await context.close();
});
