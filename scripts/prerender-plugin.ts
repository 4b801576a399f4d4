/**
 * A build-only Vite plugin that puts the prerendered app into `index.html`: the reference pane
 * arrives as HTML, readable before any script runs, and the entry point hydrates it.
 */
import { createServer, type InlineConfig, type Plugin } from 'vite'

/** What the SSR entry module exports (src/renderer/src/prerender.ts). */
interface PrerenderModule {
  renderAppHtml(): string
}

/** The placeholder in index.html that receives the rendered app. */
const appPlaceholder = '<div id="app"></div>'

/**
 * @param entry the SSR entry module, relative to the renderer root
 * @param viteConfig plugins, aliases and defines the app is built with, so it renders the same
 */
export function prerenderApp(entry: string, viteConfig: () => InlineConfig): Plugin {
  return {
    name: 'cnd67:prerender-app',
    apply: 'build',
    async transformIndexHtml(html) {
      if (!html.includes(appPlaceholder)) {
        throw new Error(`index.html has no ${appPlaceholder} to put the prerendered app in.`)
      }
      const server = await createServer({
        ...viteConfig(),
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false }
      })
      try {
        const module = (await server.ssrLoadModule(entry)) as PrerenderModule
        return html.replace(appPlaceholder, `<div id="app">${module.renderAppHtml()}</div>`)
      } finally {
        await server.close()
      }
    }
  }
}
