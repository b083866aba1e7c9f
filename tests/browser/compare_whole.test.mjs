// Side by side with both articles whole (in columns, passages marked by
// kind, scroll kept in step, stacked at 320 px) and its intro's singular and
// plural English. Screenshots go to $SCREENSHOT_DIR.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, goHash } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the intro says passage or passages, never passage(s)', async () => {
  const { page, context, errors } = await openPage(browser, { hash: '#/compare/000/004' });
  await page.waitForSelector('[data-testid=compare-intro]');
  const one = await page.textContent('[data-testid=compare-intro]');
  assert.match(one, /^000 and 004 share 1 passage\. /);
  assert.match(one, /Of these, 1 is the same quote in both, which is not copying\./);
  await goHash(page, '#/compare/002/003');
  await page.waitForFunction(() => document.querySelector('[data-testid=compare-intro]')?.textContent.startsWith('002 and 003'));
  const many = await page.textContent('[data-testid=compare-intro]');
  assert.match(many, /^002 and 003 share \d+ passages\. /);
  assert.match(many, /Of these, \d+ are the same quote in both, which is not copying\./);
  assert.ok(!/\(s\)/.test(one + many));
  assert.deepEqual(errors, []);
  await context.close();
});

test('side by side shows both articles whole, marked by kind and scrolled in step', async () => {
  for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 320]]) {
    const { page, context, errors } = await openPage(browser, { hash: '#/compare/002/003', colorScheme, width, height: 800 });
    await page.waitForSelector('[data-testid=compare-whole-col]');
    const columns = page.locator('[data-testid=compare-whole-col]');
    assert.equal(await columns.count(), 2);
    // Both articles complete: every word of each text is in its column.
    const texts = await columns.allTextContents();
    for (const text of texts) assert.ok(text.length > 1500, `${text.length} characters`);
    // Every passage of the list is marked in both columns, with its kind.
    const listed = await page.locator('[data-testid=compare-passage]').count();
    for (const column of await columns.all()) {
      const numbers = new Set(await column.locator('mark[data-n]').evaluateAll((ms) => ms.map((m) => m.dataset.n)));
      assert.equal(numbers.size, listed);
    }
    const kinds = new Set(await page.locator('mark[data-n]').evaluateAll((ms) => ms.map((m) => m.dataset.kind)));
    assert.ok(kinds.has('copy') && kinds.has('quote'), [...kinds].join(' '));
    assert.match(await page.textContent('[data-testid=whole-legend]'), /copied reporting.*the same quote/);
    const boxes = await columns.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON()));
    if (width === 320) {
      assert.ok(boxes[1].top >= boxes[0].bottom - 1, 'stacked at 320 px');
      assert.ok(boxes.every((b) => b.right <= 320), 'no sideways overflow');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
    } else {
      assert.ok(Math.abs(boxes[1].top - boxes[0].top) < 2, 'two columns');
    }
    // Scrolling the left column to a passage brings the right one to the same passage.
    const middle = Math.floor(listed / 2);
    await page.locator('[data-testid=compare-whole-col] >> nth=0').evaluate((c, n) => {
      c.scrollTop = c.querySelector(`mark[data-n="${n}"]`).offsetTop - 10;
    }, middle);
    await page.waitForFunction(() => {
      const [a, b] = document.querySelectorAll('[data-testid=compare-whole-col]');
      const top = [...a.querySelectorAll('mark[data-n]')].find((m) => m.offsetTop + m.offsetHeight > a.scrollTop);
      const other = b.querySelector(`mark[data-n="${top.dataset.n}"]`);
      const atEnd = b.scrollTop >= b.scrollHeight - b.clientHeight - 1;
      return b.scrollTop > 0 && (atEnd || Math.abs((top.offsetTop - a.scrollTop) - (other.offsetTop - b.scrollTop)) < 4);
    }, null, { timeout: 5000 });
    await screenshot(page, `compare-whole-${colorScheme}-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
