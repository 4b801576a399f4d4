// @vitest-environment jsdom
/** Tests for opening note links in the system browser, and asking first when their text lies. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '@shared/bridge'

const openExternal = vi.hoisted(() => vi.fn<(url: string) => Promise<Result<null>>>())
vi.mock('./platform', () => ({ platform: () => ({ openExternal }) }))

import { openLinkOnClick } from './external-links'

// jsdom has no modal dialogs; these stand in for the browser's, close event included.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.open = false
  this.dispatchEvent(new Event('close'))
}

/** Clicks a note link with `text` leading to `href`, as the side panel's handler sees it. */
function clickLink(text: string, href: string): { handled: boolean; errors: string[] } {
  const link = document.createElement('a')
  link.href = href
  link.rel = 'noopener noreferrer external'
  link.textContent = text
  document.body.append(link)
  const errors: string[] = []
  const event = new MouseEvent('click', { bubbles: true, cancelable: true })
  const handled = openLinkOnClick(
    Object.defineProperty(event, 'target', { value: link }),
    (message) => errors.push(message)
  )
  return { handled, errors }
}

/** Lets the handler's promises settle. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

// What a click fetches, fetched once beforehand as the app's first click leaves it, so that
// each test's clicks are handled within `settle`.
beforeAll(async () => {
  await import('./open-external-link')
})

beforeEach(() => {
  openExternal.mockResolvedValue({ ok: true, value: null })
})

afterEach(() => {
  document.body.replaceChildren()
  vi.clearAllMocks()
})

describe('openLinkOnClick', () => {
  it('opens a link whose text names no other host at once', async () => {
    expect(clickLink('the report', 'https://www.unodc.org/wdr').handled).toBe(true)
    await settle()
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.unodc.org/wdr')
    expect(document.querySelector('dialog')).toBeNull()
  })

  it('asks first, showing the real address with Cancel focused, when the text names another host', async () => {
    clickLink('https://www.unodc.org/', 'https://xss.invalid/phish')
    await settle()
    const dialog = document.querySelector('dialog')
    expect(dialog?.open).toBe(true)
    expect(dialog?.getAttribute('aria-labelledby')).toBe('link-confirm-title')
    expect(dialog?.textContent).toContain(
      'The link’s text names www.unodc.org, but it opens this address:https://xss.invalid/phish'
    )
    expect(document.activeElement?.textContent).toBe('Cancel')
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('opens nothing when the delegate cancels', async () => {
    clickLink('https://www.unodc.org/', 'https://xss.invalid/phish')
    await settle()
    expect(document.querySelector('dialog')?.open).toBe(true)
    expect(document.activeElement?.textContent).toBe('Cancel')
    ;(document.activeElement as HTMLButtonElement).click()
    await settle()
    expect(document.querySelector('dialog')).toBeNull()
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('opens the real address once the delegate confirms', async () => {
    clickLink('unodc.org', 'https://xss.invalid/phish')
    await settle()
    const open = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Open in browser'
    )
    open?.click()
    await settle()
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://xss.invalid/phish')
    expect(document.querySelector('dialog')).toBeNull()
  })

  it('shows the platform’s reason when the address cannot be opened', async () => {
    openExternal.mockResolvedValue({ ok: false, error: 'Refused.' })
    const { errors } = clickLink('the report', 'https://www.unodc.org/wdr')
    await settle()
    expect(errors).toEqual(['Could not open https://www.unodc.org/wdr: Refused.'])
  })
})
