/**
 * Starts every build with no render records (src/lib/pages/render-records.ts),
 * so the build steps that read them see only this build's pages, whichever
 * step a kind of record serves.
 */
import type { AstroIntegration } from 'astro';
import { clearRenderRecords } from '../lib/pages/render-records.ts';

export function renderRecordsReset(): AstroIntegration {
  return { name: 'site:render-records', hooks: { 'astro:build:start': clearRenderRecords } };
}
