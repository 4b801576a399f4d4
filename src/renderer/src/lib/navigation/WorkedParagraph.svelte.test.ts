// @vitest-environment jsdom
/** The focused and jumped-to paragraphs, forgotten once out of view. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WorkedParagraph } from './WorkedParagraph.svelte'

/** A pane with heading III.D and paragraphs 45 to 47, each placed `top` pixels down the window. */
function renderPane(tops: Record<string, number>): HTMLElement {
  document.body.innerHTML =
    '<main class="reference-pane">' +
    '<h3 id="section-III-D" class="heading" tabindex="-1" data-paragraph="45">D. Early warning</h3>' +
    [45, 46, 47]
      .map(
        (number) =>
          `<div id="para-${number}" class="paragraph" data-paragraph="${number}" tabindex="-1">` +
          `<p>Paragraph ${number}</p><button type="button">Annotate</button></div>`
      )
      .join('') +
    '</main>'
  for (const [id, top] of Object.entries(tops)) {
    const element = document.getElementById(id) as HTMLElement
    element.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: top, width: 600, height: 100 })
  }
  return document.querySelector<HTMLElement>('.reference-pane') as HTMLElement
}

let stop = () => {}
beforeEach(() => {
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true })
})
afterEach(() => {
  stop()
  document.body.innerHTML = ''
})

describe('WorkedParagraph.follow', () => {
  it('follows the paragraph holding focus, a button inside it included', () => {
    const worked = new WorkedParagraph(() => 80)
    stop = worked.follow(renderPane({}))
    document.getElementById('para-46')?.focus()
    expect(worked.focused).toBe(46)
    document.querySelector<HTMLElement>('#para-47 button')?.focus()
    expect(worked.focused).toBe(47)
  })

  it('keeps the paragraph when focus leaves the pane, and drops it for a heading', () => {
    const worked = new WorkedParagraph(() => 80)
    const pane = renderPane({})
    const search = document.body.appendChild(document.createElement('input'))
    stop = worked.follow(pane)
    document.getElementById('para-47')?.focus()
    search.focus()
    expect(worked.focused).toBe(47)
    document.getElementById('section-III-D')?.focus()
    expect(worked.focused).toBeNull()
  })
})

describe('WorkedParagraph.forgetOutOfView', () => {
  it('keeps the focused and jumped-to paragraphs while they are in view', () => {
    const worked = new WorkedParagraph(() => 80)
    stop = worked.follow(renderPane({ 'para-46': 300, 'para-47': 700 }))
    document.getElementById('para-46')?.focus()
    worked.jumped(47)
    worked.forgetOutOfView()
    expect([worked.focused, worked.jumpedTo]).toEqual([46, 47])
  })

  it('forgets them once scrolled above the reading line or below the window', () => {
    const worked = new WorkedParagraph(() => 80)
    stop = worked.follow(renderPane({ 'para-46': -40, 'para-47': 820 }))
    document.getElementById('para-46')?.focus()
    worked.jumped(47)
    worked.forgetOutOfView()
    expect([worked.focused, worked.jumpedTo]).toEqual([null, null])
  })

  it('forgets a paragraph a filter hides (it has no box)', () => {
    const worked = new WorkedParagraph(() => 80)
    stop = worked.follow(renderPane({}))
    worked.jumped(45)
    worked.forgetOutOfView()
    expect(worked.jumpedTo).toBeNull()
  })
})

describe('WorkedParagraph.forgetOutOfView', () => {
  it('reads no layout while there is nothing to forget, as at start', () => {
    let reads = 0
    const worked = new WorkedParagraph(() => {
      reads++
      return 80
    })
    renderPane({ 'para-46': 300 })
    worked.forgetOutOfView()
    expect(reads).toBe(0)
    worked.jumped(46)
    worked.forgetOutOfView()
    expect(reads).toBe(1)
    expect(worked.jumpedTo).toBe(46)
  })
})
