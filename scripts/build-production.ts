/**
 * The build to deploy: the same build as `npm run build`, but only for the
 * site's public https address. Without a real `SITE_ORIGIN` it stops at
 * once, before building anything, with one line saying how to set it.
 *
 *   SITE_ORIGIN=https://example.org node scripts/build-production.ts
 */
import { productionOriginProblem } from '../src/lib/host/production-origin.ts';

const problem = productionOriginProblem(process.env.SITE_ORIGIN);
if (problem) {
  console.error(`The production build stopped: ${problem}`);
  process.exitCode = 1;
} else {
  // Loaded only now, so a refused build starts nothing.
  await import('./build.ts');
}
