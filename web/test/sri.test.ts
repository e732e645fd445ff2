import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { addIntegrity, integrityOf, lazyGroups } from '../build/sri.ts'

const ASSETS: Record<string, string> = {
  '/assets/index-abc.js': 'console.log(1)',
  '/assets/index-abc.css': 'body{}',
  '/assets/sodium-abc.js': 'export{}',
}
const read = (url: string): string | undefined => ASSETS[url]

describe('integrityOf', () => {
  it('is the base64 SHA-384 of the bytes', () => {
    const expected = createHash('sha384').update('console.log(1)').digest('base64')
    expect(integrityOf('console.log(1)')).toBe(`sha384-${expected}`)
  })
})

describe('addIntegrity', () => {
  it('protects module scripts, stylesheets and modulepreloads', () => {
    const html = [
      '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
      '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
      '<template id="x"><link rel="modulepreload" href="/assets/sodium-abc.js"></template>',
    ].join('\n')
    const out = addIntegrity(html, read)
    expect(out).toContain(
      `src="/assets/index-abc.js" integrity="${integrityOf(ASSETS['/assets/index-abc.js']!)}">`,
    )
    expect(out).toContain(`integrity="${integrityOf('body{}')}">`)
    // crossorigin is added where missing, and never twice.
    expect(out).toContain(
      `href="/assets/sodium-abc.js" integrity="${integrityOf('export{}')}" crossorigin>`,
    )
    expect(out.match(/crossorigin/g)).toHaveLength(3)
  })

  it('leaves icons, external-less tags and already protected tags alone', () => {
    const html = [
      '<link rel="icon" href="/assets/icon.svg" />',
      '<script src="/other.js"></script>',
      '<script src="/assets/index-abc.js" integrity="sha384-x"></script>',
    ].join('\n')
    expect(addIntegrity(html, read)).toBe(html)
  })

  it('fails the build when a protected tag points to a file the bundle lacks', () => {
    expect(() => addIntegrity('<script src="/assets/gone.js"></script>', read)).toThrow(/gone\.js/)
  })
})

describe('lazyGroups', () => {
  const chunk = (facadeModuleId: string): Rolldown.OutputChunk =>
    ({ type: 'chunk', fileName: `${facadeModuleId}.js`, facadeModuleId }) as Rolldown.OutputChunk
  const sodium = chunk('/n/libsodium-wrappers/x.js')
  const de = chunk('/src/locales/de.ts')
  const about = chunk('/src/pages/about.ts')
  const options = {
    eager: /libsodium-wrappers/,
    lazy: { 'locale-de': /locales[\\/]de\.ts$/ },
    pages: /[\\/]pages[\\/]([\w-]+)\.ts$/,
  }

  it('gives each dynamic import a template: named, or one per page', () => {
    const { eager, lazy } = lazyGroups([sodium, de, about], options)
    expect(eager).toEqual([sodium])
    expect(lazy.map((g) => [g.name, g.chunks])).toEqual([
      ['locale-de', [de]],
      ['page-about', [about]],
    ])
  })

  it('fails the build for a dynamic import no template covers: it would load unverified', () => {
    expect(() => lazyGroups([sodium, de, about, chunk('/src/ui/qr.ts')], options)).toThrow(
      /no preload for the dynamic import of \/src\/ui\/qr\.ts/,
    )
  })

  it('fails the build for a named group that matches nothing', () => {
    expect(() => lazyGroups([sodium, about], options)).toThrow(/no dynamic chunk matches/)
  })
})
