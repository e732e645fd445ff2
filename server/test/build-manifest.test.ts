import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { APP_TESTS, buildTestApp, IN_MEMORY, writeWebDist } from './helpers/app.js'

const PATH = '/.well-known/hushlink-manifest.json'

describe('the build manifest at /.well-known/hushlink-manifest.json', APP_TESTS, () => {
  it('is served byte for byte as the build wrote it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hushlink-manifest-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const dist = writeWebDist(dir)
    mkdirSync(join(dist, '.well-known'))
    const bytes = '{"format":1,"version":"0.1.0","commit":"c","files":{}}\n'
    writeFileSync(join(dist, PATH), bytes)
    const { app } = await buildTestApp({ ...IN_MEMORY, WEB_DIST: dist })
    const res = await app.inject({ method: 'GET', url: PATH })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(res.body).toBe(bytes)
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('is 404 when the build has none', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const res = await app.inject({ method: 'GET', url: PATH })
    expect(res.statusCode).toBe(404)
    expect(res.json<{ error: { code: string } }>().error.code).toBe('not_found')
  })
})
