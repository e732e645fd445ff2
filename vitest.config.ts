import { configDefaults, defineConfig } from 'vitest/config'

/** Workspace packages resolve to their TypeScript sources in tests (the "@hushlink/source" condition). */
// No `import`: Vitest hands these to Node, and a CommonJS package (pg) would then
// `require` the ESM build of another (pg-pool) and fail to load.
const conditions = ['@hushlink/source', 'module', 'node', 'default']

/**
 * End-to-end files that measure how fast a loaded server answers or shuts down
 * (a few seconds' margin): they run one at a time, after everything else, with
 * the machine to themselves.
 */
const ALONE = ['tests/fault/slow-clients.test.ts', 'tests/ops/shutdown.test.ts']

/** Servers, CLIs and browsers in child processes: generous limits on a busy 2-core machine. */
const END_TO_END = { testTimeout: 120_000, hookTimeout: 120_000 } as const

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    // Vitest's default is one worker per core less one: a single worker on CI's 2 cores.
    // Two workers for every file but ALONE: end-to-end files spend much of their time
    // waiting on their servers, browsers and throttled links, and overlap well.
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
          exclude: [...configDefaults.exclude, ...ALONE],
          ...END_TO_END,
          // One Chromium for the run; browser files connect to it (tests/support/browser.ts).
          globalSetup: ['tests/support/browser-server.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'tests-alone', include: ALONE, fileParallelism: false, ...END_TO_END },
      },
    ],
  },
})
