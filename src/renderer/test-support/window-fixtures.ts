/**
 * Stand-ins for what connects the windows of one browser profile, so that two windows can be
 * played in one Node test: BroadcastChannels that reach one another, and a Web Locks manager.
 */
import type { ChangeChannel, ChangeMessage } from '@renderer/lib/storage/change-feed'
import type { WriteLocks } from '@renderer/lib/storage/write-transaction'

/** A channel of a hub, with every message it has posted. */
export interface FakeChannel extends ChangeChannel {
  posted: ChangeMessage[]
  closed: boolean
}

/**
 * Channels of one name, as the windows of one profile open them: a message reaches every other
 * open channel of the hub, never its sender, and later (as a browser delivers it in a task).
 */
export function channelHub(): { open(): FakeChannel; delivered(): Promise<void> } {
  const channels = new Set<FakeChannel & { listeners: ((event: MessageEvent) => void)[] }>()
  const deliveries = new Set<Promise<void>>()
  return {
    open() {
      const channel = {
        posted: [] as ChangeMessage[],
        closed: false,
        listeners: [] as ((event: MessageEvent) => void)[],
        postMessage(message: ChangeMessage) {
          channel.posted.push(message)
          for (const other of channels) {
            if (other === channel) continue
            const delivery = new Promise<void>((resolve) =>
              setTimeout(() => {
                if (!other.closed) {
                  const event = new MessageEvent('message', { data: structuredClone(message) })
                  for (const listener of other.listeners) listener(event)
                }
                resolve()
              }, 0)
            )
            deliveries.add(delivery)
            void delivery.then(() => deliveries.delete(delivery))
          }
        },
        addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
          channel.listeners.push(listener)
        },
        close() {
          channel.closed = true
          channels.delete(channel)
        }
      }
      channels.add(channel)
      return channel
    },
    /** Resolves once every message posted so far has reached the other channels. */
    async delivered() {
      while (deliveries.size > 0) await Promise.all(deliveries)
    }
  }
}

/**
 * A Web Locks manager shared by the windows of a test: one holder of a name at a time, the others
 * granted it in the order they asked, as `navigator.locks.request` does. `requests` lists the
 * names asked for.
 */
export function fakeLocks(): WriteLocks & { requests: string[] } {
  const queues = new Map<string, Promise<unknown>>()
  const requests: string[] = []
  return {
    requests,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      requests.push(name)
      const previous = queues.get(name) ?? Promise.resolve()
      const granted = previous.then(callback)
      queues.set(
        name,
        granted.catch(() => undefined)
      )
      return granted
    }
  }
}
