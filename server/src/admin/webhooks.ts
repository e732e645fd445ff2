import { DestinationError } from '../notifications/destinations/resolve.js'
import {
  isNotificationEvent,
  NOTIFICATION_EVENTS,
  type NotificationEventType,
} from '../notifications/events.js'
import { createNotifications, type Notifications } from '../notifications/service.js'
import type { EndpointWithState } from '../notifications/store/endpoints.js'
import { endpointStateJson } from '../notifications/wire.js'
import { parseFlags, UsageError, type AdminCommand, type AdminContext } from './command.js'
import { formatTable } from './format.js'
import { withStore } from './store.js'

const ACTIONS = 'add URL [--events E,…] [--owner KEY_NAME], list [--json], remove ID, or test ID'

/**
 * `webhooks add|list|remove|test`: endpoints notified when secrets are opened,
 * burned or expire. A new endpoint's signing secret is printed once, alone on
 * stdout; it is needed to verify the signatures.
 */
export const webhooksCommand: AdminCommand = {
  name: 'webhooks',
  usage: 'add|list|remove|test …',
  summary: 'add, list, remove or test webhook endpoints',
  async run(args, context) {
    const [action, ...rest] = args
    switch (action) {
      case 'add': {
        const request = parseAdd(rest)
        return withNotifications(context, (n) => add(n, request, context))
      }
      case 'list': {
        const json = parseFlags(rest, ['--json']).has('--json')
        return withNotifications(context, async (n) => {
          const endpoints = await n.endpoints.list()
          context.out.write(
            json ? `${JSON.stringify(endpoints.map(endpointStateJson))}\n` : describe(endpoints),
          )
          return 0
        })
      }
      case 'remove':
        return withNotifications(context, async (n) => {
          const id = oneId('remove', rest)
          if (!(await n.endpoints.remove(id))) return noSuchEndpoint(context, id)
          context.out.write(`removed ${id} and its deliveries\n`)
          return 0
        })
      case 'test':
        return withNotifications(context, async (n) => {
          const id = oneId('test', rest)
          const result = await n.testEndpoint(id)
          if (!result) return noSuchEndpoint(context, id)
          if (result.delivered) {
            context.out.write(`delivered (HTTP ${result.status})\n`)
            return 0
          }
          context.err.write(`not delivered: ${result.detail}\n`)
          return 1
        })
      default:
        throw new UsageError(`webhooks needs an action: ${ACTIONS}`)
    }
  },
}

interface AddRequest {
  readonly url: string
  readonly events: readonly NotificationEventType[]
  readonly owner: string | null
}

function parseAdd(args: readonly string[]): AddRequest {
  const [url, ...flags] = args
  if (url === undefined || url.startsWith('-'))
    throw new UsageError(`webhooks add takes a URL first`)
  let events: readonly NotificationEventType[] = NOTIFICATION_EVENTS
  let owner: string | null = null
  for (let i = 0; i < flags.length; i += 2) {
    const flag = flags[i]
    const value = flags[i + 1]
    if (value === undefined) throw new UsageError(`${flag ?? ''} needs a value`)
    if (flag === '--events') {
      const names = value.split(',').map((e) => e.trim())
      const known = names.filter(isNotificationEvent)
      if (known.length !== names.length || known.length === 0) {
        throw new UsageError(
          `--events takes a comma-separated list of ${NOTIFICATION_EVENTS.join(', ')}`,
        )
      }
      events = [...new Set(known)]
    } else if (flag === '--owner') owner = value
    else throw new UsageError(`unexpected argument ${JSON.stringify(flag)}`)
  }
  return { url, events, owner }
}

async function add(
  n: Notifications,
  request: AddRequest,
  { out, err }: AdminContext,
): Promise<number> {
  try {
    const { endpoint, signingSecret } = await n.addEndpoint(request)
    out.write(`${signingSecret}\n`)
    err.write(
      `added webhook ${endpoint.id} for ${endpoint.url} (${endpoint.events.join(', ')}` +
        `${endpoint.owner === null ? '' : `; secrets of key ${endpoint.owner} only`}). ` +
        'The signing secret above is shown only this once: store it in the receiver now.\n',
    )
    return 0
  } catch (error) {
    if (!(error instanceof DestinationError)) throw error
    err.write(`refused: ${error.message}\n`)
    return 1
  }
}

function oneId(action: string, args: readonly string[]): string {
  const [id, ...extra] = args
  if (id === undefined || extra.length > 0 || id.startsWith('-')) {
    throw new UsageError(`webhooks ${action} takes one argument: the endpoint id`)
  }
  return id
}

function noSuchEndpoint({ err }: AdminContext, id: string): number {
  err.write(`no webhook endpoint has the id ${JSON.stringify(id)}\n`)
  return 1
}

/** The notification tables of the server's database; the delivery worker is not started. */
async function withNotifications(
  context: AdminContext,
  work: (notifications: Notifications) => Promise<number>,
): Promise<number> {
  return withStore(context, async (store) => {
    const config = context.config()
    const notifications = createNotifications({
      store: store.notifications,
      config: config.notifications,
      clock: { now: context.now },
    })
    try {
      return await work(notifications)
    } finally {
      await notifications.close()
    }
  })
}

function describe(endpoints: readonly EndpointWithState[]): string {
  if (endpoints.length === 0) return 'no webhook endpoints\n'
  return formatTable([
    ['ID', 'URL', 'OWNER', 'PENDING', 'FAILING', 'DELIVERED', 'FAILED', 'LAST ERROR'],
    ...endpoints.map(({ id, url, owner, deliveries: d }) => [
      id,
      url,
      owner ?? '-',
      String(d.pending),
      String(d.failing),
      String(d.delivered),
      String(d.failed),
      d.lastError ?? '-',
    ]),
  ])
}
