import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import type { StoreEvent } from '../../src/storage/index.js'
import { APP_TESTS } from '../helpers/app.js'
import { describeDialects } from '../helpers/dialects.js'
import { newSecret, openTestStore } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)

describeDialects(
  'request store: answers counted atomically, events after commit',
  APP_TESTS,
  (dialect) => {
    it('5 concurrent answers to a drop box of 3: 3 stored, 3 request_answered events, 2 refused leaving nothing', async () => {
      const { store } = await openTestStore(dialect)
      const events: StoreEvent[] = []
      store.events.subscribe((e) => events.push(e))
      const id = randomBytes(16).toString('base64url')
      expect(
        await store.requests.create({
          id,
          requestVerifier: randomBytes(32),
          inboxVerifier: randomBytes(32),
          note: randomBytes(296),
          maxAnswers: 3,
          createdAt: NOW,
          expiresAt: NOW + 3_600_000,
          owner: null,
        }),
      ).toBe(true)
      const secrets = Array.from({ length: 5 }, () => newSecret())
      const outcomes = await Promise.all(
        secrets.map((secret) =>
          store.requests.answer({ requestId: id, sealedKey: randomBytes(80), secret }),
        ),
      )
      expect(outcomes.map((o) => o.outcome).sort()).toEqual([
        'answered',
        'answered',
        'answered',
        'closed',
        'closed',
      ])
      const answered = events.filter((e) => e.type === 'request_answered')
      expect(
        answered.map((e) => (e.type === 'request_answered' ? e.answersLeft : -1)).sort(),
      ).toEqual([0, 1, 2])
      const stored = new Set((await store.requests.answers(id, NOW)).map((a) => a.id))
      expect(stored.size).toBe(3)
      expect(
        new Set(answered.map((e) => (e.type === 'request_answered' ? e.answerId : ''))),
      ).toEqual(stored)
      // A created event only for the secrets that were stored; the refused ones are not findable.
      expect(new Set(events.filter((e) => e.type === 'created').map((e) => e.id))).toEqual(stored)
      for (const secret of secrets) {
        expect((await store.findActive(secret.id, NOW)) !== undefined).toBe(stored.has(secret.id))
      }
      expect(await store.requests.find(id)).toMatchObject({ state: 'closed', answers: 3 })
    })
  },
)
