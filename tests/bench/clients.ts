/**
 * What people see of speed: a file's end-to-end round trip through the SDK
 * (issue 4: MB/s and the server's peak RSS) and the web client's budget
 * (its JavaScript and how soon the create page is usable in Chromium).
 */
import { chromiumAvailable } from '../support/browser.js'
import { measureFileRoundTrip, type FileRoundTrip } from './files.js'
import type { Target } from './report.js'
import { removeDir, scratchDir, startHushlink } from './targets.js'
import { BUDGET, measureWebBudget, type WebBudget } from './web-budget.js'

export interface ClientsResult {
  readonly file: FileRoundTrip
  /** Null without Chromium (apt-get install -y chromium). */
  readonly web: WebBudget | null
}

export async function measureClients(options: {
  readonly fileBytes: number
  readonly webRuns: number
}): Promise<ClientsResult> {
  const dataDir = scratchDir('clients')
  const target = await startHushlink(dataDir)
  try {
    const file = await measureFileRoundTrip({ server: target.server, bytes: options.fileBytes })
    const web = chromiumAvailable
      ? await measureWebBudget({ runs: options.webRuns, baseUrl: target.server.url })
      : null
    return { file, web }
  } finally {
    await target.stop()
    removeDir(dataDir)
  }
}

export function clientsLines({ file, web }: ClientsResult): string[] {
  const mib = (file.bytes / 2 ** 20).toFixed(0)
  return [
    `file of ${mib} MiB, encrypt → upload → claim → download → decrypt (Node SDK): ` +
      `${file.mbPerSecond} MB/s (create ${file.createSeconds} s, reveal ${file.revealSeconds} s), ` +
      `server RSS ${file.baselineRssMb} → peak ${file.peakRssMb} MiB (+${file.rssGrowthMb} MiB), ` +
      (file.intact ? 'bytes intact' : 'BYTES DIFFER'),
    web
      ? `web client: create page JS ${(web.createPageJsGzipBytes / 1024).toFixed(1)} KB gzip ` +
        `(reveal page ${(web.revealPageJsGzipBytes / 1024).toFixed(1)} KB, all app JS ` +
        `${(web.totalAppJsGzipBytes / 1024).toFixed(1)} KB) ` +
        `(libsodium ${(web.sodiumGzipBytes / 1024).toFixed(1)} KB, with Argon2 ` +
        `${(web.sodiumSumoGzipBytes / 1024).toFixed(1)} KB, fetched only for passphrases); ` +
        `create page usable in ${web.createReadyCold.median} ms cold, ` +
        `${web.createReadyWarm.median} ms warm (median of ${web.createReadyCold.runs.length})`
      : 'web client: skipped (no Chromium at /usr/bin/chromium)',
  ]
}

export function clientsTargets({ file, web }: ClientsResult): Target[] {
  const targets: Target[] = [
    {
      name: `server RSS growth, ${(file.bytes / 2 ** 20).toFixed(0)} MiB file`,
      goal: '< 64 MiB',
      measured: `${file.rssGrowthMb} MiB`,
      met: file.intact && file.rssGrowthMb < 64,
    },
  ]
  if (web) {
    targets.push(
      {
        name: 'web create page JavaScript, gzip',
        goal: `≤ ${BUDGET.createPageJsGzipBytes / 1024} KB`,
        measured: `${(web.createPageJsGzipBytes / 1024).toFixed(1)} KB`,
        met: web.createPageJsGzipBytes <= BUDGET.createPageJsGzipBytes,
      },
      {
        name: 'create page usable, cold (median)',
        goal: `≤ ${BUDGET.createReadyMs} ms`,
        measured: `${web.createReadyCold.median} ms`,
        met: web.createReadyCold.median <= BUDGET.createReadyMs,
      },
    )
  }
  return targets
}
