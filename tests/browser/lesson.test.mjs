// The guided lesson on the seeds, by keyboard only (every step, Next and
// Back, the deep link of each step, focus on each step's heading, the step counter), the
// printed handout (PDF and a print-media screenshot: every step, the teacher
// page after a page break, no nav or buttons). Screenshots go to $SCREENSHOT_DIR.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, screenshot, goHash, SCREENSHOT_DIR } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const focused = (page) => page.evaluate(() => ({
  testid: document.activeElement?.dataset?.testid || '',
  tag: document.activeElement?.tagName || '',
  text: document.activeElement?.textContent || '',
}));

/** Press Tab until the element with this data-testid has focus. */
async function tabTo(page, testid) {
  for (let i = 0; i < 80; i++) {
    if ((await focused(page)).testid === testid) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testid}`);
}

test('the lesson is walked by keyboard: every step, Next, Back, deep links', async () => {
  const { page, context, errors, } = await openPage(browser, { hash: '#/overview' });
  await page.waitForSelector('[data-testid=overview]');
  // Reach the Lesson tab from the top of the page with Tab only, open it with Enter.
  await tabTo(page, 'tab-lesson');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=lesson-title]');
  assert.match(page.url(), /#\/lesson$/);
  // The step counter; a screen reader hears each step's heading, which takes focus.
  const counter = page.locator('[data-testid=lesson-counter]');
  const total = Number((await counter.textContent()).match(/^Step 1 of (\d+)$/)[1]);
  assert.equal(total, 6, 'the seeds give six steps');
  assert.equal(await page.locator('[data-testid=lesson-back]').isDisabled(), true);

  const titles = [];
  for (let n = 1; n <= total; n++) {
    await page.waitForFunction((n) => document.querySelector('[data-testid=lesson-counter]').textContent.startsWith(`Step ${n} of`), n);
    const title = await page.textContent('[data-testid=lesson-title]');
    assert.ok(title.startsWith(`${n}. `), title);
    titles.push(title);
    // Each step: its finding's words marked in place (or side by side), and a question.
    const marks = await page.locator('[data-testid=lesson-step] mark, [data-testid=lesson-step] .wl-columns').count();
    assert.ok(marks > 0, `step ${n} marks nothing`);
    assert.match(await page.textContent('[data-testid=lesson-step] [data-testid=lesson-question]'), /^Question for the class: .+\?$/);
    if (n > 1) {
      // Focus moved to the step heading on the change.
      await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'lesson-title');
    }
    await screenshot(page, `lesson-step-${n}`);
    if (n < total) {
      await tabTo(page, 'lesson-next');
      assert.equal((await focused(page)).tag, 'BUTTON');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => location.hash === `#/lesson/${n}`, n + 1);
    }
  }
  assert.equal(new Set(titles).size, total, 'every step is different');
  assert.equal(await page.locator('[data-testid=lesson-next]').isDisabled(), true);
  // Back, by keyboard, to the step before.
  await tabTo(page, 'lesson-back');
  await page.keyboard.press('Space');
  await page.waitForFunction((n) => location.hash === `#/lesson/${n}`, total - 1);
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'lesson-title');
  assert.equal(await page.textContent('[data-testid=lesson-title]'), titles[total - 2]);
  assert.equal(await counter.textContent(), `Step ${total - 1} of ${total}`);

  // The seeds' findings: one statement in two translations.
  const wordings = titles.findIndex((t) => t.includes('two wordings'));
  assert.ok(wordings >= 0, titles.join(' | '));
  await goHash(page, `#/lesson/${wordings + 1}`);
  await page.waitForFunction((t) => document.querySelector('[data-testid=lesson-title]')?.textContent === t, titles[wordings]);
  const quoted = await page.locator('[data-testid=lesson-step] mark').allTextContents();
  assert.ok(quoted.some((q) => q.includes('quagmire')) && quoted.some((q) => q.includes('whirlpool')), quoted.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();

  // A deep link opens its step; a step past the end shows the last one.
  for (let n = 1; n <= total; n++) {
    const opened = await openPage(browser, { hash: `#/lesson/${n}` });
    await opened.page.waitForSelector('[data-testid=lesson-title]');
    assert.equal(await opened.page.textContent('[data-testid=lesson-title]'), titles[n - 1]);
    assert.equal(await opened.page.textContent('[data-testid=lesson-counter]'), `Step ${n} of ${total}`);
    assert.match(await opened.page.title(), new RegExp(`^Lesson, step ${n} — wirelens$`));
    await opened.context.close();
  }
  const past = await openPage(browser, { hash: '#/lesson/99' });
  await past.page.waitForSelector('[data-testid=lesson-title]');
  assert.equal(await past.page.textContent('[data-testid=lesson-title]'), titles[total - 1]);
  await past.context.close();
});

test('the provenance step: AFP credited in 001, carried uncredited by 002 and 003, no agency for "whirlpool"', async () => {
  for (const [colorScheme, width] of [['light', 1280], ['light', 380], ['dark', 1280]]) {
    const { page, context, errors } = await openPage(browser, { hash: '#/lesson', colorScheme, width, height: 900 });
    await page.waitForSelector('[data-testid=lesson-title]');
    const total = Number((await page.textContent('[data-testid=lesson-counter]')).match(/of (\d+)$/)[1]);
    assert.equal(total, 6, 'the seeds give six steps');
    // Walk to the step by keyboard only: Next until its title shows.
    let title = await page.textContent('[data-testid=lesson-title]');
    for (let n = 1; !title.includes('credits its source'); n++) {
      assert.ok(n < total, 'no provenance step');
      await tabTo(page, 'lesson-next');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.activeElement?.dataset?.testid === 'lesson-title'
        && document.activeElement.textContent.startsWith(`${n}. `), n + 1);
      title = await page.textContent('[data-testid=lesson-title]');
    }
    const step = page.locator('[data-testid=lesson-step]');
    const text = await step.textContent();
    assert.match(text, /The marked words are credited to AFP in 001 \(the credit is boxed\)/);
    assert.match(text, /002 and 003 print the same words with no credit to AFP/);
    assert.ok(!/whirlpool/i.test(text), 'the other translation is claimed for no agency');
    // The credited excerpt first (001), its words and the credit marked; then 002 and 003.
    const captions = await step.locator('[data-testid=lesson-excerpt] figcaption').allTextContents();
    assert.deepEqual(captions.map((c) => c.trim().slice(0, 3)), ['001', '002', '003']);
    const first = step.locator('[data-testid=lesson-excerpt] >> nth=0');
    assert.match(await first.locator('mark.wl-lesson-credit').textContent(), /AFP/);
    assert.ok((await first.locator('mark').allTextContents()).some((m) => m.includes('quagmire')));
    for (const n of [1, 2]) {
      const marks = await step.locator(`[data-testid=lesson-excerpt] >> nth=${n}`).locator('mark').allTextContents();
      assert.ok(marks.some((m) => m.includes('quagmire')), marks.join(' | '));
      assert.equal(await step.locator(`[data-testid=lesson-excerpt] >> nth=${n}`).locator('mark.wl-lesson-credit').count(), 0);
    }
    // The answer is on the teacher page only, and names no agency for "whirlpool".
    const teacher = await page.textContent('[data-testid=teacher-page]');
    assert.match(teacher, /Likely from AFP: credited in 001, uncredited in 002 and 003\./);
    assert.ok(!text.includes('Likely from AFP'));
    assert.ok(!/whirlpool/i.test(teacher));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways overflow');
    await screenshot(page, `lesson-credits-${colorScheme}-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the handout prints every step, then the answers on a page of their own', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, errors } = await openPage(browser, { hash: '#/lesson/2', colorScheme });
    await page.waitForSelector('[data-testid=lesson-title]');
    const total = Number((await page.textContent('[data-testid=lesson-counter]')).match(/of (\d+)/)[1]);
    // The button calls window.print(); the test records the call.
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
    await page.click('[data-testid=lesson-print]');
    assert.equal(await page.evaluate(() => window.__printed), 1);
    // On screen the handout is hidden; in print only the handout shows.
    assert.equal(await page.locator('[data-testid=handout]').isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-testid=handout]').isVisible(), true);
    for (const hidden of ['.wl-tabs', '[data-testid=lesson-next]', '[data-testid=lesson-print]', '.wl-footer', '[data-testid=export-json]']) {
      assert.equal(await page.locator(hidden).isVisible(), false, hidden);
    }
    const handout = page.locator('[data-testid=handout]');
    assert.equal(await handout.locator('.wl-handout-step').count(), total);
    assert.equal(await handout.locator('.wl-handout-step [data-testid=lesson-question]').count(), total);
    assert.equal(await handout.locator('[data-testid=teacher-page] h3').count(), total);
    assert.equal(await handout.locator('[data-testid=teacher-page]').evaluate((e) => getComputedStyle(e).breakBefore), 'page');
    // Printed in light colours whatever the screen's scheme.
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.wl-app')).color), 'rgb(27, 31, 36)');
    await screenshot(page, `lesson-handout-print-${colorScheme}`);
    if (colorScheme === 'light') {
      // page.pdf() prints with the print stylesheet (screen media would print the screen).
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const pdf = await page.pdf({ path: path.join(SCREENSHOT_DIR, 'lesson-handout.pdf'), format: 'A4', printBackground: true });
      // A PDF of several pages: the steps, then the teacher page.
      const pages = Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
      assert.ok(pages >= 3, `${pages} pages`);
    }
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('[data-testid=handout]').isVisible(), false);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
