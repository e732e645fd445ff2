import { sql, type Kysely } from 'kysely'
import type { DialectTraits } from '../dialect.js'
import type { Database } from '../schema.js'
import { template } from './template.js'

export interface ByLink {
  readonly id: string
  readonly idx: number
}

/**
 * Statements of fan-out secrets' links (docs/protocol.md §10). Every write
 * that changes a link's state first locks its secret's row (`lockSecret`),
 * then the link, so the transaction that sees no link left is the last one
 * and never races another for the payload, and no two writes wait on each
 * other in opposite orders.
 */
export function compileLinkStatements(db: Kysely<Database>, traits: DialectTraits) {
  return {
    insertLink: template(
      (a: {
        id: string
        idx: number
        verifier: Uint8Array
        label: Uint8Array | null
        max_views: number
      }) =>
        db.insertInto('secret_links').values({
          secret_id: a.id,
          idx: a.idx,
          verifier: a.verifier,
          label: a.label,
          max_views: a.max_views,
        }),
    ),
    // SQLite has one writer, which serialises these writes already.
    lockSecret: template((a: { id: string; now: number }) =>
      db
        .selectFrom('secrets')
        .select('id')
        .where('id', '=', a.id)
        .where('state', '=', 'active')
        .where('expires_at', '>', a.now)
        .$if(traits.engine === 'postgres', (q) => q.forUpdate()),
    ),
    countLinkView: template((a: ByLink & { now: number }) =>
      db
        .updateTable('secret_links')
        .set({
          views: sql<number>`views + 1`,
          state: sql`case when views + 1 >= max_views then 'viewed' else state end`,
          state_at: sql`case when views + 1 >= max_views then ${a.now} else state_at end`,
          opened_at: sql`coalesce(opened_at, ${a.now})`,
        })
        .where('secret_id', '=', a.id)
        .where('idx', '=', a.idx)
        .where('state', '=', 'active')
        .returning(['views', 'max_views']),
    ),
    burnLink: template((a: ByLink & { now: number }) =>
      db
        .updateTable('secret_links')
        .set({ state: 'burned', state_at: a.now })
        .where('secret_id', '=', a.id)
        .where('idx', '=', a.idx)
        .where('state', '=', 'active')
        .returning('idx'),
    ),
    burnLinks: template((a: { id: string; now: number }) =>
      db
        .updateTable('secret_links')
        .set({ state: 'burned', state_at: a.now })
        .where('secret_id', '=', a.id)
        .where('state', '=', 'active'),
    ),
    /** Views the secret's links still have between them: 0 when the last is used up or burned. */
    linkViewsLeft: template((a: { id: string }) =>
      db
        .selectFrom('secret_links')
        .select(sql<number>`coalesce(sum(max_views - views), 0)`.as('left'))
        .where('secret_id', '=', a.id)
        .where('state', '=', 'active'),
    ),
    /** The secret of a claim that used up its last link: what countView does for an ordinary one. */
    finishViewed: template((a: { id: string; now: number }) =>
      db
        .updateTable('secrets')
        .set({ state: 'viewed', state_at: a.now })
        .where('id', '=', a.id)
        .where('state', '=', 'active'),
    ),
    findLink: template((a: ByLink) =>
      db
        .selectFrom('secret_links')
        .select(['verifier', 'state', 'views', 'max_views'])
        .where('secret_id', '=', a.id)
        .where('idx', '=', a.idx),
    ),
    findLinks: template((a: { id: string }) =>
      db
        .selectFrom('secret_links')
        .select(['idx', 'state', 'views', 'max_views', 'opened_at', 'label'])
        .where('secret_id', '=', a.id)
        .orderBy('idx'),
    ),
  }
}
