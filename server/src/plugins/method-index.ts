/**
 * Remembers which methods each route pattern serves, so a request for an
 * existing path with another method gets 405 and an Allow header, not 404.
 */
export function createMethodIndex(): {
  add(url: string, methods: string | readonly string[]): void
  allowed(path: string): string[]
} {
  const routes: { pattern: RegExp; methods: Set<string> }[] = []
  return {
    add(url, methods) {
      const source = url
        .split('/')
        .map((part) =>
          part.startsWith(':')
            ? '[^/]+'
            : part === '*'
              ? '.*'
              : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/')
      const pattern = new RegExp(`^${source}$`)
      let entry = routes.find((r) => r.pattern.source === pattern.source)
      if (!entry) {
        entry = { pattern, methods: new Set() }
        routes.push(entry)
      }
      for (const method of typeof methods === 'string' ? [methods] : methods)
        entry.methods.add(method)
    },
    allowed(path) {
      const methods = new Set<string>()
      for (const route of routes) {
        if (route.pattern.test(path)) for (const m of route.methods) methods.add(m)
      }
      return [...methods].sort()
    },
  }
}
