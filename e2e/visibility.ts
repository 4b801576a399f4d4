/**
 * Whether what the delegate needs next is really there to use: inside the window and not covered
 * by anything else (a toolbar, a panel, the status line), and whether the focus is where the next
 * key press should go. Each check is one round trip to the page, so that it keeps its pace on a
 * loaded machine, where every call to the page can take seconds.
 */
import type { ElementHandle, Locator } from '@playwright/test'
import { expect, test } from './fixtures'

/** Where the keyboard focus is expected, relative to the element checked. */
export type ExpectedFocus = 'on' | 'within'

/**
 * What stands between the delegate and the one element of `matches`, in words, or `usable`.
 * Runs in the page, so it is self-contained.
 *
 * The element's box must lie inside the window (its client area, without scroll bars); one
 * taller than the window must at least start inside it. At the centre of the part in the window
 * and at the points a quarter in from its top-left and bottom-right corners, the element the
 * page hit-tests there must be the element or inside it. With `upper`, the element must open
 * under it: its top at or below the other's bottom, the two overlapping across.
 */
function obstacle(matches: Element[], upper: Element | null): string {
  if (matches.length !== 1) return `${matches.length} elements match`
  const [element] = matches
  const describe = (node: Element | null): string => {
    if (!node) return 'nothing'
    const label = node.getAttribute('aria-label')
    const classes = [...node.classList].map((name) => `.${name}`).join('')
    return `<${node.localName}${node.id ? `#${node.id}` : ''}${classes}${label ? ` "${label}"` : ''}>`
  }
  const span = (box: DOMRect) =>
    `x ${Math.round(box.left)}–${Math.round(box.right)}, y ${Math.round(box.top)}–${Math.round(box.bottom)}`
  const box = element.getBoundingClientRect()
  if (box.width === 0 || box.height === 0) return 'not shown (an empty box)'
  const width = document.documentElement.clientWidth
  const height = document.documentElement.clientHeight
  const where = `box ${span(box)} in a ${width}×${height} window`
  const tall = box.height > height
  const inside =
    box.left >= -0.5 &&
    box.right <= width + 0.5 &&
    box.top >= -0.5 &&
    (tall ? box.top < height : box.bottom <= height + 0.5)
  if (!inside) return `outside the window: ${where}`
  const top = Math.max(box.top, 0)
  const bottom = Math.min(box.bottom, height)
  const points = [
    { name: 'centre', x: (box.left + box.right) / 2, y: (top + bottom) / 2 },
    { name: 'upper left', x: box.left + box.width / 4, y: top + (bottom - top) / 4 },
    { name: 'lower right', x: box.right - box.width / 4, y: bottom - (bottom - top) / 4 }
  ]
  for (const point of points) {
    const hit = document.elementFromPoint(point.x, point.y)
    if (!hit || !element.contains(hit)) {
      return `covered at its ${point.name} by ${describe(hit)}: ${where}`
    }
  }
  if (upper) {
    const above = upper.getBoundingClientRect()
    const under = box.top >= above.bottom - 1
    const across = box.left < above.right && above.left < box.right
    if (!under || !across) return `not under ${describe(upper)} (${span(above)}): ${where}`
  }
  return 'usable'
}

/** What stands between the delegate and `locator`'s one element, in words, or `usable`. */
export function obstacleTo(
  locator: Locator,
  under?: ElementHandle<HTMLElement | SVGElement>
): Promise<string> {
  return locator.evaluateAll(obstacle, under ?? null)
}

export interface UsableOptions {
  /** `on`: the element itself has the focus; `within`: it or something inside it has. */
  focus?: ExpectedFocus
  /** The element it must open under, as a panel under its search box. */
  under?: Locator
  /** Records a failure and lets the test go on, so that one run lists every point that fails. */
  soft?: boolean
}

/**
 * Asserts that `locator`'s element is inside the window and not covered, waiting for it to
 * settle there (a scroll, a panel opening), and optionally where it opens and where the focus
 * is. Resolves with whether it passed; after a soft failure the focus is not checked, as it
 * would fail for the same reason.
 */
export async function expectUsable(
  locator: Locator,
  options: UsableOptions = {}
): Promise<boolean> {
  const { under, focus, soft = false } = options
  const failuresBefore = test.info().errors.length
  const upper = under ? await under.elementHandle() : undefined
  await (soft ? expect.soft : expect)
    .poll(() => obstacleTo(locator, upper ?? undefined), {
      message: `${locator} is in the window${under ? ` under ${under}` : ''} and not covered`
    })
    .toBe('usable')
  await upper?.dispose()
  if (test.info().errors.length > failuresBefore) return false
  return focus ? expectFocus(locator, focus, soft) : true
}

/**
 * Asserts that the focus is on `locator`'s element, or `within` it; resolves with whether it
 * is (false only after a soft failure).
 */
export async function expectFocus(
  locator: Locator,
  focus: ExpectedFocus,
  soft = false
): Promise<boolean> {
  const failuresBefore = test.info().errors.length
  await (soft ? expect.soft : expect)
    .poll(
      () =>
        locator.evaluateAll((matches, focus) => {
          if (matches.length !== 1) return `${matches.length} elements match`
          const focused = document.activeElement
          const where =
            focused === matches[0]
              ? 'on'
              : focused && matches[0].contains(focused)
                ? 'within'
                : null
          if (where === 'on' || where === focus) return 'as expected'
          const name = focused?.getAttribute('aria-label')
          return `on <${focused?.localName ?? 'nothing'}${focused?.id ? `#${focused.id}` : ''}${name ? ` "${name}"` : ''}>`
        }, focus),
      { message: `the focus is ${focus} ${locator}` }
    )
    .toBe('as expected')
  return test.info().errors.length === failuresBefore
}
