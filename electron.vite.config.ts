/**
 * Build configuration for the three Electron targets. The renderer is built with relative asset
 * paths so the same `out/renderer` runs from the app's own scheme and from any static HTTP server,
 * and its index.html carries the prerendered reference pane.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { Plugin } from 'vite'
import packageJson from './package.json' with { type: 'json' }
import { meetingDocumentModule } from './scripts/meeting-document-plugin'
import { prerenderApp } from './scripts/prerender-plugin'
import { staleReactionWithoutStack } from './scripts/stale-reaction-plugin'

/**
 * The page's Content Security Policy is strict in a build. The dev server needs inline styles
 * (injected by Vite's CSS hot reload) and a websocket, so only `electron-vite dev` relaxes it.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'cnd67:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
    }
  }
}

const sharedAlias = { '@shared': resolve('src/shared') }

/** What the renderer is compiled with, shared by the build and by the prerendering at build. */
const rendererCompile = () => ({
  root: resolve('src/renderer'),
  resolve: { alias: { ...sharedAlias, '@renderer': resolve('src/renderer/src') } },
  define: {
    __APP_NAME__: JSON.stringify(packageJson.productName),
    __APP_VERSION__: JSON.stringify(packageJson.version)
  },
  plugins: [svelte(), meetingDocumentModule('resources/cnd67-crp-synthetic-drugs-egm-2024.txt')]
})

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias }
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      // A sandboxed preload is loaded as a classic script, so it must be CommonJS.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    ...rendererCompile(),
    base: './',
    plugins: [
      ...rendererCompile().plugins,
      relaxCspForDevServer(),
      prerenderApp('/src/prerender.ts', rendererCompile),
      staleReactionWithoutStack()
    ],
    build: {
      minify: process.env.BENCH_PROFILE ? false : true,
      // Inlining nothing keeps the CSP free of data: URLs.
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Everything the page imports statically is one chunk, whatever the lazily loaded
            // parts share with it: left to itself the bundler splits such shared modules into
            // chunks of their own, each a request the reference pane waits for.
            // The Word library (loaded by Save Word in the brief and in a statement) is a chunk
            // named for it, which the bench reports.
            groups: [
              { name: 'start', tags: ['$initial'] },
              { name: 'docx', test: /[\\/]node_modules[\\/]docx[\\/]/ }
            ]
          }
        }
      }
    }
  }
})
