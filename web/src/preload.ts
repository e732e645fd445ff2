import { loadSodiumWithPwhash } from '@hushlink/shared'

/**
 * Starts loading Argon2 (libsodium's sumo build) when a passphrase comes into
 * play. The build puts integrity-checked modulepreload tags for it into
 * `<template id="preload-sumo">`; activating them first makes the browser verify
 * the chunk before the import() that uses it.
 */
export function warmArgon2(): void {
  const template = document.getElementById('preload-sumo')
  if (template instanceof HTMLTemplateElement) {
    document.head.append(template.content.cloneNode(true))
    template.remove()
  }
  // Only a head start: the call that needs Argon2 reports any failure itself.
  loadSodiumWithPwhash().catch(() => undefined)
}
