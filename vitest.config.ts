import { defineConfig } from 'vitest/config'

/** Workspace packages resolve to their TypeScript sources in tests (the "@hushlink/source" condition). */
// No `import`: Vitest hands these to Node, and a CommonJS package (pg) would then
// `require` the ESM build of another (pg-pool) and fail to load.
const conditions = ['@hushlink/source', 'module', 'node', 'default']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    // Vitest's default is one worker per core less one: a single worker on CI's 2 cores. The
    // unit projects share two; the end-to-end files still run one at a time (below).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: ['shared/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'server', include: ['server/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'web', include: ['web/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['cli/test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['tests/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One Chromium for the run; browser files connect to it (tests/support/browser.ts).
          globalSetup: ['tests/support/browser-server.ts'],
        },
      },
    ],
  },
})
