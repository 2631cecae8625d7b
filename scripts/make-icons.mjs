// Renders scripts/tend-icon.svg to the PNG sizes the extension manifest needs
// (16, 32, 48, 128). Browsers want raster icons, and keeping the SVG as the
// single source means the icon can be redrawn without a design tool.
// Uses playwright-core with Debian's Chromium so no extra image library or
// browser download is required. Run with: npm run icons
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconDir = fileURLToPath(new URL('../public/icon/', import.meta.url));
const svgPath = fileURLToPath(new URL('./tend-icon.svg', import.meta.url));
const sizes = [16, 32, 48, 128];

const svg = await readFile(svgPath, 'utf8');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  for (const size of sizes) {
    // Lay the SVG out at `size` CSS pixels with a 1:1 device scale so the
    // screenshot is exactly size×size pixels and the vector is rasterised at
    // the target resolution (sharper than downscaling a large bitmap).
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const html =
      '<!doctype html><html><head><style>' +
      'html,body{margin:0;padding:0;background:transparent;overflow:hidden}' +
      `svg{display:block;width:${size}px;height:${size}px}` +
      `</style></head><body>${svg}</body></html>`;
    await page.setContent(html);
    const outPath = `${iconDir}${size}.png`;
    await page.screenshot({
      path: outPath,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`wrote ${outPath} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
