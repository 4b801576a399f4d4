/**
 * An imported document's nodes for the reference pane, made from its HTML through the page's one
 * sanitizer (trusted-html.ts): the text is escaped when the HTML is written, and the sanitizer
 * then keeps anything that might still run out, under the page's Trusted Types policy.
 */
import { htmlSanitizer } from '../platform/trusted-html'
import { libraryDocumentHtml, type DocumentPaneContent } from './library-document-html'

/** The nodes to place in the reference pane's article for `content`. */
export function documentFragment(content: DocumentPaneContent): DocumentFragment {
  return htmlSanitizer().sanitize(libraryDocumentHtml(content), { RETURN_DOM_FRAGMENT: true })
}
