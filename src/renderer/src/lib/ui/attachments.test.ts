// @vitest-environment jsdom
/** Moving focus into forms as they open, remembering the buttons that open them, and Escape. */
import { describe, expect, it, vi } from 'vitest'
import { cancelOnEscape, focusOnOpen, remember } from './attachments'

describe('focusOnOpen', () => {
  it('focuses the control', () => {
    const input = document.body.appendChild(document.createElement('input'))
    focusOnOpen(input)
    expect(document.activeElement).toBe(input)
    input.remove()
  })
})

describe('remember', () => {
  it('keeps the button under its key until it leaves the screen', () => {
    const buttons: Record<string, HTMLButtonElement | undefined> = {}
    const button = document.createElement('button')
    const forget = remember(buttons, 'precursors')(button)
    expect(buttons).toEqual({ precursors: button })
    forget?.()
    expect(buttons).toEqual({})
  })

  it('keeps a newer button under the same key when an older one leaves', () => {
    const buttons: Record<string, HTMLButtonElement | undefined> = {}
    const older = document.createElement('button')
    const newer = document.createElement('button')
    const forgetOlder = remember(buttons, 'precursors')(older)
    remember(buttons, 'precursors')(newer)
    forgetOlder?.()
    expect(buttons).toEqual({ precursors: newer })
  })
})

describe('cancelOnEscape', () => {
  /** A form with a textbox in it, inside a panel that records the keys that reach it. */
  function form() {
    const panel = document.createElement('div')
    const element = panel.appendChild(document.createElement('form'))
    const input = element.appendChild(document.createElement('input'))
    const reachedPanel: string[] = []
    panel.addEventListener('keydown', (event) => reachedPanel.push(event.key))
    return { element, input, reachedPanel }
  }

  function press(target: HTMLElement, key: string): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
    target.dispatchEvent(event)
    return event
  }

  it('cancels on Escape inside the element, and keeps the Escape from going further', () => {
    const { element, input, reachedPanel } = form()
    const cancel = vi.fn()
    cancelOnEscape(cancel)(element)
    const event = press(input, 'Escape')
    expect(cancel).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
    expect(reachedPanel).toEqual([])
  })

  it('lets other keys through', () => {
    const { element, input, reachedPanel } = form()
    const cancel = vi.fn()
    cancelOnEscape(cancel)(element)
    const event = press(input, 'Enter')
    expect(cancel).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(false)
    expect(reachedPanel).toEqual(['Enter'])
  })

  it('stops listening when the element leaves the screen', () => {
    const { element, input, reachedPanel } = form()
    const cancel = vi.fn()
    cancelOnEscape(cancel)(element)?.()
    press(input, 'Escape')
    expect(cancel).not.toHaveBeenCalled()
    expect(reachedPanel).toEqual(['Escape'])
  })
})
