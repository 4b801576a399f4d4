// @ts-check
/**
 * `node scripts/make-un-fixtures.mjs`: makes the UN document fixtures the import tests read, in
 * src/renderer/test-support/un-documents/:
 * - `cnd67-crp-summary.pdf`: the shipped meeting summary laid out as UN documents are, printed by
 *   Chromium: the symbol in a running header, the job number and page number in the footer, the
 *   agenda footnote at the foot of the first page, paragraphs split across pages, and words
 *   hyphenated at line ends (soft hyphens in the longest words);
 * - `cnd67-crp-summary.docx`: the same text as a Word file, made with the `docx` library, headings
 *   in Word's heading styles and the agenda footnote a Word footnote;
 * - `fictitious-report.pdf`: a short report of invented content (symbol E/CN.7/2024/99), two
 *   pages laid out by hand with numbered footnotes at each page foot, a paragraph running on to
 *   the next page and words broken at line ends with a hyphen.
 * The summary's structure comes from the app's own parser, so each fixture holds exactly the text
 * the built-in parse has. The bench imports the same layout, made at bench time from the summary
 * repeated (`repeatedMeeting`, `summaryPdf`).
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { runnerImport } from 'vite'
import * as docx from 'docx'
import { chromiumArgs, chromiumPath } from './chromium.mjs'

/** @typedef {import('../src/renderer/src/lib/document/meeting-document').MeetingDocument} MeetingDocument */
/** @typedef {import('../src/renderer/src/lib/document/meeting-document').Section} Section */
/** @typedef {import('../src/renderer/src/lib/document/meeting-document').Paragraph} Paragraph */
/** @typedef {import('../src/renderer/src/lib/document/meeting-document').Inline} Inline */

const outputDirectory = resolve('src/renderer/test-support/un-documents')
/** The symbol and job number the summary is given here: the shipped text prints neither. */
const summarySymbol = 'E/CN.7/2024/CRP.4'
const summaryJobNumber = 'V.24-01234 (E)'

/** @param {string} text */
const escapeHtml = (text) =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')

/**
 * Inline parts as HTML, with a soft hyphen in the middle of every word of 13 letters or more, so
 * that Chromium hyphenates some of them at line ends.
 * @param {Inline[]} content
 */
function inlineHtml(content) {
  return content
    .map((part) => {
      const text =
        part.type === 'link'
          ? escapeHtml(part.text)
          : escapeHtml(part.text).replace(/\b([a-z]{6,})([a-z]{7,})\b/gu, '$1&shy;$2')
      if (part.type === 'strong') return `<strong>${text}</strong>`
      if (part.type === 'emphasis') return `<em>${text}</em>`
      return text
    })
    .join('')
}

const pageCss = `
  @page { size: A4; margin: 25mm 22mm 28mm 22mm; }
  body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.25; margin: 0; hyphens: manual; }
  p { margin: 0 0 6pt 0; text-align: justify; orphans: 2; widows: 2; }
  .para { padding-left: 12mm; text-indent: -12mm; }
  .item { padding-left: 20mm; text-indent: -8mm; }
  h1 { font-size: 12pt; margin: 14pt 0 8pt 0; }
  h2 { font-size: 11pt; margin: 12pt 0 6pt 0; }
  h3 { font-size: 10pt; margin: 10pt 0 6pt 0; font-style: italic; }
  .head { margin: 0 0 8pt 0; }
  .title { font-size: 13pt; font-weight: bold; margin: 14pt 0 14pt 0; }
  .first { height: 243mm; position: relative; break-after: page; overflow: hidden; }
  .foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; border-top: 0.5pt solid #000; padding-top: 3pt; }
  .foot p { margin: 0 0 2pt 0; }
  sup { font-size: 6pt; }
`

/** Running header and footer, as `page.pdf` draws them. @param {string} symbol @param {string} job */
const headerFooter = (symbol, job) => ({
  displayHeaderFooter: true,
  headerTemplate: `<div style="font-size:9pt;width:100%;margin:0 22mm;font-family:serif">${symbol}</div>`,
  footerTemplate: `<div style="font-size:8pt;width:100%;margin:0 22mm;font-family:serif"><div>${job}</div><div style="text-align:center"><span class="pageNumber"></span></div></div>`
})

/**
 * The summary as HTML: header and first paragraphs on a first page with the agenda footnote.
 * @param {MeetingDocument} meeting
 */
function summaryHtml(meeting) {
  const { header, title, sections, paragraphs } = meeting
  const firstPageParagraphs = 3
  const body = []
  /** @type {Map<number, Section[]>} */
  const sectionOpenedAt = new Map()
  /** @param {Section} section */
  const visit = (section) => {
    const first = section.range?.first ?? Infinity
    const list = sectionOpenedAt.get(first) ?? []
    list.push(section)
    sectionOpenedAt.set(first, list)
    section.children.forEach(visit)
  }
  sections.forEach(visit)
  /** @param {number} number */
  const headingsBefore = (number) =>
    (sectionOpenedAt.get(number) ?? [])
      .map((section) => {
        const tag = `h${section.level}`
        return `<${tag}>${escapeHtml(section.label)}.&nbsp;&nbsp;${escapeHtml(section.title)}</${tag}>`
      })
      .join('')
  /** @param {Paragraph} paragraph */
  const paragraphHtml = (paragraph) =>
    headingsBefore(paragraph.number) +
    `<p class="para">${paragraph.number}.&nbsp;&nbsp;&nbsp;&nbsp;${inlineHtml(paragraph.content)}</p>` +
    paragraph.items
      .map(
        (item) => `<p class="item">(${item.label})&nbsp;&nbsp;&nbsp;${inlineHtml(item.content)}</p>`
      )
      .join('')
  const first = paragraphs.slice(0, firstPageParagraphs).map(paragraphHtml).join('')
  const rest = paragraphs.slice(firstPageParagraphs).map(paragraphHtml).join('')
  // A section whose first paragraph is none (none here) would be lost; the test would say so.
  body.push(`<div class="first">
    <p class="head">${summarySymbol}</p>
    <p class="head">Distr.: General</p>
    <p class="head">${escapeHtml(header.dateText)}</p>
    <p class="head">${escapeHtml(header.original)}</p>
    <p class="head"><strong>${escapeHtml(header.body.name)}</strong></p>
    <p class="head"><strong>${escapeHtml(header.body.session)}</strong></p>
    <p class="head">${escapeHtml(header.body.placeAndDates)}</p>
    <p class="head">${escapeHtml(header.agendaItem.label)}<sup>*</sup></p>
    <p class="head"><strong>${escapeHtml(header.agendaItem.title)}</strong></p>
    <p class="title">${escapeHtml(title)}</p>
    ${first}
    <div class="foot"><p><sup>*</sup> ${escapeHtml(header.agendaItem.footnote)}.</p></div>
  </div>`)
  body.push(rest)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${pageCss}</style></head><body>${body.join('')}</body></html>`
}

/** The fictitious report: two pages laid out by hand. */
function fictitiousHtml() {
  /** @param {string} content @param {[string, string][]} notes */
  const page = (content, notes) => `<div class="first">${content}
    <div class="foot">${notes.map(([mark, text]) => `<p><sup>${mark}</sup> ${text}</p>`).join('')}</div></div>`
  const pageOne = `
    <p class="head">E/CN.7/2024/99</p>
    <p class="head">Distr.: General</p>
    <p class="head">4 January 2024</p>
    <p class="head">Original: English</p>
    <p class="head"><strong>Commission on Narcotic Drugs</strong></p>
    <p class="head"><strong>Sixty-seventh session</strong></p>
    <p class="head">Vienna, 14–22 March 2024</p>
    <p class="head">Item 9 of the provisional agenda<sup>*</sup></p>
    <p class="head"><strong>Provision of drug-related scientific support to fictional laboratories</strong></p>
    <p class="title">Report on the imaginary laboratory network of Utopia and Erewhon</p>
    <h1>I.&nbsp;&nbsp;Introduction</h1>
    <p class="para">1.&nbsp;&nbsp;&nbsp;&nbsp;This report, written for testing only, describes an invented network of laboratories in two fictitious countries, Utopia and Erewhon.<sup>1</sup> None of its content is true; every laboratory, figure and date in it is made up.</p>
    <p class="para">2.&nbsp;&nbsp;&nbsp;&nbsp;The network supports the analysis of seized samples and the non-<br>medical use of substances, with evidence-based methods and shared labo-<br>ratories in both countries.</p>
    <h1>II.&nbsp;&nbsp;Activities</h1>
    <h2>A.&nbsp;&nbsp;Analysis</h2>
    <p class="para">3.&nbsp;&nbsp;&nbsp;&nbsp;In the imaginary year under review, the laboratories of the network:</p>
    <p class="item">(a)&nbsp;&nbsp;&nbsp;Analysed 1,234 fictitious samples;<sup>2</sup></p>
    <p class="item">(b)&nbsp;&nbsp;&nbsp;Trained 56 invented analysts in the preven&#x2010;<br>tion of errors.</p>
    <p class="para">4.&nbsp;&nbsp;&nbsp;&nbsp;The laboratories shared their results with each other every month, through a secure channel that exists only in this report, and they agreed on common methods for the identification of new substances, which they tested together on samples exchanged between Utopia and Erewhon, and whose results they`
  const pageTwo = `
    <p class="para" style="padding-left:0;text-indent:0">compared at a joint meeting held in an invented city.<sup>3</sup></p>
    <h2>B.&nbsp;&nbsp;Cooperation</h2>
    <p class="para">5.&nbsp;&nbsp;&nbsp;&nbsp;The two fictitious countries agreed to continue the network for another imaginary year.</p>
    <h1>III.&nbsp;&nbsp;Recommendation</h1>
    <p class="para">6.&nbsp;&nbsp;&nbsp;&nbsp;The Commission may wish to take note of this fictitious report.</p>`
  const body =
    page(pageOne, [
      ['*', 'E/CN.7/2024/1.'],
      ['1', 'Utopia and Erewhon are imaginary countries, named after two novels.'],
      ['2', 'All figures in this report are invented.']
    ]) + page(pageTwo, [['3', 'The meeting never took place.']])
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${pageCss}</style></head><body>${body}</body></html>`
}

/**
 * Prints HTML to PDF with Chromium.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} html @param {string} symbol @param {string} job
 */
async function printPdf(browser, html, symbol, job) {
  const page = await browser.newPage()
  await page.setContent(html, { waitUntil: 'load' })
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    ...headerFooter(symbol, job),
    tagged: false,
    outline: false
  })
  await page.close()
  return pdf
}

/** Inline parts as Word text runs. @param {Inline[]} content */
function runs(content) {
  return content.map((part) =>
    part.type === 'link'
      ? new docx.ExternalHyperlink({ link: part.href, children: [new docx.TextRun(part.text)] })
      : new docx.TextRun({
          text: part.text,
          bold: part.type === 'strong',
          italics: part.type === 'emphasis'
        })
  )
}

/** The summary as a Word file. @param {MeetingDocument} meeting */
async function summaryDocx(meeting) {
  const { header, title, sections, paragraphs } = meeting
  const headingLevels = [
    docx.HeadingLevel.HEADING_1,
    docx.HeadingLevel.HEADING_2,
    docx.HeadingLevel.HEADING_3
  ]
  /** @type {Map<number | undefined, Section[]>} */
  const sectionOpenedAt = new Map()
  /** @param {Section} section */
  const visit = (section) => {
    const list = sectionOpenedAt.get(section.range?.first) ?? []
    list.push(section)
    sectionOpenedAt.set(section.range?.first, list)
    section.children.forEach(visit)
  }
  sections.forEach(visit)
  const children = [
    new docx.Paragraph({ text: 'Distr.: General' }),
    new docx.Paragraph({ text: header.dateText }),
    new docx.Paragraph({ text: header.original }),
    new docx.Paragraph({ children: [new docx.TextRun({ text: header.body.name, bold: true })] }),
    new docx.Paragraph({ children: [new docx.TextRun({ text: header.body.session, bold: true })] }),
    new docx.Paragraph({ text: header.body.placeAndDates }),
    new docx.Paragraph({
      children: [new docx.TextRun(header.agendaItem.label), new docx.FootnoteReferenceRun(1)]
    }),
    new docx.Paragraph({
      children: [new docx.TextRun({ text: header.agendaItem.title, bold: true })]
    }),
    new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, text: title })
  ]
  for (const paragraph of paragraphs) {
    for (const section of sectionOpenedAt.get(paragraph.number) ?? []) {
      children.push(
        new docx.Paragraph({
          heading: headingLevels[section.level - 1],
          text: `${section.label}. ${section.title}`
        })
      )
    }
    children.push(
      new docx.Paragraph({
        children: [new docx.TextRun(`${paragraph.number}.\t`), ...runs(paragraph.content)]
      })
    )
    for (const item of paragraph.items) {
      children.push(
        new docx.Paragraph({
          indent: { left: 720 },
          children: [new docx.TextRun(`(${item.label})\t`), ...runs(item.content)]
        })
      )
    }
  }
  const document = new docx.Document({
    creator: 'CND67 Notes test fixtures',
    footnotes: { 1: { children: [new docx.Paragraph(`${header.agendaItem.footnote}.`)] } },
    sections: [
      {
        headers: { default: new docx.Header({ children: [new docx.Paragraph(summarySymbol)] }) },
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph(summaryJobNumber),
              new docx.Paragraph({
                children: [new docx.TextRun({ children: [docx.PageNumber.CURRENT] })]
              })
            ]
          })
        },
        children
      }
    ]
  })
  return docx.Packer.toBuffer(document)
}

/**
 * The shipped summary as the app's own parser reads it.
 * @returns {Promise<MeetingDocument>}
 */
export async function shippedSummary() {
  const { module: parser } = await runnerImport(
    resolve('src/renderer/src/lib/document/parse-meeting-text.ts')
  )
  return parser.parseMeetingText(
    await readFile(resolve('resources/cnd67-crp-synthetic-drugs-egm-2024.txt'), 'utf8')
  )
}

/**
 * The summary's paragraphs and sections `copies` times over, numbered on (88, 89, … in the second
 * copy): a long UN document of the same shape, for the bench's import of a 100-page PDF.
 * @param {MeetingDocument} meeting
 * @param {number} copies
 * @returns {MeetingDocument}
 */
export function repeatedMeeting(meeting, copies) {
  const count = meeting.paragraphs.length
  /** @param {Section} section @param {number} offset @returns {Section} */
  const shifted = (section, offset) => ({
    ...section,
    range: section.range && {
      first: section.range.first + offset,
      last: section.range.last + offset
    },
    children: section.children.map((child) => shifted(child, offset))
  })
  const offsets = Array.from({ length: copies }, (_, copy) => copy * count)
  return {
    ...meeting,
    paragraphs: offsets.flatMap((offset) =>
      meeting.paragraphs.map((paragraph) => ({ ...paragraph, number: paragraph.number + offset }))
    ),
    sections: offsets.flatMap((offset) =>
      meeting.sections.map((section) => shifted(section, offset))
    )
  }
}

/**
 * `meeting` printed by Chromium as the summary's PDF fixture is: symbol in the running header,
 * job and page numbers in the footer, the agenda footnote at the foot of the first page.
 * @param {import('@playwright/test').Browser} browser
 * @param {MeetingDocument} meeting
 */
export function summaryPdf(browser, meeting) {
  return printPdf(browser, summaryHtml(meeting), summarySymbol, summaryJobNumber)
}

async function main() {
  const meeting = await shippedSummary()
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    await writeFile(
      resolve(outputDirectory, 'cnd67-crp-summary.pdf'),
      await summaryPdf(browser, meeting)
    )
    await writeFile(
      resolve(outputDirectory, 'fictitious-report.pdf'),
      await printPdf(browser, fictitiousHtml(), 'E/CN.7/2024/99', 'V.24-00099 (E)')
    )
  } finally {
    await browser.close()
  }
  await writeFile(resolve(outputDirectory, 'cnd67-crp-summary.docx'), await summaryDocx(meeting))
  console.log('Wrote the UN document fixtures to', outputDirectory)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
