/**
 * DataDialog: what stays on the screen once the restore steps are a service — the automatic
 * backups listed, a picked file offered with each way of restoring and what it would do, the
 * choice changing the button, the restore confirmed or cancelled, a refusal said with nothing
 * changed, and an import's remarks.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { bridgeGlobalName, type Bridge } from '@shared/bridge'
import { serializeBackup } from '@renderer/lib/backup/backup-format'
import type { Notebook } from '@renderer/lib/notebook/Notebook.svelte'
import { Notices } from '@renderer/lib/notices/Notices.svelte'
import type { NotesDatabase } from '@renderer/lib/storage/database'
import {
  backupTime,
  fixtureAnnotation,
  fixtureData,
  fixtureMeta
} from '@test-support/backup-fixtures'
import { notebookWithFixtureData, pickedFile } from '@test-support/restore-fixtures'
import DataDialogWithNotices from '@test-support/DataDialogWithNotices.svelte'
import { databaseDigest } from '@test-support/database-digest'
import { sessionNoteFields } from '@test-support/notebook-store-fixtures'
import { annotationOnReport, fixtureImportedDocument } from '@test-support/library-fixtures'

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
}
// Nor Blob.arrayBuffer(), which browsers have had since 2020: read through its FileReader.
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsArrayBuffer(this)
  })
}

/** The desktop app's bridge, with one automatic backup, answering what the dialog asks. */
const bridge: Bridge = {
  getAppInfo: () =>
    Promise.resolve({
      ok: true,
      value: { name: 'CND67 Notes', version: '0.1.0', platform: 'electron' }
    }),
  openExternal: () => Promise.resolve({ ok: true, value: null }),
  saveTextFile: () => Promise.resolve({ ok: true, value: { saved: false, path: null } }),
  saveBinaryFile: () => Promise.resolve({ ok: true, value: { saved: false, path: null } }),
  printToPdf: () => Promise.resolve({ ok: true, value: { saved: false, path: null } }),
  writeAutomaticBackup: () => Promise.resolve({ ok: true, value: { written: false } }),
  listAutomaticBackups: () =>
    Promise.resolve({
      ok: true,
      value: [
        {
          name: 'cnd67-backup-20240318-180000-000.json',
          createdAt: '2024-03-18T18:00:00.000Z',
          size: 12_000,
          counts: { annotations: 4, sessionNotes: 2, agendaItems: 2 }
        }
      ]
    }),
  readAutomaticBackup: () => Promise.resolve({ ok: true, value: newerBackup() }),
  onBackupRequest: () => () => undefined
}

/** A backup of the fixture data with one annotation more: a merge adds it. */
function newerBackup(): string {
  const data = fixtureData()
  data.annotations.push(
    fixtureAnnotation({ id: '00000000-0000-4000-8000-000000000099', note: 'Only in the file' })
  )
  return serializeBackup(data, fixtureMeta(), backupTime)
}

let db: NotesDatabase
let notebook: Notebook
let notices: Notices

beforeAll(() => {
  Object.assign(window, { [bridgeGlobalName]: bridge })
})

beforeEach(async () => {
  ;({ db, notebook } = await notebookWithFixtureData('dialog'))
  notices = new Notices()
})

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

/** The dialog mounted and opened, as the app's menu opens it. */
function openDialog(): void {
  const { component } = render(DataDialogWithNotices, {
    notices,
    notebook,
    appVersion: '0.1.0'
  })
  component.open()
}

/** The restore offered, once a file has been read. */
function restoreSection(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Restore' })
}

describe('DataDialog', () => {
  it('lists the automatic backups with what each holds', async () => {
    openDialog()
    const listed = await screen.findByRole('button', { name: /^Restore automatic backup of / })
    expect(listed.closest('li')?.textContent).toContain(
      '4 annotations, 2 session notes, 2 agenda items'
    )
  })

  it('exports every annotation as a W3C collection and says where it was saved', async () => {
    const user = userEvent.setup()
    const save = vi
      .spyOn(bridge, 'saveTextFile')
      .mockResolvedValueOnce({ ok: true, value: { saved: true, path: '/home/d/notes.json' } })
    openDialog()
    await user.click(screen.getByRole('button', { name: 'Export annotations' }))
    await waitFor(() => expect(save).toHaveBeenCalledOnce())
    const [{ suggestedName, content, kind }] = save.mock.calls[0]
    expect(suggestedName).toMatch(/^CND67-annotations-\d{4}-\d{2}-\d{2}\.json$/u)
    expect(kind).toBe('json')
    expect(JSON.parse(content)).toMatchObject({
      type: 'AnnotationCollection',
      total: fixtureData().annotations.length
    })
    await waitFor(() =>
      expect(notices.current.map((notice) => notice.message)).toEqual([
        'Annotations saved to /home/d/notes.json.'
      ])
    )
  })

  it('exports an annotation on an imported document with the document as its source', async () => {
    const user = userEvent.setup()
    // Stored as the library's import would store them.
    await notebook.backup.restore(
      await notebook.backup.planRestore(
        {
          ...fixtureData(),
          annotations: [annotationOnReport()],
          documents: [fixtureImportedDocument()]
        },
        'merge'
      )
    )
    const save = vi
      .spyOn(bridge, 'saveTextFile')
      .mockResolvedValueOnce({ ok: true, value: { saved: true, path: '/home/d/notes.json' } })
    openDialog()
    await user.click(screen.getByRole('button', { name: 'Export annotations' }))
    await waitFor(() => expect(save).toHaveBeenCalledOnce())
    const collection = JSON.parse(save.mock.calls[0][0].content) as {
      first: { items: { id: string; target: { source: string } }[] }
    }
    const onReport = collection.first.items.find(
      (item) => item.id === `urn:uuid:${annotationOnReport().id}`
    )
    expect(onReport?.target.source).toBe('urn:un:symbol:E%2FCN.7%2F2024%2F99')
  })

  it('offers a picked backup both ways, merge first, and the choice names the button', async () => {
    const user = userEvent.setup()
    openDialog()
    await user.upload(
      screen.getByLabelText('Restore from backup…'),
      pickedFile(newerBackup(), 'backup.json')
    )
    const offer = await restoreSection()
    expect(within(offer).getByRole('heading').textContent).toBe('Restore from backup.json')
    expect(
      within(offer).getByText(
        'It holds 4 annotations, 2 session notes, 2 agenda items, 2 statements.'
      )
    ).toBeTruthy()
    expect(within(offer).getByRole('radio', { name: /^Merge/ })).toHaveProperty('checked', true)
    expect(within(offer).getByRole('button', { name: 'Merge into my data' })).toHaveProperty(
      'disabled',
      false
    )
    await user.click(within(offer).getByRole('radio', { name: /^Replace/ }))
    expect(within(offer).getByRole('button', { name: 'Replace my data' })).toBeTruthy()
  })

  it('merges when confirmed, says what it did and closes', async () => {
    const user = userEvent.setup()
    openDialog()
    await user.upload(
      screen.getByLabelText('Restore from backup…'),
      pickedFile(newerBackup(), 'backup.json')
    )
    await user.click(
      within(await restoreSection()).getByRole('button', { name: 'Merge into my data' })
    )
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(notices.current.map((notice) => notice.message)).toEqual([
      'Restored from backup.json: Annotations: 1 added, 3 unchanged. Session notes: 2 unchanged. Agenda items: 2 unchanged. Statements: 2 unchanged. Settings: 2 unchanged.'
    ])
    expect(await db.annotations.count()).toBe(4)
  })

  it('asks once more before a replace, naming what it removes, backs up first, and undoes it', async () => {
    const user = userEvent.setup()
    const backups = vi.spyOn(bridge, 'writeAutomaticBackup')
    await notebook.sessionNotes.create(sessionNoteFields({ title: 'Only here' }))
    const before = await databaseDigest(db)
    openDialog()
    const onlyTheFirst = fixtureData()
    onlyTheFirst.annotations = onlyTheFirst.annotations.slice(0, 1)
    await user.upload(
      screen.getByLabelText('Restore from backup…'),
      pickedFile(serializeBackup(onlyTheFirst, fixtureMeta(), backupTime), 'old.json')
    )
    const offer = await restoreSection()
    await user.click(within(offer).getByRole('radio', { name: /^Replace/ }))
    await user.click(within(offer).getByRole('button', { name: 'Replace my data' }))
    expect(within(offer).getByRole('alert').textContent).toContain(
      'This removes 2 annotations and 1 session note that are only on this computer.'
    )
    expect(await databaseDigest(db)).toBe(before)
    expect(backups).not.toHaveBeenCalled()

    await user.click(within(offer).getByRole('button', { name: 'Yes, replace my data' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(backups).toHaveBeenCalledOnce()
    expect(backups.mock.calls[0][1]).toBe('delegate')
    expect(await db.annotations.count()).toBe(1)
    const restored = notices.current.at(-1)
    expect(restored?.action?.label).toBe('Undo restore')
    restored?.action?.run()
    await waitFor(() =>
      expect(notices.current.at(-1)?.message).toBe('Restore undone: your data is as it was before.')
    )
    expect(await databaseDigest(db)).toBe(before)
  })

  it('restores nothing when cancelled', async () => {
    const user = userEvent.setup()
    openDialog()
    await user.click(await screen.findByRole('button', { name: /^Restore automatic backup of / }))
    await user.click(within(await restoreSection()).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('region', { name: 'Restore' })).toBeNull()
    expect(await db.annotations.count()).toBe(3)
  })

  it('says why a file is refused, and that nothing was changed', async () => {
    const user = userEvent.setup()
    openDialog()
    await user.upload(screen.getByLabelText('Restore from backup…'), pickedFile('', 'empty.json'))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The file is empty. Nothing was changed.'
    )
    expect(screen.queryByRole('region', { name: 'Restore' })).toBeNull()
  })

  it('offers an annotation file as a merge only, with its remarks', async () => {
    const user = userEvent.setup()
    openDialog()
    // A list of one annotation without a target: nothing to merge, and a remark on it.
    const file = JSON.stringify([{ type: 'Annotation' }])
    await user.upload(screen.getByLabelText('Import annotations…'), pickedFile(file, 'other.json'))
    const offer = await restoreSection()
    expect(
      within(offer)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value'))
    ).toEqual(['merge'])
    expect(
      within(offer).getByText(
        'Annotation 1 is left out: It has no target, so there is nothing to attach it to.'
      )
    ).toBeTruthy()
    expect(within(offer).getByRole('button', { name: 'Merge into my data' })).toHaveProperty(
      'disabled',
      true
    )
  })
})
