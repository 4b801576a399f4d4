/** Tests for printing the page to PDF: the layout asked for, and a failure told plainly. */
import type { PrintToPDFOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { pdfOptions, printPageToPdf } from './pdf'

describe('pdfOptions', () => {
  it('prints A4 with backgrounds, 2 cm margins, tagged and outlined', () => {
    const twoCm = 2 / 2.54
    expect(pdfOptions).toEqual({
      pageSize: 'A4',
      printBackground: true,
      margins: { top: twoCm, bottom: twoCm, left: twoCm, right: twoCm },
      generateTaggedPDF: true,
      generateDocumentOutline: true
    })
  })
})

describe('printPageToPdf', () => {
  it('prints the page with the PDF options and gives the bytes', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])
    const printToPDF = vi.fn<(options: PrintToPDFOptions) => Promise<Uint8Array>>(async () => pdf)
    expect(await printPageToPdf({ printToPDF })).toEqual({ ok: true, value: pdf })
    expect(printToPDF).toHaveBeenCalledExactlyOnceWith(pdfOptions)
  })

  it('says so plainly when the page cannot be printed', async () => {
    const printToPDF = vi.fn(async () => {
      throw new Error('Printing failed')
    })
    expect(await printPageToPdf({ printToPDF })).toEqual({
      ok: false,
      error: 'The PDF could not be made from the page; nothing was saved.'
    })
  })
})
