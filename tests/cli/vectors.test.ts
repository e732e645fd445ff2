/**
 * The shared known-answer vectors, opened by the built CLI: each vector's
 * envelope is stored in the real server under the vector's id, and
 * `hushlink read` opens the vector's own link with the server's base swapped
 * in. Same bytes as every other consumer of the protocol, or the test fails.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { decodeBase64url } from '@hushlink/shared'
import { loadEnvelopeVectors, loadProtocolVectors } from '../../shared/test/vectors.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { onServer, seedVector } from '../support/vectors.js'
import { NO_STREAMING, runCli, serverStreamsFiles } from './run-cli.js'

let server: RunningServer
let streams = false
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-vectors-'))

beforeAll(async () => {
  server = await startServer({ env: PERMISSIVE_LIMITS })
  streams = await serverStreamsFiles(server.url)
})

afterAll(async () => {
  await server.stop()
})

describe('the CLI opens every shared vector', () => {
  for (const vector of loadEnvelopeVectors()) {
    it(vector.name, async (context) => {
      // A secret with files is claimed as an octet stream.
      if (vector.files.length > 0 && !streams) context.skip(NO_STREAMING)
      await seedVector(server.url, vector)
      const args = ['read', onServer(server.url, vector.link)]
      if (vector.passphrase !== null) {
        const passFile = join(scratch, `${vector.id}.pass`)
        writeFileSync(passFile, vector.passphrase)
        args.push('--passphrase-file', passFile)
      }
      const outDir = join(scratch, vector.id)
      if (vector.files.length > 0) args.push('-o', outDir)

      const result = await runCli(args)
      expect(result.stderr.split('\n').filter((l) => l.startsWith('hushlink:'))).toEqual([])
      expect(result.code).toBe(0)
      expect(result.stdout.equals(Buffer.from(vector.text, 'utf8'))).toBe(true)
      if (vector.files.length > 0) {
        expect(readdirSync(outDir).sort()).toEqual(vector.files.map((f) => f.name).sort())
        for (const f of vector.files) {
          const saved = readFileSync(join(outDir, f.name))
          expect(saved.equals(Buffer.from(decodeBase64url(f.bytes)))).toBe(true)
        }
      }
      // One view, used: the same link is now gone.
      expect((await runCli(args)).code).toBe(3)
    })
  }
})

describe('the CLI refuses what protocol-v1.json says is broken', () => {
  const cases = loadProtocolVectors()

  for (const link of cases.links.filter((l) => l.error !== undefined)) {
    it(`link: ${link.name}`, async () => {
      // Exit 5 is decided before any request: the host does not even exist.
      const command = link.parser === 'secret' ? 'read' : 'status'
      const result = await runCli([command, link.input])
      expect(result.code, result.stderr).toBe(5)
      expect(result.stdout.length).toBe(0)
    })
  }

  // Several share their vector's id, so each gets a server of its own.
  for (const c of cases.broken_envelopes.filter((e) => e.server === 'accepted')) {
    it(`envelope the server stores but no client may open: ${c.name}`, async () => {
      const other = await startServer({ env: PERMISSIVE_LIMITS })
      onTestFinished(() => other.stop())
      const base = loadEnvelopeVectors().find((v) => v.name === c.from)!
      const res = await fetch(`${other.url}/api/v1/secrets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: c.id,
          envelope: c.envelope,
          ttl: 3600,
          access_verifier: base.access_verifier,
        }),
      })
      expect(res.status, await res.text()).toBe(201)
      const link = new URL(base.link)
      const result = await runCli(['read', `${other.url}${link.pathname}${link.hash}`])
      expect(result.code, result.stderr).toBe(5)
      expect(result.stdout.length).toBe(0)
    })
  }
})
