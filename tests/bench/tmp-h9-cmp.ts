import { launchChromium } from '../support/browser.js'
import { startServer, PERMISSIVE_LIMITS } from '../support/server.js'
const a = await startServer({ env: PERMISSIVE_LIMITS })
const b = await startServer({ env: { ...PERMISSIVE_LIMITS, WEB_DIST: '/tmp/h9/dist-nosodium' } })
const c = await launchChromium()
const once = async (url: string) => {
  const ctx = await c.browser.newContext()
  const page = await ctx.newPage()
  await page.goto(url + '/')
  const h = await page.waitForFunction(
    () => performance.getEntriesByName('hushlink:create-ready')[0]?.startTime,
  )
  const v = Math.round((await h.jsonValue()) as number)
  await ctx.close()
  return v
}
const ra: number[] = [],
  rb: number[] = []
await once(a.url)
await once(b.url)
for (let i = 0; i < 8; i++) {
  ra.push(await once(a.url))
  rb.push(await once(b.url))
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1]
console.log('with sodium preload', med(ra), ra.join(' '))
console.log('without', med(rb), rb.join(' '))
await c.close()
await a.stop()
await b.stop()
