import { quote } from './problems'

/** Longest URL accepted, in characters. */
export const MAX_URL_CHARS = 2000

export type UrlCheck =
  | { readonly ok: true; readonly href: string }
  | { readonly ok: false; readonly problem: string }

/**
 * Accept only absolute `https:` URLs without credentials; everything else (`javascript:`, `data:`, `http:`,
 * relative paths, unparsable text) is refused with a message naming why. `href` is the normalised URL. With
 * `protocolRelative`, a `//host/path` address (as media often is) is taken as `https://host/path`.
 * Pure and total: never throws, whatever the input.
 */
export function checkHttpsUrl(
  raw: unknown,
  options: { readonly protocolRelative?: boolean } = {},
): UrlCheck {
  if (
    options.protocolRelative &&
    typeof raw === 'string' &&
    /^\s*\/\/[^/\\]/.test(raw)
  ) {
    const check = checkHttpsUrl(`https:${raw.trim()}`)
    return check.ok ? check : { ok: false, problem: check.problem }
  }
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

/**
 * An https URL in its plainest form, which the URL parser accepts as https without credentials: ASCII domain
 * labels (none starting "xn--", whose punycode would need decoding), the last one starting with a letter (so
 * the host is not read as an IPv4 address), no port, no user name, and printable ASCII after the host.
 */
const PLAIN_HTTPS_URL =
  /^https:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?:[/?#][!-~]*)?$/i

/**
 * True when `raw` is a plain https URL (`https://history.state.gov/milestones/1945-1952/berlin-airlift`),
 * which `checkHttpsUrl` would accept: recognised without parsing, for validating thousands of sources. False
 * says nothing; ask `checkHttpsUrl`.
 */
export function isPlainHttpsUrl(raw: string): boolean {
  return raw.length <= MAX_URL_CHARS && PLAIN_HTTPS_URL.test(raw)
}
