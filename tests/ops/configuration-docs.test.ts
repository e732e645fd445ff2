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

function exampleEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of read('.env.example').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    if (match?.[1] !== undefined) env[match[1]] = match[2] ?? ''
  }
  return env
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

  it('.env.example sets each, to values the server accepts and that are its defaults', () => {
    const env = exampleEnv()
    expect(Object.keys(env).sort()).toEqual(variables)
    expect(loadConfig(env)).toEqual(loadConfig({}))
  })
})
