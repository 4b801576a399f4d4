/** Where the toolbar of a selected passage goes. */
import { describe, expect, it } from 'vitest'
import { placeToolbar, type ScreenBox } from './toolbar-placement'

/** A line of text from `left` to `right` with its top at `top`, 20 px high. */
function line(top: number, left: number, right: number): ScreenBox {
  return { top, left, right, bottom: top + 20 }
}

const toolbar = { width: 400, height: 36 }
const viewport = { width: 1400, height: 900 }

describe('placeToolbar', () => {
  it('goes just above the first line, centred on it', () => {
    const first = line(300, 500, 700)
    expect(placeToolbar({ first, last: first }, toolbar, viewport)).toEqual({
      top: 300 - 8 - 36,
      left: 600 - 200,
      side: 'above'
    })
  })

  it('goes below the last line when there is no room above under the top inset', () => {
    const first = line(120, 500, 900)
    const last = line(160, 200, 420)
    expect(placeToolbar({ first, last }, toolbar, viewport, 90)).toEqual({
      top: 180 + 8,
      left: 110,
      side: 'below'
    })
    // Without the inset the same passage has room above.
    expect(placeToolbar({ first, last }, toolbar, viewport).side).toBe('above')
  })

  it('stays inside the window at its edges', () => {
    const atLeft = line(400, 0, 40)
    expect(placeToolbar({ first: atLeft, last: atLeft }, toolbar, viewport).left).toBe(8)
    const atRight = line(400, 1360, 1400)
    expect(placeToolbar({ first: atRight, last: atRight }, toolbar, viewport).left).toBe(
      1400 - 8 - 400
    )
    const atBottom = { first: line(10, 500, 700), last: line(890, 500, 700) }
    expect(placeToolbar(atBottom, toolbar, viewport)).toMatchObject({
      top: 900 - 8 - 36,
      side: 'below'
    })
  })

  it('keeps to the top left in a window smaller than the toolbar', () => {
    const first = line(5, 100, 200)
    expect(placeToolbar({ first, last: first }, toolbar, { width: 300, height: 30 })).toEqual({
      top: 8,
      left: 8,
      side: 'below'
    })
  })
})
