// @ts-check
/**
 * How the e2e tests and the benchmark start Debian's Chromium on machines where Playwright cannot
 * download a browser of its own.
 */

/** The Chromium to use: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that keep Chromium from reaching the network or a GPU on a headless, closed machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
