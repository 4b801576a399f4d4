/**
 * The renderer's entry point: hydrates the prerendered app (or mounts it under the dev server),
 * flags it ready for the end-to-end tests, and marks when the reference pane is first on screen
 * with everything in it working, which the benchmark measures.
 */
import { flushSync, hydrate, mount } from 'svelte'
import App from './App.svelte'
import { applyDisplaySettings, readDisplaySettings } from './lib/display/display-settings'
import { installTrustedHtmlPolicy } from './lib/platform/trusted-html'
import './app.css'

// Before anything renders: every HTML string from here on goes through the one policy.
installTrustedHtmlPolicy()

// The reader's theme, text size and line width, before anything is painted.
try {
  applyDisplaySettings(document.documentElement, readDisplaySettings(localStorage))
} catch {
  // No local storage here: the defaults in the style sheet apply.
}

const target = document.getElementById('app')
if (!target) throw new Error('The page has no #app element.')
// A build ships the app already rendered into index.html; the dev server serves it empty.
if (target.firstChild) hydrate(App, { target })
else mount(App, { target })
flushSync()
document.documentElement.dataset.ready = 'true'
// Interactive and rendered: the first frame painted after every handler is attached. The
// benchmark's static floor page marks the same point, so the two are compared like for like.
requestAnimationFrame(() => setTimeout(() => performance.mark('reference-pane-interactive')))
