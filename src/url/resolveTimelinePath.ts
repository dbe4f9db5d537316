/**
 * `?timeline=<path>` lets one site host several timelines: each is a folder holding `events.json` and
 * `essay.md`. The value comes from a link anyone can craft, so only same-origin folder paths are accepted:
 * a path relative to the app (`data/other/`) or from the site root (`/timelines/cold-war/`). Anything that
 * could leave the origin or the app's folder is refused with a sentence saying why. Pure: no DOM.
 */

/** Where the app runs: `window.location` fits, as does a `URL`. */
export type AppLocation = {
  readonly origin: string
  /** The page's path, e.g. `/precedents/index.html` or `/precedents/`. */
  readonly pathname: string
}

export type TimelinePath =
  /** The folder to load, as an absolute path on this origin ending in `/`; null for the featured timeline. */
  | { readonly ok: true; readonly baseUrl: string | null }
  | { readonly ok: false; readonly message: string }

/** Longest path accepted: a folder name, not a document. */
const MAX_LENGTH = 300
/** Letters, digits and `-_.~/` only: no scheme colon, query, fragment, backslash, space or percent-escape. */
const SAFE_PATH = /^[A-Za-z0-9\-_.~/]+$/

function refuse(param: string, why: string): TimelinePath {
  const shown = param.length > 60 ? `${param.slice(0, 59)}…` : param
  return {
    ok: false,
    message: `Cannot load timeline “${shown}”: ${why}. Use a folder on this site, such as “data/other/” or “/timelines/cold-war/”.`,
  }
}

/** Why the raw value is not a plain path, or null when it is one. */
function shapeProblem(param: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(param))
    return 'addresses with a scheme (such as https: or javascript:) are not allowed'
  if (param.startsWith('//'))
    return 'addresses starting with // point at another site'
  if (param.includes('\\')) return 'backslashes are not allowed'
  if (param.includes('%')) return 'percent-encoded characters are not allowed'
  if (!SAFE_PATH.test(param))
    return 'only letters, digits, “-”, “_”, “.”, “~” and “/” are allowed'
  return null
}

/** The app's folder: the page path up to and including its last `/`. */
function appFolder(pathname: string): string {
  return pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/'
}

/**
 * Resolve the `timeline` query parameter against the app's location. Null or blank means the featured
 * timeline (`baseUrl: null`). A relative path must stay inside the app's folder; a root path (`/x/`) may name
 * any folder on this origin; `..` may not climb above either starting point. The result always ends in `/`.
 * Never throws.
 */
export function resolveTimelinePath(
  param: string | null,
  location: AppLocation,
): TimelinePath {
  if (param === null || param.trim() === '') return { ok: true, baseUrl: null }
  const raw = param.trim()
  if (raw.length > MAX_LENGTH)
    return refuse(raw, `the path is longer than ${MAX_LENGTH} characters`)
  const problem = shapeProblem(raw)
  if (problem) return refuse(raw, problem)

  const isRooted = raw.startsWith('/')
  const start = isRooted ? '/' : appFolder(location.pathname)
  const segments = start.split('/').filter(Boolean)
  const floor = segments.length
  for (const segment of raw.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (segments.length === floor)
        return refuse(
          raw,
          isRooted
            ? '“..” climbs above the site root'
            : '“..” climbs out of the app’s folder',
        )
      segments.pop()
    } else segments.push(segment)
  }
  const baseUrl = `/${segments.map((s) => `${s}/`).join('')}`
  // Belt and braces: whatever the string looked like, the URL it resolves to must be on our origin.
  if (new URL(baseUrl, location.origin).origin !== location.origin)
    return refuse(raw, 'it points at another site')
  return { ok: true, baseUrl }
}
