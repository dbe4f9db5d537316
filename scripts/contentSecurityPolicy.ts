import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built app. No inline script and no eval: everything the page runs comes
 * from its own origin. Inline styles stay allowed because React writes `style` attributes (timeline
 * positions). `blob:` and `data:` images are the PNG export's SVG-to-canvas step.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * Add the policy as a `<meta http-equiv>` to the built `index.html` only: Vite's dev server injects inline
 * scripts for hot reload, which the policy would block. A host that can send headers should send the same
 * policy as a header (and may add `frame-ancestors`, which a meta tag cannot carry).
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
