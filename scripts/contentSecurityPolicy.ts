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
 * No page may be framed by another site (clickjacking). A meta tag cannot carry this directive, hence the
 * headers. An embed page, when there is one, will be the one page sent with a wider `frame-ancestors`.
 */
const FRAME_ANCESTORS = "frame-ancestors 'none'"

/** The policy as a `<meta http-equiv>` can carry it (without `frame-ancestors`, which browsers ignore there). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

/** Every security header the server should send with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...DIRECTIVES, FRAME_ANCESTORS].join('; '),
  // Older browsers' form of frame-ancestors 'none'.
  'X-Frame-Options': 'DENY',
  // Files are what their Content-Type says: an events.json is never run as a script or shown as a page.
  'X-Content-Type-Options': 'nosniff',
  // Source links open with rel="noreferrer" already; nothing on the page needs a referrer either.
  'Referrer-Policy': 'no-referrer',
  // The app uses none of these powerful features; neither may anything it embeds.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
}

/** `public/_headers` for Netlify and Cloudflare Pages: every path gets every header. */
export function netlifyHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(
    ([name, value]) => `  ${name}: ${value}`,
  )
  return `# Generated from scripts/contentSecurityPolicy.ts (a test checks they agree): edit the policy there.\n/*\n${lines.join('\n')}\n`
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
