import type { Plugin } from 'vite'

/**
 * The app's security policy, in one place: the `<meta>` Content-Security-Policy the build adds to
 * `index.html`, the headers `npm run preview` sends, and `public/_headers` (Netlify, Cloudflare Pages) all come
 * from here; `docs/security.md` gives the same headers for nginx and Caddy (a test keeps them equal).
 *
 * No inline script, no inline style and no eval: everything the page runs or styles comes from its own
 * origin (React sets `style` through the CSSOM, which the policy allows; the SVG export writes presentation
 * attributes, not `style`). `blob:` and `data:` images are the PNG export's SVG-to-canvas step. `https:`
 * images, and only images, may come from anywhere: an event's media is a picture hosted elsewhere (shown
 * lazily, with no referrer); scripts, styles, frames and fetches stay same-origin.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/**
 * No page may be framed by another site (clickjacking), except the embed (`embed.html`), which exists to be
 * framed. A meta tag cannot carry this directive, hence the headers.
 */
const FRAME_ANCESTORS = "frame-ancestors 'none'"
const EMBED_FRAME_ANCESTORS = 'frame-ancestors *'

/** The policy as a `<meta http-equiv>` can carry it (without `frame-ancestors`, which browsers ignore there). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

/** Headers for every response, whatever it is. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Files are what their Content-Type says: an events.json is never run as a script or shown as a page.
  'X-Content-Type-Options': 'nosniff',
  // Source links open with rel="noreferrer" already; nothing on the page needs a referrer either.
  'Referrer-Policy': 'no-referrer',
  // The app uses none of these powerful features; neither may anything it embeds.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
}

/** Every security header the server should send with the app's page (and anything but the embed). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...DIRECTIVES, FRAME_ANCESTORS].join('; '),
  // Older browsers' form of frame-ancestors 'none'.
  'X-Frame-Options': 'DENY',
  ...COMMON_HEADERS,
}

/** The embed page's headers: the same policy, but any site may frame it (and no X-Frame-Options). */
export const EMBED_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...DIRECTIVES, EMBED_FRAME_ANCESTORS].join('; '),
  ...COMMON_HEADERS,
}

/** The embed's paths: the file, and the address hosts with "pretty URLs" serve it at. */
export const EMBED_PATHS: readonly string[] = ['/embed.html', '/embed']
/** The app's page: the addresses that serve index.html. */
export const PAGE_PATHS: readonly string[] = ['/', '/index.html']

/** The framing headers for a request path: the embed's for the embed, the page's for everything else. */
export function headersForPath(path: string): Readonly<Record<string, string>> {
  return EMBED_PATHS.includes(path) ? EMBED_HEADERS : SECURITY_HEADERS
}

/**
 * `public/_headers` for Netlify and Cloudflare Pages. Hosts differ when two rules match one path (Netlify
 * keeps the later value, Cloudflare sends both, and two policies both apply), so no path gets framing headers
 * from two rules: every path gets the common headers, the page and the embed each get their own policy.
 * Only HTML documents can be framed, so these are the paths that matter.
 */
export function netlifyHeadersFile(): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [
      path,
      ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n')
  const framing = (headers: Readonly<Record<string, string>>) =>
    Object.fromEntries(
      Object.entries(headers).filter(([name]) => !(name in COMMON_HEADERS)),
    )
  return [
    '# Generated from scripts/contentSecurityPolicy.ts (a test checks they agree): edit the policy there.',
    block('/*', COMMON_HEADERS),
    ...PAGE_PATHS.map((p) => block(p, framing(SECURITY_HEADERS))),
    ...EMBED_PATHS.map((p) => block(p, framing(EMBED_HEADERS))),
    '',
  ].join('\n')
}

/** `vite preview`: each response gets the framing headers for its path (the common ones come from `preview.headers`). */
export function framingHeaders(): Plugin {
  return {
    name: 'precedent-timeline:framing-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
        const headers = headersForPath(path)
        for (const [name, value] of Object.entries(headers))
          if (!(name in COMMON_HEADERS)) res.setHeader(name, value)
        next()
      })
    },
  }
}

/**
 * Add the policy as a `<meta http-equiv>` to the built `index.html` only: Vite's dev server injects inline
 * scripts and styles for hot reload, which the policy would block. A host that can send headers sends
 * `SECURITY_HEADERS` as well (see `public/_headers` and docs/security.md).
 */
export function contentSecurityPolicy(
  policy = CONTENT_SECURITY_POLICY,
): Plugin {
  return {
    name: 'precedent-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}
