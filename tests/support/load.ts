import {
  claimSecret,
  openClaimed,
  envelopeOf,
  makeSecret,
  postSecret,
  type FixtureOptions,
  type Outcome,
  type SecretFixture,
} from './secrets.js'

/** Runs `worker` over every item with at most `concurrency` running at once. */
export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      await worker(items[index] as T, index)
    }
  })
  await Promise.all(lanes)
}

/** Creates in flight at once: enough to keep both servers' commits (and fsyncs) grouped. */
const CREATES_IN_FLIGHT = 32

/**
 * Makes `count` secrets (`text(i)` each) and creates them through `servers`
 * in turn, posting each as soon as it is made, so making (client CPU) and
 * storing (server commits) overlap. Resolves to the secrets and every
 * create's status ('201', or what came instead).
 */
export async function createSecrets(
  servers: readonly string[],
  count: number,
  text: (i: number) => string,
  options: FixtureOptions = {},
): Promise<{ readonly secrets: SecretFixture[]; readonly statuses: string[] }> {
  const secrets: SecretFixture[] = []
  const statuses: string[] = []
  await forEachConcurrent(
    Array.from({ length: count }, (_, i) => i),
    CREATES_IN_FLIGHT,
    async (i) => {
      const secret = await makeSecret(text(i), options)
      secrets[i] = secret
      statuses[i] = statusOf(await postSecret(servers[i % servers.length] as string, secret))
    },
  )
  return { secrets, statuses }
}

export function statusOf(outcome: Outcome): string {
  return outcome === 'no_answer' ? 'no_answer' : String(outcome.status)
}

export interface RaceResult {
  /** Successful claims per secret id. */
  readonly wins: ReadonlyMap<string, number>
  /** How many claims ended with each status ('200', '404', 'no_answer', …). */
  readonly statuses: Readonly<Record<string, number>>
  /** Successful claims whose envelope did not decrypt to that secret's text. */
  readonly wrongContent: number
}

/**
 * The race detector: `clients` clients, spread round-robin over `servers`,
 * all claim every secret at the same moment (`window` secrets at a time), and
 * every success is counted and decrypted. A correct server gives each secret
 * exactly max_views wins.
 */
export async function raceClaims(
  servers: readonly string[],
  secrets: readonly SecretFixture[],
  clients = 16,
  window = 32,
): Promise<RaceResult> {
  const wins = new Map<string, number>(secrets.map((s) => [s.id, 0]))
  const statuses: Record<string, number> = {}
  let wrongContent = 0
  for (let start = 0; start < secrets.length; start += window) {
    const group = secrets.slice(start, start + window)
    const claims = group.flatMap((secret) =>
      Array.from({ length: clients }, async (_, client) => {
        const server = servers[client % servers.length] as string
        const outcome = await claimSecret(server, secret)
        const status = statusOf(outcome)
        statuses[status] = (statuses[status] ?? 0) + 1
        if (status !== '200') return
        wins.set(secret.id, (wins.get(secret.id) ?? 0) + 1)
        if (!decryptsTo(secret, outcome)) wrongContent++
      }),
    )
    await Promise.all(claims)
  }
  return { wins, statuses, wrongContent }
}

function decryptsTo(secret: SecretFixture, outcome: Outcome): boolean {
  try {
    return openClaimed(secret, envelopeOf(outcome)) === secret.text
  } catch {
    return false
  }
}

/** Secrets won more than `expected` times (double reads) and fewer (lost), from a race result. */
export function raceViolations(result: RaceResult, expected: number) {
  const counts = [...result.wins.values()]
  return {
    over: counts.filter((n) => n > expected).length,
    under: counts.filter((n) => n < expected).length,
    totalWins: counts.reduce((a, b) => a + b, 0),
  }
}
