// Shared set-up for the widget's browser tests: launch headless Chromium via
// playwright-core (never `playwright install`), open the built widget, record
// every request so tests can prove nothing leaves 127.0.0.1, and save
// screenshots to $SCREENSHOT_DIR.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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
  await page.goto(new URL(hash, BASE_URL).href);
  await page.waitForSelector('[data-testid=app]');
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
