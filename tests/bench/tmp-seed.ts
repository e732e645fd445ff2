import { Database } from '../support/deps.js'
import { seedSecrets } from './seed.js'
const f = '/tmp/seedtest.db'
const db = new Database(f)
db.pragma('journal_mode = WAL')
db.exec(`create table secrets (id text primary key, state text not null default 'active', kind integer not null, envelope_size integer not null, header blob not null, access_verifier blob not null, pass_verifier blob, receipt_verifier blob, max_views integer not null, views integer not null default 0, fail_count integer not null default 0, max_failures integer not null, created_at integer not null, expires_at integer not null, claimed_at integer, state_at integer);
create index secrets_expires_at on secrets(expires_at);
create table payloads (id text primary key references secrets(id) on delete cascade, envelope blob not null);`)
db.close()
let t = Date.now()
seedSecrets(f, { rows: 1_000_000, expiresAt: Date.now() + 86400000, envelopeBytes: 1654 })
console.log('seed seconds', (Date.now() - t) / 1000)
t = Date.now()
const d2 = new Database(f)
d2.pragma('synchronous = OFF')
d2.pragma('journal_mode = OFF')
d2.prepare('update secrets set expires_at = ?').run(Date.now() - 1000)
d2.pragma('journal_mode = WAL')
d2.close()
console.log('update seconds', (Date.now() - t) / 1000)
