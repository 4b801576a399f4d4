/**
 * Renders the app to HTML at build time, so the window shows the meeting text as soon as the
 * page is parsed; the entry point then hydrates it. The reference pane's text is put into its
 * article here rather than rendered by the component, so that the app's own code never carries
 * it. Used only by the build (see scripts/prerender-plugin.ts), never loaded in the app.
 */
import { render } from 'svelte/server'
import App from './App.svelte'
import { withDocumentHtml } from './lib/document/document-html'
import { meetingDocument } from './lib/document/meeting-text'

/** The app's initial HTML, to place inside `<div id="app">`. */
export function renderAppHtml(): string {
  return withDocumentHtml(render(App).body, meetingDocument)
}
