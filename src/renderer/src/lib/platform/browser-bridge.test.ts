/**
 * The browser bridge opens only https: addresses, in a new tab without an opener; saves files
 * through the browser's downloads and PDFs through its print dialog; and keeps no automatic backups.
 */
import { describe, expect, it } from 'vitest'
import {
  binaryFileTypes,
  blobChunkLength,
  createBrowserBridge,
  noAutomaticBackupsInBrowser,
  textChunks
} from './browser-bridge'

function fakeHost() {
  const opened: [string, string, string][] = []
  const downloaded: { fileName: string; file: Blob }[] = []
  const printed: true[] = []
  return {
    opened,
    downloaded,
    printed,
    open: (url: string, target: string, features: string) => opened.push([url, target, features]),
    print: () => void printed.push(true),
    download: (fileName: string, file: Blob) => void downloaded.push({ fileName, file })
  }
}

describe('createBrowserBridge', () => {
  it('reports the app as running in a browser', async () => {
    const bridge = createBrowserBridge(fakeHost(), 'CND67 Notes', '1.2.3')
    expect(await bridge.getAppInfo()).toEqual({
      ok: true,
      value: { name: 'CND67 Notes', version: '1.2.3', platform: 'browser' }
    })
  })

  it('opens https: addresses in a new tab with no opener', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    expect(await bridge.openExternal('https://webtv.un.org/')).toEqual({ ok: true, value: null })
    expect(host.opened).toEqual([['https://webtv.un.org/', '_blank', 'noopener,noreferrer']])
  })

  it('refuses every other address', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    for (const url of [
      'javascript:alert(1)',
      'http://example.org/',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://user:pw@example.org/',
      ''
    ]) {
      expect(await bridge.openExternal(url)).toEqual({
        ok: false,
        error: 'Only https: addresses can be opened.'
      })
    }
    expect(host.opened).toEqual([])
  })
})

describe('saveTextFile', () => {
  it('downloads a Markdown brief under its name, as UTF-8 Markdown', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    const request = {
      suggestedName: 'CND67 brief.md',
      content: '# Brief — États',
      kind: 'markdown' as const
    }
    expect(await bridge.saveTextFile(request)).toEqual({
      ok: true,
      value: { saved: true, path: null }
    })
    expect(host.downloaded).toHaveLength(1)
    const [{ fileName, file }] = host.downloaded
    expect(fileName).toBe('CND67 brief.md')
    expect(file.type).toBe('text/markdown;charset=utf-8')
    expect(await file.text()).toBe('# Brief — États')
  })

  it('downloads a JSON export as JSON', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    await bridge.saveTextFile({ suggestedName: 'export.json', content: '{}', kind: 'json' })
    expect(host.downloaded[0].file.type).toBe('application/json;charset=utf-8')
  })

  it('writes a file longer than a Blob part whole, with a character across a cut intact', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    // An emoji (two code units) falls across the first cut.
    const content = `${'a'.repeat(blobChunkLength - 1)}😀${'Türkiye — '.repeat(40_000)}`
    await bridge.saveTextFile({ suggestedName: 'backup.json', content, kind: 'json' })
    const { file } = host.downloaded[0]
    expect(file.size).toBe(new TextEncoder().encode(content).length)
    expect(await file.text()).toBe(content)
  })

  it('refuses what the desktop app would refuse, downloading nothing', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    expect(
      await bridge.saveTextFile({ suggestedName: '../brief.md', content: '', kind: 'markdown' })
    ).toEqual({
      ok: false,
      error: 'The file could not be saved: its name is not a plain .md file name.'
    })
    expect(host.downloaded).toEqual([])
  })
})

describe('saveBinaryFile', () => {
  it('downloads a Word brief under its name, as a Word document', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    const content = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])
    const request = { suggestedName: 'CND67-brief-2024-03-10.docx', content, kind: 'word' as const }
    expect(await bridge.saveBinaryFile(request)).toEqual({
      ok: true,
      value: { saved: true, path: null }
    })
    const [{ fileName, file }] = host.downloaded
    expect(fileName).toBe('CND67-brief-2024-03-10.docx')
    expect(file.type).toBe(binaryFileTypes.word)
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(content)
  })

  it('refuses what the desktop app would refuse, downloading nothing', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    const content = new Uint8Array([0x3c, 0x21])
    expect(
      await bridge.saveBinaryFile({ suggestedName: 'brief.docx', content, kind: 'word' })
    ).toEqual({ ok: false, error: 'The file could not be saved: it is not a Word document.' })
    expect(host.downloaded).toEqual([])
  })
})

describe('printToPdf', () => {
  it('opens the print dialog, whose Save as PDF does the saving', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    expect(await bridge.printToPdf({ suggestedName: 'brief.pdf' })).toEqual({
      ok: true,
      value: { saved: false, path: null }
    })
    expect(host.printed).toEqual([true])
  })

  it('refuses a name that is not a plain .pdf name, printing nothing', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    expect((await bridge.printToPdf({ suggestedName: 'brief.md' })).ok).toBe(false)
    expect(host.printed).toEqual([])
  })
})

describe('automatic backups', () => {
  it('are not kept in a browser', async () => {
    const bridge = createBrowserBridge(fakeHost(), 'CND67 Notes', '1.2.3')
    expect(await bridge.writeAutomaticBackup('{}', 'delegate')).toEqual({
      ok: true,
      value: { written: false }
    })
    expect(await bridge.listAutomaticBackups()).toEqual({ ok: true, value: [] })
    expect(await bridge.readAutomaticBackup('cnd67-backup-20240314-090507-042.json')).toEqual({
      ok: false,
      error: noAutomaticBackupsInBrowser
    })
    expect(noAutomaticBackupsInBrowser).toBe(
      'Automatic backups need the desktop app; in a browser, save a backup file instead.'
    )
  })

  it('are never asked for', () => {
    const bridge = createBrowserBridge(fakeHost(), 'CND67 Notes', '1.2.3')
    const unsubscribe = bridge.onBackupRequest(async () => {
      throw new Error('A browser tab should never be asked for a backup.')
    })
    expect(unsubscribe).toBeTypeOf('function')
    unsubscribe()
  })
})

describe('textChunks', () => {
  it('cuts a text into parts that join into it, never between a surrogate pair', () => {
    const text = 'a😀b😀😀c\ud800d😀'
    for (let length = 1; length <= text.length + 1; length++) {
      const chunks = textChunks(text, length)
      expect(chunks.join(''), `parts of ${length}`).toBe(text)
      chunks.forEach((chunk, index) => {
        expect(chunk.length).toBeLessThanOrEqual(length + 1)
        // No part ends with the first half of a pair whose second half starts the next part.
        const next = chunks[index + 1] ?? ''
        expect(/[\ud800-\udbff]$/.test(chunk) && /^[\udc00-\udfff]/.test(next)).toBe(false)
      })
    }
    expect(textChunks('')).toEqual([])
  })

  it('cuts after a first half without its second, keeping the character after it whole', async () => {
    // "\ud800" alone, then an emoji: the cut after 8 units falls before the emoji, not inside it.
    const text = `${'a'.repeat(7)}\ud800😀z`
    const chunks = textChunks(text, 8)
    expect(chunks).toEqual([`${'a'.repeat(7)}\ud800`, '😀z'])
    expect(await new Blob(chunks).text()).toBe(await new Blob([text]).text())
  })
})
