/**
 * Handing a file to the browser's downloads: a temporary object URL clicked through a hidden
 * `<a download>`, the one way a page can save a file without asking for file-system access.
 */

/**
 * How long the object URL outlives the click. Revoking it at once can cancel the download in
 * some browsers before it has read the file; FileSaver.js settled on 40 seconds.
 */
export const objectUrlLifetimeMs = 40_000

/** Downloads `file` under `fileName` through a link clicked in `document`. */
export function downloadFile(
  fileName: string,
  file: Blob,
  document: Document = window.document
): void {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), objectUrlLifetimeMs)
  }
}
