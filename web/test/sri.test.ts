import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addIntegrity, integrityOf } from '../build/sri.ts'

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
