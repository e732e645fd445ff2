import { createHash } from 'node:crypto'
import { INSTANCE_CONFIG_ELEMENT_ID } from '@hushlink/shared/api'
import type { BuildManifest } from '@hushlink/shared'

/**
 * The built page from the page as served. The server changes the built page
 * in exactly two ways (server/src/plugins/web-client.ts), both undone here so
 * the result can be compared with the manifest's digest:
 * - the instance's limits are embedded in a JSON data block, which a browser
 *   never executes; it is removed (and must parse as a JSON object, or is left
 *   in, so the page differs);
 * - a stylesheet may be inlined in a `<style>`; one whose bytes are a
 *   stylesheet of the manifest gets back the link the build wrote, and any
 *   other `<style>` stays, so the page differs.
 */
export function builtPageOf(served: string, manifest: BuildManifest): string {
  const stylesheets = new Map<string, string>()
  for (const [path, entry] of Object.entries(manifest.files)) {
    if (entry.type === 'text/css') stylesheets.set(entry.sha256, path)
  }
  const config = new RegExp(
    ` {2}<script type="application/json" id="${INSTANCE_CONFIG_ELEMENT_ID}">([^<]*)</script>\\n {2}(?=</head>)`,
  )
  const withoutConfig = served.replace(config, (element, json: string) =>
    isJsonObject(json) ? '' : element,
  )
  return withoutConfig.replace(/<style>([\s\S]*?)<\/style>/g, (style, css: string) => {
    const bytes = Buffer.from(css, 'utf8')
    const path = stylesheets.get(createHash('sha256').update(bytes).digest('hex'))
    if (path === undefined) return style
    const integrity = createHash('sha384').update(bytes).digest('base64')
    return `<link rel="stylesheet" crossorigin href="${path}" integrity="sha384-${integrity}">`
  })
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
