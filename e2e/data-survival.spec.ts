/**
 * The delegate's notes survive what a computer does to them: the app killed part-way through
 * restoring a backup of 5,000 annotations leaves exactly the old notes or exactly the new ones,
 * never a mix; and a disk that is full when a note is saved is said plainly, keeps the typed
 * text in the editor, stores nothing partial, and saves once there is room again.
 */
import type { Page } from '@playwright/test'
import { expect, test, waitUntilReady, type RunningApp } from './fixtures'

/** The database's tables, as IndexedDB reads them, with each record as stored. */
type StoredTables = Record<string, unknown[]>

/**
 * Runs in the page: every table of the app's IndexedDB database (read with a connection of its
 * own, in one transaction, in key order), and a SHA-256 of the delegate's data in them (keys
 * sorted within records; the start-up copy of the annotations left out).
 * Given `tables`, the SHA-256 of those instead, each table sorted by key, to compare with.
 */
function readDatabase(tables?: StoredTables): Promise<{ tables: StoredTables; digest: string }> {
  const canonical = (value: unknown): string =>
    Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : value !== null && typeof value === 'object'
        ? `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonical((value as never)[key])}`)
            .join(',')}}`
        : JSON.stringify(value)
  const keyOf = (record: unknown) =>
    String((record as { id?: string; key?: string }).id ?? (record as { key?: string }).key)
  const digestOf = async (read: StoredTables) => {
    // The copy of the annotations read at start is derived from them; it is checked on its own.
    const names = Object.keys(read)
      .filter((name) => name !== 'snapshots')
      .sort()
    const text = names
      .map((name) => {
        const records = [...read[name]].sort((a, b) =>
          keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0
        )
        return `${name}=${canonical(records)}`
      })
      .join('\n')
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
    const hex = [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0'))
    return { tables: read, digest: hex.join('') }
  }
  if (tables) return digestOf(tables)
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('cnd67-notes')
    opening.onerror = () => reject(opening.error)
    opening.onsuccess = () => {
      const db = opening.result
      const names = [...db.objectStoreNames]
      const transaction = db.transaction(names, 'readonly')
      const read: StoredTables = {}
      for (const name of names) {
        const request = transaction.objectStore(name).getAll()
        request.onsuccess = () => (read[name] = request.result)
      }
      transaction.onerror = () => reject(transaction.error)
      transaction.oncomplete = () => {
        db.close()
        digestOf(read).then(resolve, reject)
      }
    }
  })
}

/** How many annotations the database holds, read through IndexedDB itself. */
async function storedAnnotationCount(page: Page): Promise<number> {
  return (await page.evaluate(readDatabase, undefined)).tables.annotations.length
}

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

/** Opens the editor for a note on the whole of paragraph `number` and types `note`. */
async function typeParagraphNote(page: Page, number: number, note: string): Promise<void> {
  await paragraph(page, number).hover()
  await page.getByRole('button', { name: `Annotate paragraph ${number}`, exact: true }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(note)
}

/** Writes and saves a note on paragraph `number`. */
async function writeParagraphNote(page: Page, number: number, note: string): Promise<void> {
  await typeParagraphNote(page, number, note)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
}

/** A backup file, as the app writes one, of `count` notes spread over the 87 paragraphs. */
function backupOfNotes(count: number): { text: string; tables: StoredTables } {
  const annotations = Array.from({ length: count }, (_, index) => {
    const id = `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`
    return {
      id,
      documentId: 'summary',
      paragraph: (index % 87) + 1,
      target: null,
      color: 'green',
      note: `Restored note ${index + 1}: تعليق 📌`,
      tags: index % 10 === 0 ? ['Restored'] : [],
      followUp: null,
      position: null,
      createdAt: '2024-03-10T08:00:00.000Z',
      updatedAt: '2024-03-10T08:00:00.000Z'
    }
  })
  const data = {
    annotations,
    sessionNotes: [],
    agendaItems: [],
    statements: [],
    settings: [],
    documents: []
  }
  const backup = {
    format: 'cnd67-notes-backup',
    version: 3,
    createdAt: '2024-03-10T08:00:00.000Z',
    app: { name: 'CND67 Notes', version: '0.1.0' },
    counts: {
      annotations: count,
      sessionNotes: 0,
      agendaItems: 0,
      statements: 0,
      settings: 0,
      documents: 0
    },
    data
  }
  return { text: JSON.stringify(backup), tables: data }
}

/**
 * Kills the app's renderer at once, as a crash or a killed process would: Chrome DevTools'
 * Page.crash, which Chromium and Electron's renderer both obey (Electron's own equivalent,
 * `webContents.forcefullyCrashRenderer()`, needs the main process, which the fixture keeps).
 */
async function crashRenderer(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page)
  // The reply never comes: the page is gone. Wait for Playwright to see it go instead.
  const crashed = page.waitForEvent('crash')
  void session.send('Page.crash').catch(() => undefined)
  await crashed
}

/**
 * Opens the app again on the same profile after its renderer crashed: in Electron, quit and start
 * it again; in a browser, a new tab on the app (Playwright cannot reload a crashed one).
 */
async function reopenAfterCrash(app: RunningApp, crashed: Page): Promise<Page> {
  if (app.mode === 'electron') return app.restart()
  const page = await crashed.context().newPage()
  await page.goto(crashed.url())
  await waitUntilReady(page)
  return page
}

/**
 * Makes every write to IndexedDB fail as it does on a full disk: with a DOMException named
 * QuotaExceededError. Chrome DevTools' Storage.overrideQuotaForOrigin would be the faithful way,
 * but the Chromium this runs in (156) reports the override and does not enforce it (a 200 KB
 * write under a 1,000-byte quota completes), so the failure is raised where IndexedDB raises it
 * to the app: by its object stores' add and put.
 */
async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype as IDBObjectStore & { __roomy?: object }
    store.__roomy = { add: store.add, put: store.put }
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    store.add = full
    store.put = full
  })
}

/** Undoes {@link fillTheDisk}: there is room again. */
async function makeRoom(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype as IDBObjectStore & {
      __roomy?: Pick<IDBObjectStore, 'add' | 'put'>
    }
    if (store.__roomy) Object.assign(store, store.__roomy)
    delete store.__roomy
  })
}

const delegateNotes = ['Canada: ask about the Drug Analysis Service.', 'Precursors: see para. 16.']

/**
 * When the renderer is killed: as soon as the app shows it is restoring (it holds its buttons from
 * the click until the restore's one transaction has committed), or once it has said the restore is
 * done. (Killing it 100 ms into the restore found the old notes too, as at once; left out to keep
 * the spec short.)
 */
const crashMoments = [
  { when: 'as the restore starts', done: false },
  { when: 'once the app says it restored', done: true }
] as const

for (const { when, done } of crashMoments) {
  test(`a crash during a restore of 5,000 annotations, ${when}, leaves the old notes or the new, never a mix`, async ({
    app
  }, testInfo) => {
    test.slow() // 5,000 annotations planned, restored, crashed and read back
    let { page } = app
    await writeParagraphNote(page, 60, delegateNotes[0])
    await writeParagraphNote(page, 16, delegateNotes[1])
    const before = await page.evaluate(readDatabase, undefined)
    expect(before.tables.annotations).toHaveLength(2)
    const backup = backupOfNotes(5_000)
    const expected = await page.evaluate(readDatabase, backup.tables)

    await page.getByRole('button', { name: 'Your data…' }).click()
    const dataDialog = page.getByRole('dialog', { name: 'Your data' })
    await dataDialog.getByLabel('Restore from backup…').setInputFiles({
      name: 'CND67-notes-backup-2024-03-10.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text)
    })
    const restore = dataDialog.getByRole('region', { name: 'Restore', exact: true })
    await expect(restore).toContainText(
      'It holds 5,000 annotations, 0 session notes, 0 agenda items.'
    )
    await restore.getByRole('radio', { name: /Replace/ }).check()
    await restore.getByRole('button', { name: 'Replace my data' }).click()
    // Replace asks once more, naming what it removes; the restore starts on the answer.
    const replace = restore.getByRole('button', { name: 'Yes, replace my data' })
    await replace.click()
    if (done) {
      await expect(page.getByRole('status')).toContainText('Restored from', { timeout: 20_000 })
    } else {
      // The answer is disabled while the restore runs, and gone once it is done, which can be
      // sooner than the check: either says the restore has started. Planning 5,000 records can
      // hold the page's thread for seconds on a loaded two-core machine, and the poll can only
      // look between, so it allows 10 s (it took 2.1 s and more in CI runs).
      await expect
        .poll(
          async () =>
            (await replace.count()) === 0 ||
            (await replace.isDisabled({ timeout: 100 }).catch(() => true)),
          { timeout: 10_000 }
        )
        .toBe(true)
    }
    const restoring = await replace.isDisabled({ timeout: 100 }).catch(() => false)
    await crashRenderer(page)

    page = await reopenAfterCrash(app, page)
    const after = await page.evaluate(readDatabase, undefined)
    const found =
      after.digest === before.digest ? 'old' : after.digest === expected.digest ? 'new' : 'mixed'
    testInfo.annotations.push({
      type: 'after the crash',
      description: `${restoring ? 'still restoring' : 'restore over'} just before the kill; found ${found}: ${after.tables.annotations.length} annotations`
    })
    expect(found, `${after.tables.annotations.length} annotations after the crash`).not.toBe(
      'mixed'
    )
    // The copy the app starts from, if there is one, holds exactly what the table holds.
    for (const copy of after.tables.snapshots ?? []) {
      const { key, annotations, count } = copy as Record<string, unknown>
      expect(key).toBe('annotations')
      expect(annotations).toStrictEqual(after.tables.annotations)
      expect(count).toBe(after.tables.annotations.length)
    }
    // What the app said it restored stays restored (it writes with strict durability).
    if (done) expect(found).toBe('new')
  })
}

test('a full disk refuses a save plainly, keeps the typed note, stores nothing, and saves once there is room', async ({
  app
}) => {
  test.slow() // a long note typed, refused, and saved
  const { page } = app
  await writeParagraphNote(page, 60, delegateNotes[0])
  const count = await storedAnnotationCount(page)
  expect(count).toBe(1)

  // A long note: a morning of verbatim interventions, in two scripts (130,000 characters).
  const note = Array.from({ length: 20 }, (_, index) =>
    `${index + 1}. Mexico stressed the control of precursors — تعزيز الرقابة 🧪 `.repeat(100)
  ).join('\n\n')
  await typeParagraphNote(page, 16, note)

  await fillTheDisk(page)
  await page.getByRole('button', { name: 'Save', exact: true }).click()

  const editor = page.getByRole('region', { name: 'Annotation editor' })
  await expect(editor.getByRole('alert')).toHaveText(
    'There is no space left on this computer to store notes. Free some disk space and try again.'
  )
  await expect(page.getByRole('status')).toContainText(
    'Your note was not saved. There is no space left on this computer to store notes. Free some disk space and try again. Your text is still in the editor.'
  )
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(note)
  expect(await storedAnnotationCount(page)).toBe(count)

  // Room again: the same note saves, whole.
  await makeRoom(page)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
  const { tables } = await page.evaluate(readDatabase, undefined)
  const stored = (tables.annotations as { paragraph: number; note: string }[])
    .map(({ paragraph, note }) => ({ paragraph, note }))
    .sort((a, b) => a.paragraph - b.paragraph)
  expect(stored).toEqual([
    { paragraph: 16, note },
    { paragraph: 60, note: delegateNotes[0] }
  ])
})
