/**
 * The question asked before opening a link whose text names another host than its address: a
 * modal dialog showing the real address, with Cancel focused so that Enter does not open it.
 * Built with DOM calls and text only, so nothing in the address can become markup.
 */

/**
 * Asks whether to open `address`, which a link whose text names `namedHost` leads to. Resolves
 * `true` only if the delegate chooses Open; Cancel, Escape or closing the dialog resolve `false`.
 */
export function confirmOpeningLink(
  address: string,
  namedHost: string,
  document: Document = globalThis.document
): Promise<boolean> {
  const dialog = document.createElement('dialog')
  dialog.className = 'go-to-dialog link-confirm-dialog'
  dialog.setAttribute('aria-labelledby', 'link-confirm-title')
  dialog.setAttribute('aria-describedby', 'link-confirm-text')

  const title = document.createElement('h2')
  title.id = 'link-confirm-title'
  title.textContent = 'Open this link?'
  const text = document.createElement('p')
  text.id = 'link-confirm-text'
  text.textContent = `The link’s text names ${namedHost}, but it opens this address:`
  const shown = document.createElement('p')
  shown.className = 'link-confirm-address'
  shown.textContent = address

  const actions = document.createElement('div')
  actions.className = 'dialog-actions'
  const cancel = document.createElement('button')
  cancel.type = 'button'
  cancel.textContent = 'Cancel'
  const open = document.createElement('button')
  open.type = 'button'
  open.textContent = 'Open in browser'
  actions.append(cancel, open)
  dialog.append(title, text, shown, actions)

  return new Promise((resolve) => {
    let chosen = false
    cancel.addEventListener('click', () => dialog.close())
    open.addEventListener('click', () => {
      chosen = true
      dialog.close()
    })
    dialog.addEventListener('close', () => {
      dialog.remove()
      resolve(chosen)
    })
    document.body.append(dialog)
    dialog.showModal()
    cancel.focus()
  })
}
