// Makes the app icons in public/ from the favicon's key, rasterised by Debian's Chromium: `node scripts/make-icons.mjs` (the PNGs are committed).
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// The favicon's key, drawn full-bleed (maskable: the key inside the central 80 % safe zone) and with rounded corners.
const key = '<circle cx="12" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/><path d="M18 16h10M24 16v5M28 16v4" stroke="#fff" stroke-width="3" fill="none"/>';
const svgs = {
  'icon-192.png': [192, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4e89"/>${key}</svg>`],
  'icon-512.png': [512, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4e89"/>${key}</svg>`],
  'icon-maskable-512.png': [512, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 40 40"><rect x="-4" y="-4" width="40" height="40" fill="#1d4e89"/>${key}</svg>`],
  'apple-touch-icon.png': [180, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 36 36"><rect x="-2" y="-2" width="36" height="36" fill="#1d4e89"/>${key}</svg>`],
};
for (const [name, [size, svg]] of Object.entries(svgs)) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  writeFileSync(`public/${name}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
