/**
 * Issue 8: the container image. No container engine runs on our machines (no
 * registry to pull node:20 from, no runtime for a daemonless builder), so this
 * checks what the Dockerfile assumes: every file it copies is in the build
 * context, its build runs the same commands as CI, and the runtime stage's
 * start command works from the production install scripts/deploy-server.sh
 * makes, run here into a temporary directory.
 */
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, REPO_ROOT, startNodeProcess, type RunningServer } from '../support/server.js'

interface Instruction {
  readonly keyword: string
  readonly args: string
}

/** Instructions per stage, continuation lines joined and comments dropped. */
function parseDockerfile(text: string): Instruction[][] {
  const stages: Instruction[][] = []
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  for (const line of logical) {
    const [keyword = '', ...rest] = line.split(/\s+/)
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    if (instruction.keyword === 'FROM') stages.push([])
    stages.at(-1)?.push(instruction)
  }
  return stages
}

/** .dockerignore patterns as the builder reads them: `**` spans directories, `!` re-includes. */
function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!')
      const pattern = include ? line.slice(1) : line
      const source = pattern
        .split('/')
        .map((part) =>
          part === '**'
            ? '.*'
            : part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/')
        .replace(/^\.\*\//, '(?:.*/)?')
      return { include, re: new RegExp(`^${source}(?:/.*)?$`) }
    })
  return (path) => {
    let excluded = false
    for (const rule of rules) if (rule.re.test(path)) excluded = !rule.include
    return excluded
  }
}

function of(stage: readonly Instruction[], keyword: string): Instruction[] {
  return stage.filter((i) => i.keyword === keyword)
}

/** Bytes under a directory; symbolic links (pnpm's layout is full of them) count as nothing. */
function sizeOf(path: string): number {
  const stat = lstatSync(path)
  if (stat.isSymbolicLink()) return 0
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8')
const [build = [], runtime = [], ...extra] = parseDockerfile(dockerfile)
const ignored = dockerignore(readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8'))
const PNPM = 'npx --yes pnpm@10.34.8'

describe('Dockerfile', () => {
  it('has a build stage and a Node 20 runtime stage', () => {
    expect(extra).toEqual([])
    expect(of(build, 'FROM')[0]?.args).toMatch(/^node:20-\S+ AS build$/)
    expect(of(runtime, 'FROM')[0]?.args).toMatch(/^node:20-\S+$/)
  })

  it('copies only what exists in the build context, and the context has what the build reads', () => {
    for (const copy of [...of(build, 'COPY'), ...of(runtime, 'COPY')]) {
      const words = copy.args.split(/\s+/).filter((w) => !w.startsWith('--'))
      if (copy.args.includes('--from=')) continue
      for (const source of words.slice(0, -1)) {
        expect(existsSync(join(REPO_ROOT, source)), `COPY ${source}`).toBe(true)
      }
    }
    const tracked = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((path) => path !== '' && existsSync(join(REPO_ROOT, path)))
    expect(tracked.filter(ignored)).toEqual([])
    for (const needed of [
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      '.npmrc',
      'scripts/deploy-server.sh',
    ]) {
      expect(tracked).toContain(needed)
    }
    // Local installs, builds and databases stay out of the image.
    for (const local of [
      'node_modules/x',
      'server/node_modules/x',
      'server/dist/main.js',
      'server/tsconfig.tsbuildinfo',
      'data/hushlink.db',
      'backup.db',
      '.env',
      '.git/HEAD',
    ]) {
      expect(ignored(local), local).toBe(true)
    }
    expect(ignored('.env.example')).toBe(false)
  })

  it('builds with the commands CI runs', () => {
    const ci = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8')
    expect(ci).toContain(`${PNPM} install`)
    expect(ci).toContain(`${PNPM} test`)
    const rootScripts = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>
      }
    ).scripts
    expect(rootScripts.test).toMatch(/\bpnpm build\b/)

    const run = of(build, 'RUN')
      .map((i) => i.args)
      .join(' && ')
    // CI installs with CI=true, where pnpm's install is --frozen-lockfile too.
    expect(run).toContain(`${PNPM} install --frozen-lockfile`)
    expect(run).toContain(`${PNPM} build`)
    expect(run).toContain('sh scripts/deploy-server.sh /app')
  })

  it('runs as a non-root user on a /data volume, listening on all interfaces, with a health check', () => {
    const env = of(runtime, 'ENV')
      .map((i) => i.args)
      .join(' ')
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/)
    expect(env).toMatch(/\bDATABASE_URL=sqlite:\/data\/\S+/)
    expect(env).toMatch(/\bWEB_DIST=\/app\/web\b/)
    expect(env).toMatch(/\bNODE_ENV=production\b/)
    expect(of(runtime, 'WORKDIR')[0]?.args).toBe('/app')
    expect(of(runtime, 'COPY')[0]?.args).toBe('--from=build /app /app')
    expect(of(runtime, 'USER')[0]?.args).toBe('node')
    expect(of(runtime, 'VOLUME')[0]?.args).toBe('["/data"]')
    expect(of(runtime, 'STOPSIGNAL')[0]?.args).toBe('SIGTERM')
    expect(of(runtime, 'HEALTHCHECK')[0]?.args).toMatch(/CMD .*\/health/)
    expect(of(runtime, 'CMD')[0]?.args).toBe('["node", "dist/main.js"]')
    expect(
      of(runtime, 'RUN')
        .map((i) => i.args)
        .join(' '),
    ).toContain('ln -s /app/dist/admin/main.js /usr/local/bin/hushlink-admin')
  })
})

describe('the runtime stage, from a production install in a temp dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-image-'))
  const app = join(dir, 'app')
  let server: RunningServer | undefined
  afterAll(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('starts with the image environment and serves /health, /ready, the page and the admin tool', async () => {
    // Not --offline: a lockfile install caches no registry metadata, so on a fresh machine
    // `pnpm deploy --offline` cannot resolve and fails.
    execFileSync('sh', ['scripts/deploy-server.sh', app, '--prefer-offline'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    })
    // Production dependencies only, and nothing from the workspace's sources.
    const deps = readdirSync(join(app, 'node_modules', '.pnpm'))
    for (const dev of ['typescript', 'vitest', '@types+node', 'tsx', 'eslint']) {
      expect(deps.filter((d) => d.startsWith(`${dev}@`))).toEqual([])
    }
    expect(existsSync(join(app, 'src'))).toBe(false)

    const port = await freePort()
    const data = join(dir, 'data')
    const env = {
      NODE_ENV: 'production',
      // The image listens on 0.0.0.0; tests only ever use the loopback address.
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(data, 'hushlink.db')}`,
      WEB_DIST: join(app, 'web'),
    }
    server = await startNodeProcess({
      args: [join(app, 'dist', 'main.js')],
      env,
      dataDir: data,
      port,
    })

    const health = await fetch(`${server.url}/health`)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${server.url}/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
    const page = await fetch(`${server.url}/`)
    expect(page.status).toBe(200)
    // The built page, with the instance's limits embedded and its stylesheet inlined.
    const served = await page.text()
    const built = readFileSync(join(REPO_ROOT, 'web', 'dist', 'index.html'), 'utf8')
    const entry = /<script type="module"[^>]*><\/script>/.exec(built)?.[0]
    expect(entry).toBeDefined()
    expect(served).toContain(entry)
    expect(served).toContain('<script type="application/json" id="instance-config">')
    const asset = readdirSync(join(app, 'web', 'assets')).find((name) => name.endsWith('.js'))
    expect((await fetch(`${server.url}/assets/${asset ?? 'missing.js'}`)).status).toBe(200)

    // The operator tool as the image's hushlink-admin link runs it: executable, with a shebang.
    const stats = execFileSync(join(app, 'dist', 'admin', 'main.js'), ['stats', '--json'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: env.DATABASE_URL },
      encoding: 'utf8',
    })
    expect(JSON.parse(stats)).toMatchObject({ secrets: { active: 0 } })

    await server.stop()
    expect(server.process.exitCode).toBe(0)

    const sizes = {
      total: sizeOf(app),
      node_modules: sizeOf(join(app, 'node_modules')),
      'better-sqlite3': sizeOf(realpathSync(join(app, 'node_modules', 'better-sqlite3'))),
      web: sizeOf(join(app, 'web')),
      dist: sizeOf(join(app, 'dist')),
    }
    console.log(
      `deploy dir (${relative(dir, app)}): ${Object.entries(sizes)
        .map(([name, bytes]) => `${name} ${mib(bytes)}`)
        .join(', ')}`,
    )
    // The install stays small: well under what a dev install (hundreds of MiB) takes.
    expect(sizes.total).toBeLessThan(80 * 1024 * 1024)
  }, 180_000)
})
