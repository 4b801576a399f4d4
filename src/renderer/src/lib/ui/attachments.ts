/**
 * Svelte attachments shared by the side panel's managers, which open a form or a question in
 * place of a row's buttons: keyboard focus follows the form as it opens and returns to the
 * button that opened it when it closes, and Escape closes it.
 */
import type { Attachment } from 'svelte/attachments'

/**
 * Focuses a control as its form or question opens, so that a keyboard user is already in the
 * form that took the place of the button they pressed.
 */
export function focusOnOpen(control: HTMLElement): void {
  control.focus()
}

/**
 * Keeps `button` under `key` in `buttons` while it is on screen, so that focus can return to it
 * when a form it opened closes: a row's buttons give way to the form, and come back as it closes.
 */
export function remember<Button extends HTMLElement>(
  buttons: Record<string, Button | undefined>,
  key: string
): Attachment<Button> {
  return (button) => {
    buttons[key] = button
    return () => {
      if (buttons[key] === button) delete buttons[key]
    }
  }
}

/**
 * Calls `cancel` when Escape is pressed in the element (a form or question). The Escape goes no
 * further, so that it closes only the form and not the side panel around it.
 */
export function cancelOnEscape(cancel: () => unknown): Attachment<HTMLElement> {
  return (element) => {
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      event.stopPropagation()
      void cancel()
    }
    element.addEventListener('keydown', onKeydown)
    return () => element.removeEventListener('keydown', onKeydown)
  }
}
