/**
 * Issue 8: docs/configuration.md and .env.example describe every variable the
 * server reads, and the example is a configuration the server accepts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '@hushlink/server'
import { REPO_ROOT } from '../support/server.js'

const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8')

/** Every name config.ts reads: `read('NAME')` and `int('NAME', …)` calls. */
function variablesRead(): string[] {
  const source = read('server/src/config.ts')
  const names = [...source.matchAll(/\b(?:read|int)\('([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1] ?? '')
  return [...new Set(names)].sort()
}

/** The variables `.env.example` sets, and those it lists commented out (unset). */
function exampleEnv(): { set: Record<string, string>; listed: string[] } {
  const set: Record<string, string> = {}
  const listed: string[] = []
  for (const line of read('.env.example').split('\n')) {
    const match = /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    if (match?.[2] === undefined) continue
    listed.push(match[2])
    if (match[1] === undefined) set[match[2]] = match[3] ?? ''
  }
  return { set, listed }
}

describe('configuration documentation', () => {
  const variables = variablesRead()

  it('finds the variables config.ts reads', () => {
    expect(variables).toContain('DATABASE_URL')
    expect(variables).toContain('METRICS_TOKEN')
    expect(variables.length).toBeGreaterThanOrEqual(19)
  })

  it('docs/configuration.md has a table row for each', () => {
    const doc = read('docs/configuration.md')
    const missing = variables.filter((name) => !new RegExp(`^\\| \`${name}\` +\\|`, 'm').test(doc))
    expect(missing).toEqual([])
  })

  it('.env.example lists each, setting values the server accepts and that are its defaults', () => {
    const { set, listed } = exampleEnv()
    expect(listed.sort()).toEqual(variables)
    expect(loadConfig(set)).toEqual(loadConfig({}))
  })

  it('.env.example is safe as the systemd EnvironmentFile of deploy.md: the unit keeps its paths', () => {
    // EnvironmentFile= is read after Environment=: whatever the file sets wins.
    const unit = {
      DATABASE_URL: 'sqlite:/var/lib/hushlink/hushlink.db',
      WEB_DIST: '/opt/hushlink/web',
    }
    const { set } = exampleEnv()
    expect(Object.values(set)).not.toContain('')
    const config = loadConfig({ ...unit, ...set })
    expect(config.database).toMatchObject({ kind: 'sqlite', path: '/var/lib/hushlink/hushlink.db' })
    expect(config.webDist).toBe('/opt/hushlink/web')
    expect(read('docs/deploy.md')).toContain(`Environment=DATABASE_URL=${unit.DATABASE_URL}`)
  })
})
