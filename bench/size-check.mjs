// The bundle-size limits of issue 15 as a quick check: `node bench/size-check.mjs [build]`
// (default .output/chrome-mv3, the production build) prints the popup's and the
// background's scripts gzipped and exits 1 when either is over its limit. Sizes are not
// timings: they are the same on any machine, so this may run in `npm test`.
import path from 'node:path';
import { SIZE_LIMITS, bundleSizes } from './lib/bundle.mjs';

const dir = path.resolve(
  process.argv[2] ?? path.join(import.meta.dirname, '../.output/chrome-mv3'),
);
const sizes = await bundleSizes(dir);
const rows = [
  ['popup scripts', sizes.popup, SIZE_LIMITS.popupScriptsGzipKB],
  ['background script', sizes.background, SIZE_LIMITS.backgroundGzipKB],
];
for (const [what, part, limit] of rows) {
  const files = part.scripts.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(2)}`).join(', ');
  const verdict = part.met ? 'ok' : 'OVER';
  console.log(`${what}: ${part.scriptsGzipKB} KB gz (limit ${limit} KB) ${verdict} [${files}]`);
}
console.log(`popup stylesheets, apart: ${sizes.popup.styles.map((f) => f.file).join(', ')}`);
if (!sizes.popup.met || !sizes.background.met) {
  console.error(`bundle size over its limit in ${path.relative(process.cwd(), dir)}`);
  process.exitCode = 1;
}
