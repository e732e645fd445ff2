/**
 * Makes `count` real create requests (fresh id, keys and envelope each, by the
 * shared protocol code) and writes them to stdout, one JSON array per line:
 * [id, access token, create request body].
 * Run by pool.ts: node --import tsx tests/bench/pool-worker.ts <count> <text>
 */
import { encodeBase64url, prepareSecret, sealContent } from '@hushlink/shared'

const count = Number(process.argv[2])
const text = process.argv[3] ?? ''
const TTL = 7 * 86_400

const lines: string[] = []
for (let i = 0; i < count; i++) {
  const prepared = await prepareSecret(null)
  const envelope = encodeBase64url(sealContent(prepared, { text, files: [] }))
  const body = JSON.stringify({ id: prepared.id, envelope, ttl: TTL, ...prepared.verifiers })
  lines.push(JSON.stringify([prepared.id, encodeBase64url(prepared.keys.accessToken), body]))
  if (lines.length === 1000) process.stdout.write(lines.splice(0).join('\n') + '\n')
}
if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n')
