/**
 * Printing the app window's page to PDF: A4, with backgrounds, and tagged with an outline so the
 * PDF reads well in a screen reader. The renderer lays the page out for print before asking.
 */
import type { PrintToPDFOptions } from 'electron'
import type { Result } from '@shared/bridge'

/** Inches in a centimetre; Electron takes PDF margins in inches. */
const inchesPerCm = 1 / 2.54

/** How the page is printed: A4 with 2 cm margins, backgrounds kept, tagged and outlined. */
export const pdfOptions: Readonly<PrintToPDFOptions> = {
  pageSize: 'A4',
  printBackground: true,
  margins: {
    top: 2 * inchesPerCm,
    bottom: 2 * inchesPerCm,
    left: 2 * inchesPerCm,
    right: 2 * inchesPerCm
  },
  // The brief's headings become the PDF's bookmarks, and its structure is kept for screen readers.
  generateTaggedPDF: true,
  generateDocumentOutline: true
}

/** What can be printed to PDF: the web contents of the window that asked. */
export interface PdfSource {
  /** Prints the page as it is now laid out for print. */
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>
}

/** The page of `source` as a PDF, or why it could not be made. */
export async function printPageToPdf(source: PdfSource): Promise<Result<Uint8Array>> {
  try {
    return { ok: true, value: await source.printToPDF({ ...pdfOptions }) }
  } catch {
    return { ok: false, error: 'The PDF could not be made from the page; nothing was saved.' }
  }
}
