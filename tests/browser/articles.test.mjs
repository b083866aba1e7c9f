// "Your articles": paste and see it analysed, keep it across a reload, bad
// input gets a message naming the file and loses nothing, remove and reset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, waitForCount } from './support.mjs';
import { readFileSync, readdirSync } from 'node:fs';

const ARTICLE = `Panjshir holdouts say the fight goes on
The Taliban spokesman Zabihullah Mujahid said the province was captured. "With this victory, our country is completely taken out of the quagmire of war," Mujahid said in a statement.
Resistance leaders said the struggle against the Taliban and their partners will continue until justice and freedom prevails.`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('paste an article, see it analysed, reload and find it still there', async () => {
  const { page, context, errors } = await openPage(browser, { hash: '#/articles' });
  await page.waitForSelector('[data-testid=articles]');

  // Empty input: a clear message, nothing added.
  await page.fill('[data-testid=paste-input]', '   \n  ');
  await page.click('[data-testid=paste-add]');
  assert.match(await page.textContent('[data-testid=import-error]'), /pasted text was not added: it is empty/);
  assert.equal(await page.locator('[data-testid=corpus-item]').count(), 5);

  await page.fill('[data-testid=paste-input]', ARTICLE);
  await page.click('[data-testid=paste-add]');
  await page.waitForSelector('[data-testid=import-ok]');
  await waitForCount(page, '[data-testid=corpus-item]', 6);
  assert.equal(await page.inputValue('[data-testid=paste-input]'), '', 'the box is cleared once added');
  const ms = Number(await page.getAttribute('[data-testid=analysis-ms]', 'data-ms'));
  console.log(`re-analysis after a paste (seeds + 1): ${ms} ms`);
  assert.ok(ms < 50, `re-analysis took ${ms} ms`);
  await screenshot(page, 'articles-after-paste');

  await page.click('[data-testid=added-link]');
  await page.waitForSelector('[data-testid=reader][data-doc="user-1"]');
  assert.ok(await page.locator('[data-testid=reuse]').count() > 0, 'the pasted article shares passages with the seeds');
  assert.ok(await page.locator('[data-testid=speaker-badge]').count() > 0, 'its quote is attributed');

  await page.reload();
  await page.waitForSelector('[data-testid=reader][data-doc="user-1"]');
  await page.goto(new URL('#/overview', page.url()).href);
  assert.equal(await page.locator('[data-testid=article-row]').count(), 6, 'kept across the reload');

  // Remove it: gone, and still gone after a reload.
  await page.goto(new URL('#/articles', page.url()).href);
  await page.click('[data-testid=corpus-item][data-doc="user-1"] [data-testid=remove-article]');
  await waitForCount(page, '[data-testid=corpus-item]', 5);
  await page.reload();
  await waitForCount(page, '[data-testid=corpus-item]', 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('files: text and HTML are added, binary and oversized are refused by name', async () => {
  const { page, context } = await openPage(browser, { hash: '#/articles' });
  await page.waitForSelector('[data-testid=file-input]');
  await page.fill('[data-testid=paste-input]', 'A draft I am still typing');
  await page.setInputFiles('[data-testid=file-input]', [
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
    { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><h1>An HTML story</h1><p>Mujahid &amp; the NRF said &ldquo;no&rdquo;.</p><script>alert(1)</script></body></html>') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024, 'a') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=import-ok], [data-testid=import-error]').length >= 4);
  const problems = (await page.locator('[data-testid=import-error]').allTextContents()).join('\n');
  assert.match(problems, /“photo.png” was not added: it is not text/);
  assert.match(problems, /“huge.txt” was not added: it is too large/);
  assert.equal(await page.inputValue('[data-testid=paste-input]'), 'A draft I am still typing', 'nothing typed is lost');
  await waitForCount(page, '[data-testid=corpus-item]', 7);
  const ids = await page.locator('[data-testid=corpus-item]').evaluateAll((items) => items.map((i) => i.dataset.doc));
  assert.ok(ids.includes('notes') && ids.includes('story'), ids.join(','));
  await screenshot(page, 'articles-files');

  await page.goto(new URL('#/article/story', page.url()).href);
  const text = await page.textContent('[data-testid=reader-text]');
  assert.match(text, /An HTML story/);
  assert.ok(!text.includes('<p>') && !text.includes('alert(1)'), 'HTML reduced to its text');

  // Removing an example article, then resetting, brings the example corpus back.
  await page.goto(new URL('#/articles', page.url()).href);
  await page.click('[data-testid=corpus-item][data-doc^="000"] [data-testid=remove-article]');
  await page.click('[data-testid=reset-corpus]');
  await page.click('[data-testid=reset-confirm]');
  await waitForCount(page, '[data-testid=corpus-item]', 5);
  const after = await page.locator('[data-testid=corpus-item]').evaluateAll((items) => items.map((i) => i.dataset.doc));
  assert.equal(after.length, 5);
  assert.ok(after.every((id) => /^00\d_/.test(id)));
  await context.close();
});

test('a large paste is analysed in a worker while the page stays responsive; a huge one is refused', async () => {
  const seedDir = new URL('../../seeds/', import.meta.url);
  const seeds = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
  const build = (bytes) => {
    let text = 'A long compilation\n';
    for (let i = 0; text.length < bytes; i++) {
      text += seeds[i % 5].split('\n').map((p) => (p ? `${p} [${i}]` : p)).join('\n') + '\n';
    }
    return text.slice(0, bytes);
  };
  const { page, context, errors } = await openPage(browser, { hash: '#/articles' });
  await page.waitForSelector('[data-testid=paste-input]');
  const setBox = (text) => page.evaluate((t) => { document.querySelector('[data-testid=paste-input]').value = t; }, text);

  await setBox(build(1536 * 1024));
  await page.click('[data-testid=paste-add]');
  assert.match(await page.textContent('[data-testid=import-error]'), /pasted text was not added: it is too large/);

  await page.evaluate(() => {
    const NativeWorker = window.Worker;
    window.workersStarted = 0;
    window.Worker = function (...args) { window.workersStarted += 1; return new NativeWorker(...args); };
  });
  await setBox(build(400 * 1024));
  await page.click('[data-testid=paste-add]');
  await page.waitForSelector('[data-testid=busy]');
  const started = Date.now();
  await page.evaluate(() => document.title);
  assert.ok(Date.now() - started < 200, 'the page answers while the analysis runs');
  await page.waitForSelector('[data-testid=busy]', { state: 'detached', timeout: 20000 });
  await page.waitForSelector('[data-testid=corpus-item][data-doc="user-1"]');
  const ms = Number(await page.getAttribute('[data-testid=analysis-ms]', 'data-ms'));
  console.log(`analysis of the seeds plus a 400 KB article, in a worker: ${ms} ms`);
  assert.equal(await page.evaluate(() => window.workersStarted), 1, 'the analysis ran in a worker');
  await page.goto(new URL('#/article/user-1', page.url()).href);
  await page.waitForSelector('[data-testid=reader][data-doc="user-1"] [data-testid=reuse]');
  assert.deepEqual(errors, []);
  await context.close();
});
