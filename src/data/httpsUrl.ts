import { quote } from './problems'

/** Longest URL accepted, in characters. */
export const MAX_URL_CHARS = 2000

export type UrlCheck =
  | { readonly ok: true; readonly href: string }
  | { readonly ok: false; readonly problem: string }

/**
 * Accept only absolute `https:` URLs without credentials; everything else (`javascript:`, `data:`, `http:`,
 * relative paths, unparsable text) is refused with a message naming why. `href` is the normalised URL.
 * Pure and total: never throws, whatever the input.
 */
export function checkHttpsUrl(raw: unknown): UrlCheck {
  if (typeof raw !== 'string')
    return { ok: false, problem: `${quote(raw)} is not a URL` }
  if (raw.length > MAX_URL_CHARS)
    return {
      ok: false,
      problem: `URL is too long (${raw.length} characters; the limit is ${MAX_URL_CHARS})`,
    }
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return {
      ok: false,
      problem: `${quote(raw)} is not a URL (expected https://…)`,
    }
  }
  if (url.protocol !== 'https:')
    return {
      ok: false,
      problem: `${quote(raw)} is not an https URL (scheme ${quote(url.protocol)})`,
    }
  if (url.username !== '' || url.password !== '')
    return {
      ok: false,
      problem: `${quote(raw)} must not contain a user name or password`,
    }
  return { ok: true, href: url.href }
}
