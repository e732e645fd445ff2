import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { BUILD_MANIFEST_PATH, fingerprintOf, parseBuildManifest } from '@hushlink/shared'
import { parseCommandLine } from '../args.js'
import { HELP_OPTION, type Command } from '../command.js'
import { CliError, EXIT, EXIT_CODES_HELP, usageError } from '../exit.js'
import { NETWORK_HELP, NETWORK_OPTIONS, parseTimeout, serverBase } from '../server.js'
import { escapeForTerminal } from '../terminal-text.js'
import { builtPageOf } from '../verify/page.js'
import { compareWithManifest, describeDifference } from '../verify/compare.js'
import { crawlInstance } from '../verify/crawl.js'
import { buildManifestLocally } from '../verify/local-build.js'

const HELP = `Usage: hushlink verify [options] INSTANCE_URL

Checks that an instance serves exactly the web client of a known build: it
loads the page as a browser does, follows everything the page loads (scripts,
module imports, preloads, styles, icons) in every encoding, and compares each
file's SHA-256 and Content-Type with a build manifest. Any difference, any
file the manifest does not list, any other origin or inline script is
reported and the exit status is 9.

The manifest to trust:
      --manifest FILE      a manifest you trust (a release's
                           hushlink-manifest.json, or web/dist/.well-known/
                           hushlink-manifest.json of your own build)
      --build              build the web client from this source checkout
                           now and use its manifest (the build is
                           reproducible: same commit, same bytes)
  Without either, the instance's own published manifest is used: that only
  shows the instance is consistent with what it publishes; compare the
  printed fingerprint with one you trust (e.g. on the About page of a build
  you made).

What it cannot prove: it sees what the instance sends to this machine now.
A server can send a modified page to one chosen visitor, or only later.

Options:
${NETWORK_HELP}
  -h, --help               show this help

Examples:
  hushlink verify --build https://secrets.example.com
  hushlink verify --manifest hushlink-manifest.json https://secrets.example.com

${EXIT_CODES_HELP}
`

const OPTIONS = {
  ...HELP_OPTION,
  ...NETWORK_OPTIONS,
  manifest: { type: 'string' },
  build: { type: 'boolean' },
} as const

export const verify: Command = {
  name: 'verify',
  summary: "check that an instance serves exactly a known build's web client",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, OPTIONS)
    if (values.help) return io.stdout.write(HELP)
    if (positionals.length !== 1) throw usageError('give one instance URL (see --help)')
    if (values.manifest !== undefined && values.build) {
      throw usageError('give --manifest or --build, not both')
    }
    const base = serverBase(positionals[0], io.env)
    const timeoutMs = parseTimeout(values.timeout) * 1000
    const show = (s: string): string => escapeForTerminal(s).text

    const published = await fetchPublished(base, timeoutMs)
    let source: string
    let text: string
    if (values.manifest !== undefined) {
      source = values.manifest
      text = readManifestFile(values.manifest)
    } else if (values.build) {
      await io.stderr.write('Building the web client from this checkout…\n')
      source = 'a local build of this checkout'
      text = await buildManifestLocally()
    } else {
      if (published === null) {
        throw new CliError(EXIT.verifyFailed, 'the instance publishes no build manifest')
      }
      source = `the instance's own ${BUILD_MANIFEST_PATH} (compare its fingerprint)`
      text = published
    }
    const manifest = parseOrFail(text, source)
    const fingerprint = fingerprintOf(digest(text))
    const lines = [
      `Manifest:    ${show(source)}`,
      `             version ${show(manifest.version)}, commit ${show(manifest.commit)}`,
      `Fingerprint: ${fingerprint}`,
      published === null
        ? 'The instance publishes no build manifest.'
        : published === text
          ? 'The instance publishes this same manifest.'
          : `The instance publishes another manifest: ${fingerprintOf(digest(published))}`,
    ]
    await io.stdout.write(`${lines.join('\n')}\n`)

    const crawl = await crawlInstance(base, Object.keys(manifest.files), timeoutMs, (served) =>
      builtPageOf(served, manifest),
    )
    const differences = compareWithManifest(manifest, crawl)
    const files = new Set(crawl.served.map((s) => s.path)).size
    if (differences.length === 0) {
      await io.stdout.write(
        `OK: ${files} paths, ${crawl.served.length} responses match the manifest.\n`,
      )
      return
    }
    await io.stdout.write(`${differences.map((d) => describeDifference(d, show)).join('\n')}\n`)
    throw new CliError(
      EXIT.verifyFailed,
      `the instance does not serve this build: ${differences.length} difference${differences.length === 1 ? '' : 's'} (listed above)`,
    )
  },
}

async function fetchPublished(base: string, timeoutMs: number): Promise<string | null> {
  const response = await fetch(`${base}${BUILD_MANIFEST_PATH}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  })
  return response.ok ? response.text() : null
}

function readManifestFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    throw usageError(`cannot read the manifest file ${escapeForTerminal(path).text}`)
  }
}

function parseOrFail(text: string, source: string): ReturnType<typeof parseBuildManifest> {
  try {
    return parseBuildManifest(text)
  } catch (error) {
    const why = error instanceof TypeError ? error.message : 'not JSON'
    throw new CliError(EXIT.verifyFailed, `${escapeForTerminal(source).text}: ${why}`)
  }
}

function digest(text: string): Uint8Array {
  return createHash('sha256').update(text, 'utf8').digest()
}
