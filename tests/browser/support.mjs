// Shared set-up for the widget's browser tests: launch headless Chromium via
// playwright-core (never `playwright install`), open the built widget, record
// every request so tests can prove nothing leaves 127.0.0.1, and save
// screenshots to $SCREENSHOT_DIR.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const BASE_URL = process.env.WIRELENS_URL || 'http://127.0.0.1:8181/';
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || 'target/screenshots';

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
}

/** A fresh page (own storage) with request and console-error recording. */
export async function openPage(browser, { width = 1280, height = 900, colorScheme = 'light', hash = '' } = {}) {
  const opened = await recordedPage(browser, { width, height, colorScheme });
  await opened.page.goto(new URL(hash, BASE_URL).href);
  await opened.page.waitForSelector('[data-testid=app]');
  return opened;
}

/** Where the example host page wants the widget's tags. */
const HOST_MARKER = "<!-- wirelens: the <link> and <script> tags of dist/index.html's <head> go here -->";

/**
 * The example host page, examples/host.html, opened as a site would serve it:
 * the widget's tags from the built index.html's <head> put in at its marker,
 * served as BASE_URL/host.html by the test itself (nothing is written into
 * dist/). `edit(html)` may change the page first (another corpus, start view).
 */
export async function openHostPage(browser, { edit = (html) => html, hash = '', width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const index = await (await fetch(BASE_URL)).text();
  const head = index.slice(index.indexOf('<head>'), index.indexOf('<body'));
  const tags = head.match(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*>|<script\b[\s\S]*?<\/script>/g) || [];
  if (!tags.some((t) => t.startsWith('<script'))) throw new Error('no <script> in the <head> of the built index.html');
  const template = readFileSync(new URL('../../examples/host.html', import.meta.url), 'utf8');
  if (!template.includes(HOST_MARKER)) throw new Error('examples/host.html lost its marker');
  const html = edit(template.replace(HOST_MARKER, tags.join('\n')));
  const url = new URL('host.html', BASE_URL).href;
  const opened = await recordedPage(browser, { width, height, colorScheme });
  await opened.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await opened.page.goto(url + hash);
  await opened.page.waitForSelector('[data-testid=app]');
  return opened;
}

async function recordedPage(browser, { width, height, colorScheme }) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, requests, errors };
}

/** Requests that went anywhere but the local server (blob:/data: URLs stay in the page). */
export function foreignRequests(requests) {
  const local = new URL(BASE_URL);
  return requests.filter((url) => {
    if (url.startsWith('blob:') || url.startsWith('data:')) return false;
    const u = new URL(url);
    return !(u.hostname === local.hostname && u.port === local.port);
  });
}

/** Save a full-page screenshot as $SCREENSHOT_DIR/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Go to a deep link inside the running page (a hash change, as a link would). */
export async function goHash(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

/** Wait until `selector` matches exactly `count` elements (the views update asynchronously). */
export async function waitForCount(page, selector, count) {
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [selector, count], { timeout: 10000 });
}

const AXE_SCRIPT = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

/**
 * axe-core's accessibility check of the page as it is now (every rule axe
 * runs by default: WCAG A/AA, colour contrast included, and best practices),
 * as one line per violation naming the rule and the first elements.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE_SCRIPT });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}: ${v.nodes.slice(0, 3)
    .map((n) => `${n.target.join(' ')} ${(n.failureSummary || '').split('\n').slice(1).join(' ').trim()}`)
    .join(' | ')}`);
}
