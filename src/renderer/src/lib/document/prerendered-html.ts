/**
 * The HTML rendered at build time, made exactly what hydration expects: the places the app leaves
 * empty for it filled, the reference pane's article (see document-html.ts) and the outline (see
 * prerendered-outline.ts), and nothing that hydration would then change. The app's own code
 * renders those places empty, so hydration leaves what the build put in them alone.
 */

/**
 * `html` with `inner` inside `emptyElement` (its whole markup, as the app renders it). Throws
 * unless that element is there exactly once and empty, so that a change to the component
 * rendering it fails the build rather than ship a window without the part.
 */
export function fillEmptyElement(html: string, emptyElement: string, inner: string): string {
  const parts = html.split(emptyElement)
  if (parts.length !== 2) {
    throw new Error(`The rendered app has ${parts.length - 1} empty ${emptyElement}, not 1.`)
  }
  const [before, after] = parts
  const close = emptyElement.lastIndexOf('</')
  return `${before}${emptyElement.slice(0, close)}${inner}${emptyElement.slice(close)}${after}`
}

/**
 * What is inside the first `<tag …>` of `html` and its last `</tag>`: the content of a
 * component's root element as rendered on its own.
 */
export function innerHtmlOf(html: string, tag: string): string {
  const open = html.indexOf(`<${tag}`)
  const close = html.lastIndexOf(`</${tag}>`)
  if (open < 0 || close < open) throw new Error(`The rendered HTML has no <${tag}> element.`)
  return html.slice(html.indexOf('>', open) + 1, close)
}

/**
 * `html` without the empty `value=""` of its inputs. Hydration removes an input's `value`
 * attribute (its default, which a form's reset would bring back) and sets the same value as a
 * property instead; an empty one means the same as none, and with none there is nothing to
 * change in the page after its first paint.
 */
export function withoutEmptyInputValues(html: string): string {
  return html.replace(/<input\b[^>]*>/g, (input) => input.replace(/\svalue=""/, ''))
}
