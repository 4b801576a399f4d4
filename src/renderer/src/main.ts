/**
 * The renderer's entry point: hydrates the prerendered app (or mounts it under the dev server),
 * flags it ready for the end-to-end tests, and marks when the reference pane is first on screen
 * with everything in it working, which the benchmark measures. Everything else the window does
 * is fetched later, in chunks of its own (see App.svelte), so this is all a start waits for.
 */
import { flushSync, hydrate, mount } from 'svelte'
import App from './App.svelte'
import { applyDisplaySettings, readDisplaySettings } from './lib/display/display-settings'
import './app.css'

// The reader's theme, text size and line width, before anything is painted.
try {
  applyDisplaySettings(document.documentElement, readDisplaySettings(localStorage))
} catch {
  // No local storage here: the defaults in the style sheet apply.
}

/**
 * Mounts the app under the dev server, which serves the page empty, and puts the text into the
 * pane as the build would have (see prerender.ts), before any effect of the app (which finds the
 * paragraphs) runs at flushSync. The text's HTML goes through the page's sanitizer like any other
 * HTML from a string: the CSP's Trusted Types refuse a raw string.
 */
async function mountWithText(target: HTMLElement) {
  const [{ documentArticleSelector, documentHtml }, { meetingDocument }, { sanitizedHtml }] =
    await Promise.all([
      import('./lib/document/document-html'),
      import('./lib/document/meeting-text'),
      import('./lib/platform/trusted-html')
    ])
  const app = mount(App, { target })
  const article = target.querySelector(documentArticleSelector)
  if (article) article.innerHTML = sanitizedHtml(documentHtml(meetingDocument)) as unknown as string
  return app
}

const target = document.getElementById('app')
if (!target) throw new Error('The page has no #app element.')
// A build ships the app already rendered into index.html, text included, and leaves the dev
// server's branch out.
const app = import.meta.env.DEV ? await mountWithText(target) : hydrate(App, { target })
flushSync()
document.documentElement.dataset.ready = 'true'
// Interactive and rendered: the first frame painted after every handler is attached. The
// benchmark's static floor page sets the same mark the same way (its README says what each
// includes). Only then are the delegate's notes requested, and the live outline put in place.
requestAnimationFrame(() =>
  setTimeout(() => {
    performance.mark('reference-pane-interactive')
    app.loadNotes()
    app.showLiveOutline()
  })
)
