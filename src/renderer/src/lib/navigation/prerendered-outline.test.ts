// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  emptyOutline,
  followPrerenderedOutline,
  keepOutlineFocus,
  sectionOfClick,
  withPrerenderedOutline
} from './prerendered-outline'

/** The Outline component as svelte/server renders it on its own (the build renders the real one). */
const outlineHtml =
  '<!--[--><nav id="outline" class="outline" aria-label="Outline"><h2 class="outline-title">Outline</h2> ' +
  '<ul><!--[--><li class="level-1 contains-current"><a href="#section-I" data-section="I" aria-current="location">' +
  '<span class="entry-title">I. Introduction</span> <span class="entry-range">paras. 1–3</span></a></li>' +
  '<li class="level-1"><a href="#section-II" data-section="II"><span class="entry-title">II. Opening</span> ' +
  '<span class="entry-range">paras. 4–6</span></a></li><!--]--></ul></nav><!--]-->'

describe('withPrerenderedOutline', () => {
  const app = `<header></header><div class="layout">${emptyOutline}<main></main></div>`

  it("puts the outline's title and entries in its place, and nothing else", () => {
    const page = document.createElement('div')
    page.innerHTML = withPrerenderedOutline(app, outlineHtml)
    const nav = page.querySelector('nav#outline')
    expect(nav?.parentElement?.className).toBe('layout')
    expect(page.querySelectorAll('nav')).toHaveLength(1)
    expect(nav?.querySelector('h2')?.textContent).toBe('Outline')
    const links = [...(nav?.querySelectorAll<HTMLAnchorElement>('a[data-section]') ?? [])]
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#section-I', '#section-II'])
    expect(links[0].getAttribute('aria-current')).toBe('location')
    expect(page.querySelector('header + .layout > nav + main')).not.toBeNull()
  })

  it('fails the build when App no longer leaves the outline its empty place', () => {
    expect(() => withPrerenderedOutline('<div class="layout"></div>', outlineHtml)).toThrow(
      `The rendered app has 0 empty ${emptyOutline}, not 1.`
    )
  })
})

describe('sectionOfClick', () => {
  const nav = document.createElement('nav')
  nav.innerHTML =
    '<h2>Outline</h2><ul><li><a href="#section-III-B" data-section="III.B">' +
    '<span class="entry-title">B. Trends</span> <span class="entry-range">paras. 20–31</span></a></li></ul>'

  it('names the section of the entry clicked, wherever in the entry the click lands', () => {
    expect(sectionOfClick(nav.querySelector('a'))).toBe('III.B')
    expect(sectionOfClick(nav.querySelector('.entry-range'))).toBe('III.B')
  })

  it('names none for a click beside the entries', () => {
    expect(sectionOfClick(nav.querySelector('h2'))).toBeNull()
    expect(sectionOfClick(nav)).toBeNull()
    expect(sectionOfClick(null)).toBeNull()
  })
})

describe('followPrerenderedOutline', () => {
  const nav = document.createElement('nav')
  nav.innerHTML =
    '<h2>Outline</h2><ul><li><a href="#section-III-B" data-section="III.B">B. Trends</a></li></ul>'
  const click = (target: Element) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true })
    Object.defineProperty(event, 'target', { value: target })
    return event
  }

  it("jumps to the entry's section instead of following its link", () => {
    const jumps: string[] = []
    const event = click(nav.querySelector('a')!)
    followPrerenderedOutline(event, (sectionId) => jumps.push(sectionId))
    expect(jumps).toEqual(['III.B'])
    expect(event.defaultPrevented).toBe(true)
  })

  it('leaves a click beside the entries alone', () => {
    const jumps: string[] = []
    const event = click(nav.querySelector('h2')!)
    followPrerenderedOutline(event, (sectionId) => jumps.push(sectionId))
    expect(jumps).toEqual([])
    expect(event.defaultPrevented).toBe(false)
  })
})

describe('keepOutlineFocus', () => {
  const outline = (label: string) =>
    `<nav id="outline"><a href="#section-I">I. ${label}</a><a href="#section-II">II. ${label}</a></nav>`

  it('puts the focus back on the same entry of the outline that replaced it', () => {
    document.body.innerHTML = outline('Prerendered')
    document.querySelector<HTMLElement>('a[href="#section-II"]')!.focus()
    const restore = keepOutlineFocus(document)
    document.body.innerHTML = outline('Live')
    restore()
    expect(document.activeElement?.textContent).toBe('II. Live')
  })

  it('moves no focus when no entry had it', () => {
    document.body.innerHTML = `${outline('Prerendered')}<button>Elsewhere</button>`
    document.querySelector('button')!.focus()
    const restore = keepOutlineFocus(document)
    document.body.innerHTML = `${outline('Live')}<button>Elsewhere</button>`
    restore()
    expect(document.activeElement).toBe(document.body)
  })
})
