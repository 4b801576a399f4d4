// @vitest-environment jsdom
/** Acronyms in the pane show their expansion, and the text stays exactly as it was. */
import { describe, expect, it } from 'vitest'
import { decorateAcronyms } from './decorate-acronyms'
import type { Glossary } from './glossary'

const glossary: Glossary = {
  defined: [
    { acronym: 'EWA', expansion: 'Early Warning Advisory', paragraph: 47 },
    { acronym: 'LSS', expansion: 'Laboratory and Scientific Services', paragraph: 32 }
  ],
  undefined: []
}

function paragraphText(html: string): HTMLElement {
  const text = document.createElement('div')
  text.className = 'text'
  text.innerHTML = html
  return text
}

describe('decorateAcronyms', () => {
  it('wraps later uses with their expansion, none a tab stop, leaving the definition and the text alone', () => {
    const text = paragraphText(
      '<strong>The Coordinator for LSS</strong> presented the Early Warning Advisory (EWA). The EWA helps LSS.'
    )
    const before = text.textContent
    expect(decorateAcronyms([text], glossary)).toBe(3)
    expect(text.textContent).toBe(before)
    const uses = [...text.querySelectorAll('abbr')]
    expect(uses.map((abbr) => [abbr.textContent, abbr.title, abbr.tabIndex])).toEqual([
      ['LSS', 'Laboratory and Scientific Services', -1],
      ['EWA', 'Early Warning Advisory', -1],
      ['LSS', 'Laboratory and Scientific Services', -1]
    ])
    expect(text.querySelector('strong abbr')?.textContent).toBe('LSS')
  })

  it('does nothing twice', () => {
    const text = paragraphText('The EWA and the EWA.')
    decorateAcronyms([text], glossary)
    expect(decorateAcronyms([text], glossary)).toBe(0)
    expect(text.querySelectorAll('abbr')).toHaveLength(2)
  })
})
