import { loadSodiumWithPwhash } from '@hushlink/shared'

/**
 * Activates the integrity-checked modulepreload tags the build put into
 * `<template id="preload-NAME">` for a chunk loaded on demand: the browser then
 * verifies the chunk before the import() that uses it finds it in the module map.
 */
export function activatePreload(name: string): void {
  // Outside a page (unit tests) there is no document and nothing to verify.
  if (typeof document === 'undefined') return
  const template = document.getElementById(`preload-${name}`)
  if (template instanceof HTMLTemplateElement) {
    document.head.append(template.content.cloneNode(true))
    template.remove()
  }
}

/**
 * A module built as its own chunk (vite.config.ts), fetched the first time it
 * is asked for: its integrity-checked preloads go into the document first, so
 * the import() finds it verified.
 */
export function onDemand<T>(name: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    // A failure is kept, never retried here: the template is spent, and a second
    // import() would fetch the chunk without its integrity check. Reloading starts afresh.
    if (loading) return loading
    activatePreload(name)
    loading = load()
    return loading
  }
}

/** Starts loading Argon2 (libsodium's sumo build) when a passphrase comes into play. */
export function warmArgon2(): void {
  activatePreload('sumo')
  // Only a head start: the call that needs Argon2 reports any failure itself.
  loadSodiumWithPwhash().catch(() => undefined)
}
