import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
} from './contentSecurityPolicy'

describe('contentSecurityPolicy()', () => {
  it('applies to the build only and prepends the meta tag', () => {
    const plugin = contentSecurityPolicy()
    expect(plugin.apply).toBe('build')
    const transform = plugin.transformIndexHtml as () => unknown
    expect(transform()).toEqual([
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: CONTENT_SECURITY_POLICY,
        },
        injectTo: 'head-prepend',
      },
    ])
  })

  it('allows no inline script and no eval', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) =>
      d.startsWith('script-src'),
    )
    expect(scriptSrc).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })
})
