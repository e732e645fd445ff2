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

/** Starts loading Argon2 (libsodium's sumo build) when a passphrase comes into play. */
export function warmArgon2(): void {
  activatePreload('sumo')
  // Only a head start: the call that needs Argon2 reports any failure itself.
  loadSodiumWithPwhash().catch(() => undefined)
}
