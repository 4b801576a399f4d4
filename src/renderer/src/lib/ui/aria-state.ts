/**
 * An ARIA state (`aria-expanded`, `aria-invalid`) as the attribute's text. Components on the
 * start path give Svelte this string rather than a boolean: for a value that is not a string,
 * Svelte first looks for a property of that name on the element, listing the setters of every
 * prototype of its kind the first time, which cost the start some milliseconds per kind of
 * element (measured in Chromium's profiler on the button toggling the outline).
 */
export function ariaState(value: boolean): 'true' | 'false' {
  return value ? 'true' : 'false'
}
