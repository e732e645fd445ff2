import { API_KEY_SCOPES, type ApiKeyScope } from '@hushlink/shared/api'
import { issueApiKey, KEY_NAME_PATTERN } from '../auth/api-keys.js'
import type { ApiKeyRecord, SecretStore } from '../storage/index.js'
import { parseFlags, UsageError, type AdminCommand, type AdminContext } from './command.js'
import { formatBytes, formatTable } from './format.js'
import { parseSize } from './size.js'
import { withStore } from './store.js'

const ACTIONS =
  'create --name NAME --scope create|admin [--quota SIZE], list [--json], set-quota NAME|ID SIZE|default, or revoke NAME|ID'

/**
 * `keys create|list|set-quota|revoke`: API keys on the server's own database (SQLite or
 * PostgreSQL). A new key is printed once, alone on stdout, and only its
 * SHA-256 is stored.
 */
export const keysCommand: AdminCommand = {
  name: 'keys',
  usage: 'create|list|set-quota|revoke …',
  summary: 'create, list or revoke API keys, or set their storage quota',
  async run(args, context) {
    const [action, ...rest] = args
    switch (action) {
      case 'create':
        return withStore(context, (store) => create(store, rest, context))
      case 'list': {
        const json = parseFlags(rest, ['--json']).has('--json')
        return withStore(context, async (store) => {
          const keys = await store.apiKeys.list()
          context.out.write(json ? `${JSON.stringify(keys.map(toJson))}\n` : describe(keys))
          return 0
        })
      }
      case 'set-quota':
        return setQuota(rest, context)
      case 'revoke': {
        // No flags here: a ref may start with '-', as a random key id can.
        const [ref, ...extra] = rest
        if (ref === undefined || extra.length > 0) {
          throw new UsageError('keys revoke takes one argument: the name or id of the key')
        }
        return withStore(context, async (store) => {
          const revoked = await store.apiKeys.revoke(ref, context.now())
          if (revoked.length === 0) {
            context.err.write(`no unrevoked key has the name or id ${JSON.stringify(ref)}\n`)
            return 1
          }
          for (const key of revoked) context.out.write(`revoked ${key.name} (${key.id})\n`)
          return 0
        })
      }
      default:
        throw new UsageError(`keys needs an action: ${ACTIONS}`)
    }
  },
}

async function create(
  store: SecretStore,
  args: readonly string[],
  { out, err, now }: AdminContext,
): Promise<number> {
  const { name, scope, quotaBytes } = parseCreate(args)
  const { key, record } = issueApiKey(name, scope, quotaBytes, now())
  if (!(await store.apiKeys.create(record))) {
    err.write(`a key named ${JSON.stringify(name)} exists; revoke it first or pick another name\n`)
    return 1
  }
  out.write(`${key}\n`)
  err.write(
    `created API key ${JSON.stringify(name)} (${scope} scope, ${describeQuota(quotaBytes)}, id ${record.id}). ` +
      'It is shown only this once: store it now.\n',
  )
  return 0
}

/** `keys set-quota REF SIZE|default`: `default` returns the key to MAX_STORED_BYTES_PER_KEY. */
function setQuota(args: readonly string[], context: AdminContext): Promise<number> {
  // No flags here: a ref may start with '-', as a random key id can.
  const [ref, size, ...extra] = args
  if (ref === undefined || size === undefined || extra.length > 0) {
    throw new UsageError(
      'keys set-quota takes the name or id of the key and a size (50MB, 2GiB, bytes) or "default"',
    )
  }
  const quotaBytes = size === 'default' ? null : parseSize(size, 'the quota')
  return withStore(context, async (store) => {
    const key = await store.apiKeys.setQuota(ref, quotaBytes)
    if (!key) {
      context.err.write(`no unrevoked key has the name or id ${JSON.stringify(ref)}\n`)
      return 1
    }
    context.out.write(`${key.name} (${key.id}): ${describeQuota(key.quotaBytes)}\n`)
    return 0
  })
}

function describeQuota(quotaBytes: number | null): string {
  return quotaBytes === null
    ? 'storage quota: the default (MAX_STORED_BYTES_PER_KEY)'
    : `storage quota: ${formatBytes(quotaBytes)} (${quotaBytes} bytes)`
}

function parseCreate(args: readonly string[]): {
  name: string
  scope: ApiKeyScope
  quotaBytes: number | null
} {
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? ''
    const value = args[i + 1]
    if (!['--name', '--scope', '--quota'].includes(flag) || value === undefined) {
      throw new UsageError(`keys create takes --name NAME --scope create|admin [--quota SIZE]`)
    }
    values.set(flag, value)
  }
  const name = values.get('--name')
  const scope = values.get('--scope')
  if (name === undefined || !KEY_NAME_PATTERN.test(name)) {
    throw new UsageError(
      '--name must be 1–64 letters, digits and . _ @ -, starting with a letter or digit',
    )
  }
  const known = API_KEY_SCOPES.find((s) => s === scope)
  if (known === undefined) throw new UsageError('--scope must be create or admin')
  const quota = values.get('--quota')
  return {
    name,
    scope: known,
    quotaBytes: quota === undefined ? null : parseSize(quota, '--quota'),
  }
}

function toJson(key: ApiKeyRecord): Record<string, unknown> {
  const time = (ms: number | null): string | null =>
    ms === null ? null : new Date(ms).toISOString()
  return {
    id: key.id,
    name: key.name,
    scope: key.scope,
    created_at: time(key.createdAt),
    last_used_at: time(key.lastUsedAt),
    revoked_at: time(key.revokedAt),
    quota_bytes: key.quotaBytes,
  }
}

function describe(keys: readonly ApiKeyRecord[]): string {
  if (keys.length === 0) return 'no API keys\n'
  return formatTable([
    ['ID', 'NAME', 'SCOPE', 'QUOTA', 'CREATED', 'LAST USED', 'REVOKED'],
    ...keys.map((k) => {
      const j = toJson(k)
      const quota = k.quotaBytes === null ? 'default' : formatBytes(k.quotaBytes)
      return [
        k.id,
        k.name,
        k.scope,
        quota,
        j.created_at,
        j.last_used_at ?? '-',
        j.revoked_at ?? '-',
      ].map(String)
    }),
  ])
}
