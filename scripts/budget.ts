/**
 * Checks every page of the built site against the weight budget
 * (src/lib/checks/page-budget.ts), prints the heaviest page of each type, and
 * exits with status 1 when any page is over or needs a font or image.
 *
 *   npm run build && npm run budget
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/lib/checks/built-files.ts';
import { publicFiles } from '../src/lib/site-map.ts';
import { formatBudgetTable, PREVIEW_IMAGE_BUDGET, summariseByType } from '../src/lib/checks/page-budget.ts';
import { PREVIEW_DIRECTORY } from '../src/lib/pages/page-metadata.ts';
import { weighBuiltPages } from './lib/built-page-weights.ts';

const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build the site first with "npm run build".');
  process.exit(1);
}

const files = publicFiles(listFiles(dist));
const fontFiles = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file));
const weights = weighBuiltPages(dist, files);
console.log(`Page weight of ${weights.length} pages, gzip -9, in bytes:\n`);
console.log(formatBudgetTable(summariseByType(weights)));

const previews = files
  .filter((file) => file.startsWith(`${PREVIEW_DIRECTORY}/`))
  .map((file) => ({ file, bytes: statSync(join(dist, file)).size }))
  .sort((a, b) => b.bytes - a.bytes);
const previewBytes = previews.reduce((sum, { bytes }) => sum + bytes, 0);
console.log(
  `\nPreview images: ${previews.length}, ${previewBytes} B in all, largest ${previews[0]?.bytes ?? 0} B ` +
    `(${previews[0]?.file ?? 'none'}; ≤ ${PREVIEW_IMAGE_BUDGET} B each)`,
);

const problems = [
  ...previews
    .filter(({ bytes }) => bytes > PREVIEW_IMAGE_BUDGET)
    .map(({ file, bytes }) => `dist/${file}: ${bytes} B, over the ${PREVIEW_IMAGE_BUDGET} B budget of a preview image`),
  ...fontFiles.map((file) => `dist/${file}: web fonts are not allowed; the site uses the phone's own fonts`),
  ...weights.flatMap(({ path, problems: found }) => found.map((problem) => `${path}: ${problem}`)),
];
if (problems.length > 0) {
  console.error(`\nOver budget:\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nEvery page is within budget.');
}
