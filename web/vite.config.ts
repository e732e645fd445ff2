import { readdirSync, readFileSync } from 'node:fs'
import { defaultClientConditions, defineConfig } from 'vite'
import { buildManifest } from './build/manifest.ts'
import { precompress } from './build/precompress.ts'
import { subresourceIntegrity } from './build/sri.ts'

const SODIUM = /[\\/]libsodium-wrappers[\\/]/
const SODIUM_SUMO = /[\\/]libsodium-wrappers-sumo[\\/]/
const LOCALE = /[\\/]locales[\\/]([\w-]+)\.ts$/
/** A page of the app: the ones the create and reveal pages do not need load on demand (src/pages/on-demand.ts). */
const PAGE = /[\\/]src[\\/]pages[\\/]([\w-]+)\.ts$/
/** The languages other than English, each loaded on demand (src/i18n/catalog.ts). */
const LAZY_LOCALES = readdirSync(new URL('src/locales', import.meta.url))
  .map((file) => /^([\w-]+)\.ts$/.exec(file)?.[1])
  .filter((code): code is string => code !== undefined && code !== 'en')
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string
}

export default defineConfig({
  base: '/',
  // Bundle @hushlink/shared from its TypeScript sources, like the tests do.
  resolve: { conditions: ['@hushlink/source', ...defaultClientConditions] },
  plugins: [
    subresourceIntegrity({
      // Every page that encrypts or decrypts needs libsodium: fetch it alongside the app.
      eager: SODIUM,
      // Argon2 (the sumo build, ≈150 KB more) only when a passphrase is involved.
      // Each language other than English only when the page shows it.
      lazy: {
        sumo: SODIUM_SUMO,
        ...Object.fromEntries(
          LAZY_LOCALES.map((code) => [
            `locale-${code}`,
            new RegExp(`[\\\\/]locales[\\\\/]${code}\\.ts$`),
          ]),
        ),
      },
      // Each page imported with import() gets its own template: preload-page-NAME.
      pages: PAGE,
    }),
    precompress(),
    // HUSHLINK_COMMIT names the commit where there is no .git (a container build).
    buildManifest({ version, commit: process.env.HUSHLINK_COMMIT?.trim() }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No data: URLs and nothing inline: the CSP allows only files from 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
    modulePreload: { polyfill: false },
    // libsodium embeds its WebAssembly; it is cached immutably and not our code.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // The entry and all it imports statically are one file, not one per module shared with a
        // page loaded on demand: one request, and gzip sees it whole.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        chunkFileNames: (chunk) => {
          const ids = chunk.facadeModuleId ?? ''
          if (SODIUM_SUMO.test(ids)) return 'assets/sodium-sumo-[hash].js'
          if (SODIUM.test(ids)) return 'assets/sodium-[hash].js'
          const locale = LOCALE.exec(ids)?.[1]
          if (locale !== undefined) return `assets/locale-${locale}-[hash].js`
          const page = PAGE.exec(ids)?.[1]
          if (page !== undefined) return `assets/page-${page}-[hash].js`
          return 'assets/[name]-[hash].js'
        },
      },
    },
  },
})
