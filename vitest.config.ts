/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        // Builds a copy of the project with broken content, one kind of mistake at a time.
        extends: true,
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // Static checks of the built site; run after `astro build`.
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
