/** What is said once a file is saved: where, or only that it was, and nothing when cancelled. */
import { describe, expect, it, vi } from 'vitest'
import { savedFileMessage, showSavedFile } from './saved-file'

describe('savedFileMessage', () => {
  it('says where the file was saved, or only that it was, and nothing when cancelled', () => {
    expect(savedFileMessage({ saved: true, path: '/home/a/notes.json' }, 'Annotations')).toBe(
      'Annotations saved to /home/a/notes.json.'
    )
    expect(savedFileMessage({ saved: true, path: null }, 'Backup')).toBe('Backup saved.')
    expect(savedFileMessage({ saved: false, path: null }, 'Backup')).toBeNull()
  })

  it('names the downloads for a file without a path, when asked to', () => {
    expect(savedFileMessage({ saved: true, path: null }, 'Brief', 'downloads')).toBe(
      'Brief saved to your downloads.'
    )
    expect(savedFileMessage({ saved: true, path: '/tmp/b.md' }, 'Brief', 'downloads')).toBe(
      'Brief saved to /tmp/b.md.'
    )
  })
})

describe('showSavedFile', () => {
  it('shows where the file was saved, and nothing when the save dialog was cancelled', () => {
    const notices = { show: vi.fn() }
    showSavedFile(
      { ok: true, value: { saved: true, path: null } },
      'Statement',
      notices,
      'downloads'
    )
    showSavedFile({ ok: true, value: { saved: false, path: null } }, 'Statement', notices)
    expect(notices.show.mock.calls).toEqual([['Statement saved to your downloads.']])
  })

  it('throws the platform’s error', () => {
    const notices = { show: vi.fn() }
    expect(() => showSavedFile({ ok: false, error: 'Disk full' }, 'Backup', notices)).toThrow(
      'Disk full'
    )
    expect(notices.show).not.toHaveBeenCalled()
  })
})
