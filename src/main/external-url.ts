/**
 * The main process's own check of an address a page asks to open in the system browser. The page
 * checks links before it renders them, but a page that went wrong would not, so this is the check
 * that counts: it runs right before `shell.openExternal`, on whatever the renderer sent.
 */
import { isOpenableExternalUrl } from '@shared/bridge'
import type { Result } from '@shared/bridge'

/** The answer to an address that may not be opened. */
export const refusedExternalUrl = {
  ok: false,
  error: 'That address cannot be opened: only plain https:// web addresses are allowed.'
} as const satisfies Result<never>

/**
 * Control characters, which the URL parser drops or trims without a trace (`https://exa\nmple.org`
 * parses as `example.org`), so an address holding one says one thing and opens another.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/

/**
 * Checks an address that may have come from anywhere: an absolute `https:` URL with a host, no
 * user name or password, no control characters, at most `maxExternalUrlLength` long. Answers the
 * address as the URL parser wrote it out again, so the system browser is handed exactly what was
 * checked, not a string some other parser might read differently (`https://a.org\@b.org`).
 */
export function checkExternalUrl(url: unknown): Result<string> {
  if (!isOpenableExternalUrl(url) || controlCharacters.test(url)) return refusedExternalUrl
  return { ok: true, value: new URL(url).href }
}
