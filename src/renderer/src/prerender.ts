/**
 * Renders the app to HTML at build time, so the window shows the meeting text as soon as the
 * page is parsed; the entry point then hydrates it. The reference pane's text is put into its
 * article here rather than rendered by the component, so that the app's own code never carries
 * it. The outline's entries are put into their place here too; the app puts the live outline
 * there once the pane is interactive (see prerendered-outline.ts). Used only by the build (see
 * scripts/prerender-plugin.ts), never loaded in the app.
 */
import { render } from 'svelte/server'
import App from './App.svelte'
import Outline from './components/Outline.svelte'
import { withDocumentHtml } from './lib/document/document-html'
import { meetingOutline } from './lib/document/meeting-outline'
import { meetingDocument } from './lib/document/meeting-text'
import { withoutEmptyInputValues } from './lib/document/prerendered-html'
import { withPrerenderedOutline } from './lib/navigation/prerendered-outline'

/** The app's initial HTML, to place inside `<div id="app">`. */
export function renderAppHtml(): string {
  // The outline as App first gives it: no notes yet, and the first paragraph the one read (a
  // start with a reading position stored moves it there once the live outline is in place).
  const outline = render(Outline, {
    props: {
      sections: meetingOutline.sections,
      current: 1,
      annotated: new Set<number>(),
      onjump: () => {}
    }
  })
  const app = withoutEmptyInputValues(render(App).body)
  return withPrerenderedOutline(withDocumentHtml(app, meetingDocument), outline.body)
}
