// The bundle-size limits of issue 15 as a quick check: `node bench/size-check.mjs [build]`
// (default .output/chrome-mv3, the production build) prints the popup's and the
// background's scripts gzipped and exits 1 when either is over its limit. With --guard it
// exits 1 only when either has grown past its ceiling (SIZE_CEILINGS, today's sizes while
// the limits are not met): that is what `npm test` runs. Sizes are not timings: they are the
// same on any machine.
import path from 'node:path';
import { SIZE_CEILINGS, SIZE_LIMITS, bundleSizes } from './lib/bundle.mjs';

const args = process.argv.slice(2);
const guard = args.includes('--guard');
const dir = path.resolve(
  args.find((arg) => !arg.startsWith('--')) ??
    path.join(import.meta.dirname, '../.output/chrome-mv3'),
);
const sizes = await bundleSizes(dir);
const rows = [
  ['popup scripts', sizes.popup, 'popupScriptsGzipKB'],
  ['background script', sizes.background, 'backgroundGzipKB'],
];
let failed = false;
for (const [what, part, key] of rows) {
  const files = part.scripts.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(2)}`).join(', ');
  const grown = part.scriptsGzipKB > SIZE_CEILINGS[key];
  const verdict = part.met ? 'ok' : grown ? 'OVER, and grown past its ceiling' : 'OVER';
  console.log(
    `${what}: ${part.scriptsGzipKB} KB gz (limit ${SIZE_LIMITS[key]} KB, ceiling ` +
      `${SIZE_CEILINGS[key]} KB) ${verdict} [${files}]`,
  );
  failed ||= guard ? grown : !part.met;
}
console.log(`popup stylesheets, apart: ${sizes.popup.styles.map((f) => f.file).join(', ')}`);
if (failed) {
  const what = guard ? 'grown past its ceiling' : 'over its limit';
  console.error(`bundle size ${what} in ${path.relative(process.cwd(), dir)}`);
  process.exitCode = 1;
}
