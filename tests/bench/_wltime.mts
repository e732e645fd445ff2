// Temporary: create-ready timing, old build vs new build, alternating (not committed).
import { launchChromium } from '../support/browser.js'
import { PERMISSIVE_LIMITS, startServer } from '../support/server.js'
import { measureWebBudget } from './web-budget.js'
const oldServer = await startServer({ env: { ...PERMISSIVE_LIMITS, WEB_DIST: '/tmp/wlbefore/web/dist' } })
const newServer = await startServer({ env: PERMISSIVE_LIMITS })
const chromium = await launchChromium()
const res: Record<string, { cold: number[]; warm: number[] }> = { before: { cold: [], warm: [] }, after: { cold: [], warm: [] } }
for (let round = 0; round < 8; round++) {
  const pair = [['before', oldServer], ['after', newServer]] as const
  for (const [name, server] of round % 2 ? [...pair].reverse() : pair) {
    const r = await measureWebBudget({ runs: 3, baseUrl: server.url, browser: chromium.browser })
    res[name]!.cold.push(...r.createReadyCold.runs)
    res[name]!.warm.push(...r.createReadyWarm.runs)
  }
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1] }
for (const [k, v] of Object.entries(res)) console.log(k, 'cold median', med(v.cold), 'warm median', med(v.warm), 'n', v.cold.length)
await chromium.close(); await oldServer.stop(); await newServer.stop()
