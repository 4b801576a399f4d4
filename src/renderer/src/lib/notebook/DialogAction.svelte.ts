/**
 * A dialog's actions, one at a time: whether one is running (its buttons wait), and why the
 * last one failed, in the plain words of change-notices.ts.
 */
import { failureMessage } from './change-notices'

export class DialogAction {
  /** Whether an action is running. */
  busy = $state(false)
  /** Why the last action failed, or ''. */
  problem = $state('')

  /** Runs `work`; a failure is kept as a sentence saying that `action` ("save the brief") failed. */
  async run(action: string, work: () => Promise<void>): Promise<void> {
    this.busy = true
    this.problem = ''
    try {
      await work()
    } catch (cause) {
      this.problem = failureMessage(cause, action)
    } finally {
      this.busy = false
    }
  }
}
