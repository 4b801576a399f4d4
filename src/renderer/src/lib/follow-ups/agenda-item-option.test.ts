/** Naming agenda items in the follow-up and session note menus. */
import { describe, expect, it } from 'vitest'
import { agendaItemOption } from './agenda-item-option'

describe('agendaItemOption', () => {
  it('shows the label and a short title in full', () => {
    expect(agendaItemOption({ label: 'Item 5', title: '  Strategic management  ' })).toBe(
      'Item 5 — Strategic management'
    )
  })

  it('shows the label alone when there is no title', () => {
    expect(agendaItemOption({ label: 'Item 5', title: ' ' })).toBe('Item 5')
  })

  it('shows a title of exactly 48 characters in full', () => {
    const title = 'x'.repeat(48)
    expect(agendaItemOption({ label: 'Item 7', title })).toBe(`Item 7 — ${title}`)
  })

  it('cuts a long title to 48 characters, ellipsis included', () => {
    expect(
      agendaItemOption({
        label: 'Item 6',
        title:
          'Follow-up to the implementation at the national, regional and international levels of all commitments'
      })
    ).toBe('Item 6 — Follow-up to the implementation at the national…')
    expect(agendaItemOption({ label: 'Item 7', title: 'x'.repeat(49) })).toBe(
      `Item 7 — ${'x'.repeat(47)}…`
    )
  })

  it('never cuts inside a character', () => {
    const title = `${'x'.repeat(46)}🙂🙂🙂`
    expect(agendaItemOption({ label: 'Item 7', title })).toBe(`Item 7 — ${'x'.repeat(46)}🙂…`)
  })

  it('drops spaces before the ellipsis', () => {
    expect(agendaItemOption({ label: 'Item 7', title: `${'x'.repeat(45)}  yyyy` })).toBe(
      `Item 7 — ${'x'.repeat(45)}…`
    )
  })
})
