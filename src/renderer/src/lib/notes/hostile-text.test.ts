// @vitest-environment jsdom
/**
 * Every payload of the XSS corpus (e2e/corpus) rendered as the app renders user text: as a note,
 * through the sanitizer alone, and as the brief's preview with the payload in every field. None
 * may leave an element, attribute, address or style that could run, load or cover anything.
 */
import { Parser } from 'commonmark'
import { describe, expect, it } from 'vitest'
import { fitPayload, payloadTag, xssPayloads } from '@test-support/xss-payloads'
import { isOpenableExternalUrl } from '@shared/bridge'
import { highlightColors, type HighlightColor } from '../annotations/annotation'
import { briefBody, buildBrief, defaultBriefOptions } from '../brief/build-brief'
import {
  briefInput,
  defaultSessionNote,
  fixedClock,
  fixtureFollowUp,
  itemSix,
  paragraphNote,
  passageAnnotation
} from '@test-support/brief-fixtures'
import { noteTags, renderNote, sanitizeNoteHtml } from './render-note'

/** Elements that run, load, embed, restyle or submit; none may ever be rendered. */
const forbiddenElements = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'portal',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'svg',
  'math',
  'template',
  'noscript',
  'details',
  'marquee'
]

/** Every element rendered user text may contain: what Markdown produces, minus images. */
const allowedElements = new Set(noteTags)

/** Every attribute rendered user text may carry; `style`, `class`, `id` and `on*` are not among them. */
const allowedAttributes = new Set(['href', 'rel', 'data-link-host', 'start', 'align'])

/** Attributes whose value is an address the browser may load, open or submit to. */
const addressAttributes = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'srcset',
  'poster',
  'background',
  'ping',
  'codebase'
]

/** What a rendering holds, as a DOM that neither runs nor loads anything. */
function parsed(html: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content
}

/** Whether `address` is one the app may open: an https address, or a paragraph of the document. */
function isSafeAddress(address: string): boolean {
  return (
    /^#para-\d+$/u.test(address) || (address.startsWith('https:') && isOpenableExternalUrl(address))
  )
}

/** The problems of one element, as readable strings (none when the element is inert). */
function elementProblems(element: Element): string[] {
  const problems: string[] = []
  const name = element.localName
  if (forbiddenElements.includes(name)) problems.push(`a <${name}> element`)
  else if (!allowedElements.has(name)) problems.push(`an unexpected <${name}> element`)
  for (const attribute of element.attributes) {
    const attributeName = attribute.name.toLowerCase()
    if (attributeName.startsWith('on')) problems.push(`${attributeName} on <${name}>`)
    else if (attributeName === 'style') problems.push(`style="${attribute.value}" on <${name}>`)
    else if (!allowedAttributes.has(attributeName)) problems.push(`${attributeName} on <${name}>`)
    if (addressAttributes.includes(attributeName) && !isSafeAddress(attribute.value)) {
      problems.push(`${attributeName}="${attribute.value}" on <${name}>`)
    }
  }
  if (name === 'a' && element.hasAttribute('href')) {
    if (element.getAttribute('rel') !== 'noopener noreferrer external') {
      problems.push(`a link without rel="noopener noreferrer external"`)
    }
    if (element.hasAttribute('target')) problems.push('a link with a target')
  }
  return problems
}

/** Everything in `html` that could run, load, navigate or cover the page; [] when it is inert. */
function inertProblems(html: string): string[] {
  const fragment = parsed(html)
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT)
  const problems: string[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    problems.push(...elementProblems(node as Element))
  }
  return problems
}

/** `text` with every run of whitespace one space, as a single-line field shows it. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** A colour label for each colour, each the payload fitted to a label's 100 characters. */
function hostileColorLabels(text: string): Record<HighlightColor, string> {
  const label = fitPayload(oneLine(text), 100)
  return Object.fromEntries(highlightColors.map((color) => [color, label])) as Record<
    HighlightColor,
    string
  >
}

/** The brief, as the Markdown file saved, with `text` in every field a delegate fills. */
function hostileBrief(text: string): string {
  const tag = payloadTag(text)
  const agendaItem = {
    ...itemSix,
    id: 'agenda-item-hostile',
    label: fitPayload(oneLine(text), 80),
    title: fitPayload(text, 1000),
    order: 2
  }
  return buildBrief(
    briefInput({
      annotations: [
        passageAnnotation(60, 'early warning systems in mitigating risks', {
          note: text,
          tags: [tag],
          followUp: fixtureFollowUp({
            action: text,
            agendaItemId: agendaItem.id,
            counterparts: [fitPayload(oneLine(text), 200)]
          })
        }),
        paragraphNote(14, { color: 'pink', note: text, tags: [tag] })
      ],
      sessionNotes: [
        defaultSessionNote({
          title: fitPayload(oneLine(text), 300),
          body: text,
          tags: [tag],
          agendaItemId: agendaItem.id,
          sessionDay: '2024-03-15'
        })
      ],
      agendaItems: [itemSix, agendaItem],
      colorLabels: hostileColorLabels(text)
    }),
    defaultBriefOptions,
    fixedClock()
  )
}

/** The brief's preview HTML with `text` in every field a delegate fills. */
function briefPreview(text: string): string {
  return renderNote(briefBody(hostileBrief(text)))
}

/**
 * What in a Markdown file another viewer could load or follow, as a CommonMark parser (not the
 * app's own, marked) reads it: every image, and every link to an address the app would not open.
 */
function loadsOrLeaves(markdown: string): string[] {
  const found: string[] = []
  const walker = new Parser().parse(markdown).walker()
  for (let step = walker.next(); step !== null; step = walker.next()) {
    const { node, entering } = step
    if (!entering) continue
    if (node.type === 'image') found.push(`image ${node.destination ?? ''}`)
    if (node.type === 'link' && !isOpenableExternalUrl(node.destination)) {
      found.push(`link ${node.destination ?? ''}`)
    }
    if (node.type === 'html_block' || node.type === 'html_inline') {
      found.push(`html ${node.literal ?? ''}`)
    }
  }
  return found
}

describe('renderNote', () => {
  it.each(xssPayloads)('renders $category payload "$name" inert and readable', ({ text }) => {
    const html = renderNote(text)
    expect(inertProblems(html)).toEqual([])
    // Nothing typed vanishes: whatever the note is, some of its text is shown.
    expect((parsed(html).textContent ?? '').trim()).not.toBe('')
  })
})

describe('sanitizeNoteHtml', () => {
  it.each(xssPayloads)('reduces $category payload "$name" to inert, stable HTML', ({ text }) => {
    const once = sanitizeNoteHtml(text)
    expect(inertProblems(once)).toEqual([])
    // Sanitized HTML that changes when parsed and sanitized again is the root of mutation XSS.
    expect(sanitizeNoteHtml(once)).toBe(once)
  })
})

describe('the brief preview', () => {
  it.each(xssPayloads)(
    'renders $category payload "$name" in every field inert, the action as typed',
    ({ text }) => {
      const html = briefPreview(text)
      expect(inertProblems(html)).toEqual([])
      // Markdown shows U+0000 as U+FFFD (CommonMark, for security); every other character stays.
      const typed = oneLine(text).replaceAll('\u0000', '\uFFFD')
      expect(oneLine(parsed(html).textContent ?? '')).toContain(typed)
    }
  )
})

describe('the brief file', () => {
  it.each(xssPayloads)(
    'holds no image, raw HTML or link but to https: with $category payload "$name" in every field',
    ({ text }) => {
      expect(loadsOrLeaves(hostileBrief(text))).toEqual([])
    }
  )
})
