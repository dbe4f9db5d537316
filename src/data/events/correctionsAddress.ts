import { checkHttpsUrl, MAX_URL_CHARS, type UrlCheck } from '../httpsUrl'
import { quote } from '../problems'

/**
 * `corrections` in `events.json`: where readers report an error, set by whoever publishes the timeline. An
 * https page (an issue tracker, a form) or a `mailto:` address; nothing else, so that the "report an error"
 * link can never run script or leave the reader on an insecure page.
 */

/** `mailto:` then one address (`local@domain`), optionally `?subject=…`; no spaces, quotes or angle brackets. */
const MAILTO =
  /^mailto:[^\s@"<>()[\]\\,;:?]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\?[!-~]*)?$/i

/** Why `raw` is not a corrections address, or its href. Pure and total: never throws. */
export function checkCorrectionsAddress(raw: unknown): UrlCheck {
  if (typeof raw === 'string' && /^mailto:/i.test(raw)) {
    if (raw.length > MAX_URL_CHARS)
      return {
        ok: false,
        problem: `address is too long (${raw.length} characters; the limit is ${MAX_URL_CHARS})`,
      }
    return MAILTO.test(raw)
      ? { ok: true, href: raw }
      : {
          ok: false,
          problem: `${quote(raw)} is not a mailto: address (expected mailto:name@example.org)`,
        }
  }
  const https = checkHttpsUrl(raw)
  // An https address with a flaw (credentials, length) gets that flaw named; anything else, what is expected.
  if (https.ok || typeof raw !== 'string' || /^https:/i.test(raw)) return https
  return {
    ok: false,
    problem: `${quote(raw)} must be an https:// page or a mailto: address`,
  }
}
