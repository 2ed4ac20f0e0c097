/**
 * The build to deploy: the same build as `npm run build`, but only for the
 * site's public https address and with an editors' address that reaches
 * someone. Without a real `SITE_ORIGIN`, or with the reserved address
 * content/reports.yaml ships with, it stops at once, before building
 * anything, with one line saying what to set.
 *
 *   SITE_ORIGIN=https://example.org node scripts/build-production.ts
 */
import { productionOriginProblem, productionReportProblem } from '../src/lib/host/production-origin.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { readContentFile, YAML_FILES } from '../src/loaders/content-files.ts';

/** Why the editors' address for readers' reports cannot be deployed, or a mistake in its file. */
function reportProblem(): string | undefined {
  try {
    return productionReportProblem(readContentFile(process.cwd(), 'reports').email, YAML_FILES.reports.file);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message;
  }
}

const problem = productionOriginProblem(process.env.SITE_ORIGIN) ?? reportProblem();
if (problem) {
  console.error(`The production build stopped: ${problem}`);
  process.exitCode = 1;
} else {
  // Loaded only now, so a refused build starts nothing.
  await import('./build.ts');
}
