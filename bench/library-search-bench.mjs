// @ts-check
/**
 * The library search figure of `npm run bench`: each keystroke's search over the twenty
 * documents of a delegate's library (the shipped summary and nineteen UN-like documents of 80 to
 * 120 paragraphs) and 5,000 annotations spread over them, as many as the search figure over the
 * summary alone is held to 16 ms with (search-bench.mjs; 20,000 annotations are the scale
 * part's, held to twice that), against the shipped summary alone with as many annotations, both
 * measured in the same run (bench/library-search-bench-entry.ts).
 * The index's own search is timed, in Node, as the results panel runs it for each keystroke; on
 * the clock (the figure held to its target), and in the process's CPU time, which tells what the
 * search costs when other work on the machine stretches the time on the clock.
 */
import { storedAnnotationCount } from './annotations-bench.mjs'
import { withViteModule } from './data-bench.mjs'
import { librarySize } from './library-bench.mjs'
import { percentile, typedQueries } from './search-bench.mjs'
import { median, pairedRatio } from './statistics.mjs'

/**
 * What bench/library-search-bench-entry.ts exports.
 * @typedef {{ size: { documents: number, paragraphs: number, annotations: number, sessionNotes: number }, buildMs: number, passes: number[][], cpuPasses: number[][] }} LibrarySearchTimes
 * @typedef {{ timeLibrarySearch: (queries: readonly string[], options: { documents: number, annotations: number, passes: number, cpuNow?: () => number }) => { library: LibrarySearchTimes, summaryAlone: LibrarySearchTimes } }} LibrarySearchEntry
 */

/**
 * The keystrokes' median and 95th percentile over every pass, and each pass's 95th percentile.
 * @param {LibrarySearchTimes} times
 */
function keystrokeFigures(times) {
  const all = times.passes.flat()
  return {
    size: times.size,
    buildMs: times.buildMs,
    keystrokes: all.length,
    median: median(all),
    p95: percentile(all, 0.95),
    cpuMedian: median(times.cpuPasses.flat()),
    cpuP95: percentile(times.cpuPasses.flat(), 0.95),
    passP95: times.passes.map((pass) => percentile(pass, 0.95))
  }
}

/**
 * Search per keystroke across the library and over the shipped summary alone, `passes` passes
 * over the typed queries each, in turn; with the ratio of each pass's 95th percentiles.
 * @param {number} passes
 */
export async function benchLibrarySearch(passes) {
  const { library, summaryAlone } = await withViteModule(
    '/bench/library-search-bench-entry.ts',
    (module) =>
      /** @type {LibrarySearchEntry} */ (module).timeLibrarySearch(typedQueries, {
        documents: librarySize.documents,
        annotations: storedAnnotationCount,
        passes,
        // The process's CPU time in milliseconds (user and system, all its threads).
        cpuNow: () => {
          const { user, system } = process.cpuUsage()
          return (user + system) / 1000
        }
      })
  )
  const across = keystrokeFigures(library)
  const alone = keystrokeFigures(summaryAlone)
  return {
    library: across,
    summaryAlone: alone,
    p95Ratio: pairedRatio(across.passP95, alone.passP95)
  }
}
