/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { PARALLEL_BUILDS } from './tests/content/project-copy.ts';

export default getViteConfig({
  test: {
    // Every core: Vitest's default leaves one free, which on two cores runs one file at a time.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        // Builds a copy of the project with broken content, one kind of mistake at a time, a copy per core at once.
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 120_000,
          maxConcurrency: PARALLEL_BUILDS,
        },
      },
      {
        // Static checks of the built site; run after `astro build`.
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
