// node scripts/measure-slow-3g.mjs [base URL] [path] (against a running `npm start`): when a lesson's text is on screen
// in Chromium at 360 px under Chrome's "Slow 3G" preset (2,000 ms round trip, 400 kbit/s down and up) with the CPU
// slowed 4×, on a first visit (empty cache) and a repeat visit (same browser profile), and what crossed the wire.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const path = process.argv[3] ?? '/modules/hearing-the-child/lessons/1';
const RUNS = Number(process.env.RUNS ?? 3);
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

/** Notes, on the frame before it is painted, when the lesson's first paragraph is in the page. */
function watchForText() {
  const check = () => {
    const paragraph = document.querySelector('.lesson__body p');
    if (paragraph && paragraph.getBoundingClientRect().height > 0) window.__textAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function visit(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const types = new Map();
  const bytes = { script: 0, document: 0, stylesheet: 0, fetch: 0, other: 0, requests: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type.toLowerCase()));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const type = types.get(requestId) ?? 'other';
    bytes[type in bytes ? type : 'other'] += encodedDataLength;
    bytes.requests += 1;
  });
  await page.addInitScript(watchForText);
  await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__textAt !== undefined, undefined, { timeout: 120_000, polling: 100 });
  const textAt = await page.evaluate(() => window.__textAt);
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
  await page.close();
  return { textAt, bytes };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`${base}${path}, Slow 3G + 4× CPU, 360 × 640, ${RUNS} runs\n`);
  console.log('| visit | text on screen | requests | JS | HTML | CSS | API |\n|---|---|---|---|---|---|---|');
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'fr-FR', isMobile: true, hasTouch: true });
    for (const label of ['first', 'repeat']) {
      const { textAt, bytes } = await visit(context);
      console.log(`| ${label} | ${(textAt / 1000).toFixed(2)} s | ${bytes.requests} | ${kb(bytes.script)} | ${kb(bytes.document)} | ${kb(bytes.stylesheet)} | ${kb(bytes.fetch)} |`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
