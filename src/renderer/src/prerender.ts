/**
 * Renders the app to HTML at build time, so the window shows the meeting text as soon as the
 * page is parsed; the entry point then hydrates it. Used only by the build (see
 * scripts/prerender-plugin.ts), never loaded in the app.
 */
import { render } from 'svelte/server'
import App from './App.svelte'

/** The app's initial HTML, to place inside `<div id="app">`. */
export function renderAppHtml(): string {
  return render(App).body
}
