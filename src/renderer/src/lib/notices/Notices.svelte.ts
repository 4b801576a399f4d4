/**
 * Short messages for the reader ("Link to paragraph 12 copied."), shown in one polite live
 * region so screen readers announce them. Components reach it through typed context.
 */
import { getContext, setContext } from 'svelte'

const noticesKey = Symbol('notices')

/** How long a notice stays on screen, long enough to read a sentence. */
const noticeLifetimeMs = 8000

/** A button offered with a notice, such as "Undo". */
export interface NoticeAction {
  label: string
  run(): void
}

/** One message on screen. */
export interface Notice {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: NoticeAction
}

/** The reader's current notices, newest last. */
export class Notices {
  #nextId = 1
  // Timers are bookkeeping, not something the screen shows, so a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #timers = new Map<number, ReturnType<typeof setTimeout>>()
  /** What is shown now; replaced whole on every change. */
  current = $state.raw<Notice[]>([])

  /** Shows a message for a few seconds. Errors stay until dismissed, so none is missed. */
  show(message: string, tone: Notice['tone'] = 'info', action?: NoticeAction): void {
    const notice: Notice = { id: this.#nextId++, message, tone, action }
    this.current = [...this.current.slice(-2), notice]
    if (tone === 'info')
      this.#timers.set(
        notice.id,
        setTimeout(() => this.dismiss(notice.id), noticeLifetimeMs)
      )
  }

  /** Removes a message. */
  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id))
    this.#timers.delete(id)
    this.current = this.current.filter((notice) => notice.id !== id)
  }
}

/** Makes `notices` available to every component below the caller. */
export function provideNotices(notices: Notices): Notices {
  return setContext(noticesKey, notices)
}

/** The notices provided by an ancestor component. */
export function useNotices(): Notices {
  const notices = getContext<Notices | undefined>(noticesKey)
  if (!notices) throw new Error('useNotices() needs provideNotices() in an ancestor component.')
  return notices
}
