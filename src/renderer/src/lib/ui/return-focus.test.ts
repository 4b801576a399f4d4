/** Where focus returns when the annotation editor closes. */
import { describe, expect, it } from 'vitest'
import { returnFocus, type FocusOrigin } from './return-focus'

/** An element that records whether it was focused. */
function element(name: string, { connected = true, shown = true } = {}) {
  const fake = {
    name,
    focused: false as boolean,
    isConnected: connected,
    getClientRects: () => ({ length: shown ? 1 : 0 }),
    focus() {
      fake.focused = true
    }
  } satisfies FocusOrigin & { name: string; focused: boolean }
  return fake
}

describe('returnFocus', () => {
  it('focuses where the editor was opened from', () => {
    const button = element('Annotate paragraph 12')
    const paragraph = element('Paragraph 12')
    expect(returnFocus(button, () => paragraph)?.name).toBe('Annotate paragraph 12')
    expect(button.focused).toBe(true)
    expect(paragraph.focused).toBe(false)
  })

  it('focuses the paragraph when the origin left the page or is hidden', () => {
    const paragraph = element('Paragraph 12')
    expect(returnFocus(element('mark', { connected: false }), () => paragraph)?.name).toBe(
      'Paragraph 12'
    )
    expect(returnFocus(element('Edit', { shown: false }), () => paragraph)?.name).toBe(
      'Paragraph 12'
    )
    expect(returnFocus(null, () => paragraph)?.name).toBe('Paragraph 12')
  })

  it('focuses nothing when neither is shown', () => {
    expect(returnFocus(null, () => element('Paragraph 12', { shown: false }))).toBeNull()
    expect(returnFocus(null, () => null)).toBeNull()
  })
})
