/** Finding what changed between two versions of a notebook list, by identity from both ends. */
import { describe, expect, it } from 'vitest'
import { changesBetween, replaceAll, unchangedEnds } from './list-changes'

const record = (id: string, text = id) => ({ id, text })
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => record(id))

describe('unchangedEnds', () => {
  it('counts the same records at the start and at the end, never overlapping', () => {
    expect(unchangedEnds([a, b, c], [a, b, c])).toEqual({ head: 3, tail: 0 })
    expect(unchangedEnds([a, b, c], [a, record('b', 'new'), c])).toEqual({ head: 1, tail: 1 })
    expect(unchangedEnds([a, b], [a, b, c])).toEqual({ head: 2, tail: 0 })
    expect(unchangedEnds([a, b, c], [a, c])).toEqual({ head: 1, tail: 1 })
    expect(unchangedEnds([a, a], [a])).toEqual({ head: 1, tail: 0 })
    expect(unchangedEnds([], [a])).toEqual({ head: 0, tail: 0 })
  })
})

describe('changesBetween', () => {
  it('finds a saved, an added and a deleted record', () => {
    const changed = record('b', 'edited')
    expect(changesBetween([a, b, c], [a, changed, c], 10)).toEqual({ put: [changed], gone: [] })
    expect(changesBetween([a, b, c], [a, b, c, d], 10)).toEqual({ put: [d], gone: [] })
    expect(changesBetween([a, b, c], [a, c], 10)).toEqual({ put: [], gone: ['b'] })
    expect(changesBetween([a, b, c], [a, b, c], 10)).toEqual({ put: [], gone: [] })
  })

  it('gives up when more than `most` records are in the changed stretch', () => {
    const copies = [a, b, c, d].map((item) => ({ ...item }))
    expect(changesBetween([a, b, c, d], copies, 7)).toBeNull()
    expect(changesBetween([a, b, c, d], copies, 8)).toEqual({ put: copies, gone: [] })
  })

  it('brings any version of a list to any other: applying the changes gives the new list', () => {
    let seed = 7
    const pick = (below: number) => (seed = (seed * 48_271) % 2_147_483_647) % below
    let list = Array.from({ length: 30 }, (_, index) => record(`r${index}`))
    for (let step = 0; step < 200; step++) {
      const next = [...list]
      const at = pick(next.length + 1)
      const operation = pick(3)
      if (operation === 0) next.splice(at, 0, record(`n${step}`))
      else if (operation === 1 && next.length > 0) next.splice(Math.min(at, next.length - 1), 1)
      else if (next.length > 0) {
        const where = Math.min(at, next.length - 1)
        next[where] = record(next[where].id, `edit ${step}`)
      }
      const changes = changesBetween(list, next, 1000)
      const applied = new Map(list.map((item) => [item.id, item]))
      for (const id of changes?.gone ?? []) applied.delete(id)
      for (const item of changes?.put ?? []) applied.set(item.id, item)
      expect(new Map(next.map((item) => [item.id, item]))).toEqual(applied)
      list = next
    }
  })
})

describe('replaceAll', () => {
  it('replaces one changed record in its place, keeping every other object', () => {
    const savedB = record('b', 'saved')
    const result = replaceAll([a, b, c], [savedB])
    expect(result).toStrictEqual([a, savedB, c])
    expect(result[0]).toBe(a)
    expect(result[2]).toBe(c)
  })

  it('adds a record whose id is not in the list at the end', () => {
    expect(replaceAll([a, b], [c])).toStrictEqual([a, b, c])
    expect(replaceAll([], [a])).toStrictEqual([a])
  })

  it('replaces many in their places and adds the new ones in the order given', () => {
    const savedA = record('a', 'saved')
    const savedC = record('c', 'saved')
    const result = replaceAll([a, b, c], [savedC, d, savedA])
    expect(result).toStrictEqual([savedA, b, savedC, d])
    expect(result[1]).toBe(b)
  })

  it('returns a copy, never the list itself, when nothing changed', () => {
    const list = [a, b]
    const result = replaceAll(list, [])
    expect(result).toStrictEqual([a, b])
    expect(result).not.toBe(list)
  })

  it('leaves the list it was given as it was', () => {
    const list = [a, b]
    replaceAll(list, [record('a', 'saved'), c])
    replaceAll(list, [record('b', 'saved')])
    expect(list).toStrictEqual([a, b])
  })
})
