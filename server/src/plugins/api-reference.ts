import type { FastifyInstance } from 'fastify'

/**
 * The human-readable API reference at /docs: static HTML rendered on the
 * server from the OpenAPI document, with no script and one same-origin
 * stylesheet, so it is served under the page's strict CSP. (Swagger UI needed
 * inline styles, a weaker policy on the app's own origin.)
 */
export function registerApiReference(
  app: FastifyInstance,
  openApiDocument: () => Promise<object>,
): void {
  let page: string | undefined
  const docs = { schema: { hide: true }, config: { responseClass: 'docs' as const } }
  app.get('/docs', docs, async (_request, reply) => {
    page ??= renderReference((await openApiDocument()) as OpenApiDocument)
    return reply.type('text/html; charset=utf-8').send(page)
  })
  app.get('/docs/reference.css', docs, (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(STYLES),
  )
}

interface Operation {
  readonly operationId?: string
  readonly summary?: string
  readonly description?: string
  readonly tags?: readonly string[]
  readonly security?: readonly Readonly<Record<string, unknown>>[]
  readonly parameters?: readonly {
    readonly name: string
    readonly in: string
    readonly required?: boolean
    readonly description?: string
    readonly schema?: unknown
  }[]
  readonly requestBody?: { readonly content?: Readonly<Record<string, { schema?: unknown }>> }
  readonly responses?: Readonly<
    Record<
      string,
      { readonly description?: string; readonly content?: Record<string, { schema?: unknown }> }
    >
  >
}

interface OpenApiDocument {
  readonly info: { readonly title: string; readonly description?: string; readonly version: string }
  readonly tags?: readonly { readonly name: string; readonly description?: string }[]
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

export function renderReference(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method]
      return op ? [{ path, method, op }] : []
    }),
  )
  const sections = (doc.tags ?? []).map((tag) => {
    const ops = operations.filter((o) => o.op.tags?.includes(tag.name))
    return `<section><h2 id="tag-${esc(tag.name)}">${esc(tag.name)}</h2>${para(tag.description)}${ops.map(renderOperation).join('')}</section>`
  })
  const toc = operations
    .map(
      ({ path, method, op }) =>
        `<li><a href="#${esc(op.operationId ?? '')}"><code>${method.toUpperCase()} ${esc(path)}</code></a> ${esc(op.summary ?? '')}</li>`,
    )
    .join('')
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(doc.info.title)}</title><link rel="stylesheet" href="/docs/reference.css"></head>`,
    `<body><main><h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>`,
    para(doc.info.description),
    '<p>The machine-readable document: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1). The wire format is in <code>docs/protocol.md</code>.</p>',
    `<nav><ul>${toc}</ul></nav>`,
    sections.join(''),
    '</main></body></html>\n',
  ].join('')
}

function renderOperation({ path, method, op }: { path: string; method: string; op: Operation }) {
  const auth =
    op.security === undefined || op.security.every((s) => Object.keys(s).length === 0)
      ? 'none'
      : op.security.map((s) => Object.keys(s).join(' + ') || 'none (optional)').join(' or ')
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${esc(p.description ?? '')}</td><td>${schema(p.schema)}</td></tr>`,
    )
    .join('')
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, c]) => `<h4>Request body <code>${esc(type)}</code></h4>${schema(c.schema)}`)
    .join('')
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, r]) =>
        `<dt><code>${esc(status)}</code> ${esc(r.description ?? '')}</dt><dd>${Object.entries(
          r.content ?? {},
        )
          .map(([type, c]) => `<code>${esc(type)}</code>${schema(c.schema)}`)
          .join('')}</dd>`,
    )
    .join('')
  return [
    `<article id="${esc(op.operationId ?? '')}"><h3><code>${method.toUpperCase()} ${esc(path)}</code></h3>`,
    `<p><strong>${esc(op.summary ?? '')}</strong> <small>operationId <code>${esc(op.operationId ?? '')}</code>, API key: ${esc(auth)}</small></p>`,
    para(op.description),
    params
      ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Description</th><th>Schema</th></tr></thead><tbody>${params}</tbody></table>`
      : '',
    body,
    `<h4>Responses</h4><dl>${responses}</dl></article>`,
  ].join('')
}

function schema(value: unknown): string {
  return value === undefined ? '' : `<pre>${esc(JSON.stringify(value, null, 2))}</pre>`
}

function para(text: string | undefined): string {
  return text ? `<p>${esc(text)}</p>` : ''
}

function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
}

const STYLES = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
pre { overflow-x: auto; padding: 0.5rem; border: 1px solid #8884; border-radius: 4px; font-size: 0.85rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #8884; padding: 0.25rem 0.5rem; text-align: left; }
article { border-top: 1px solid #8884; margin-top: 1.5rem; } dd { margin-left: 1rem; }
`
