/**
 * Issue 10, crash: repeated kill -9 during a mixed create/claim load,
 * restarting on the same data each time. No acknowledged create may be lost
 * and no secret whose claim was answered 200 may be readable again.
 */
import { revealSecret } from '@hushlink/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { forEachConcurrent, statusOf } from '../support/load.js'
import {
  claimSecret,
  envelopeOf,
  getSecretMeta,
  linkOf,
  makeSecrets,
  openClaimed,
  postSecret,
  type SecretFixture,
} from '../support/secrets.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

const CYCLES = 4
const CREATORS = 12
const CLAIMERS = 12

let running: RunningServer | null = null
afterEach(async () => {
  await running?.stop()
  running = null
})

/** What the clients know for certain, from answers they actually received. */
interface Ledger {
  /** Acknowledged with 201 and not (yet) claimed by us: the claimers' queue. */
  readonly unclaimed: SecretFixture[]
  /** Acknowledged with 201 and never to be claimed: each must survive every crash. */
  readonly kept: SecretFixture[]
  /** Claimed with a 200 whose envelope decrypted to the right text. */
  readonly claimed: SecretFixture[]
  readonly problems: string[]
}

async function mixedLoadUntilKilled(
  server: RunningServer,
  pool: SecretFixture[],
  ledger: Ledger,
  killAfterMs: number,
): Promise<void> {
  let down = false
  const killed = new Promise<void>((resolve) =>
    setTimeout(() => {
      down = true
      void server.kill().then(resolve)
    }, killAfterMs),
  )
  const creator = async (): Promise<void> => {
    while (!down) {
      // Every fourth secret is kept from the claimers, so some always outlive the crashes.
      const keep = pool.length % 4 === 0
      const secret = pool.pop()
      if (!secret) return
      const status = statusOf(await postSecret(server.url, secret))
      if (status === '201') (keep ? ledger.kept : ledger.unclaimed).push(secret)
      else if (status !== 'no_answer') ledger.problems.push(`create answered ${status}`)
    }
  }
  const claimer = async (): Promise<void> => {
    while (!down) {
      // Oldest first, so secrets from before earlier crashes are claimed too.
      const secret = ledger.unclaimed.shift()
      if (!secret) {
        await new Promise((r) => setTimeout(r, 2))
        continue
      }
      const outcome = await claimSecret(server.url, secret)
      const status = statusOf(outcome)
      if (status === '200') {
        if (openClaimed(secret, envelopeOf(outcome)) === secret.text) ledger.claimed.push(secret)
        else ledger.problems.push(`${secret.id}: claim returned another secret's content`)
      } else if (status === '404') {
        ledger.problems.push(`${secret.id}: acknowledged create was not found (lost)`)
      } else if (status !== 'no_answer') {
        ledger.problems.push(`claim answered ${status}`)
      }
      // no_answer: the claim may or may not have committed; we know nothing, so we check nothing.
    }
  }
  await Promise.all([
    ...Array.from({ length: CREATORS }, creator),
    ...Array.from({ length: CLAIMERS }, claimer),
    killed,
  ])
}

describe('repeated kill -9 during mixed create/claim load', () => {
  it('loses no acknowledged create and never serves a claimed secret again', async () => {
    const pool = await makeSecrets(3000, (i) => `mixed-crash ${i}`)
    const ledger: Ledger = { unclaimed: [], kept: [], claimed: [], problems: [] }
    running = await startServer({ env: PERMISSIVE_LIMITS })
    const dataDir = running.dataDir

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      await mixedLoadUntilKilled(running, pool, ledger, 800 + cycle * 250)
      running = await startServer({ dataDir, env: PERMISSIVE_LIMITS })
    }

    expect(ledger.problems).toEqual([])
    // Enough happened for the result to mean something.
    expect(ledger.claimed.length).toBeGreaterThan(100)
    expect(ledger.kept.length).toBeGreaterThan(0)

    const server = running
    const resurrected: string[] = []
    await forEachConcurrent(ledger.claimed, 16, async (secret) => {
      const meta = statusOf(await getSecretMeta(server.url, secret))
      const claim = statusOf(await claimSecret(server.url, secret))
      if (meta !== '404' || claim !== '404') resurrected.push(`${secret.id}: ${meta}/${claim}`)
    })
    expect(resurrected).toEqual([])

    const lost: string[] = []
    await forEachConcurrent([...ledger.unclaimed, ...ledger.kept], 16, async (secret) => {
      try {
        const revealed = await revealSecret({ link: linkOf(server.url, secret) })
        if (revealed.text !== secret.text) lost.push(`${secret.id}: wrong text`)
      } catch (error) {
        lost.push(`${secret.id}: ${String(error)}`)
      }
    })
    expect(lost).toEqual([])
  })
})
