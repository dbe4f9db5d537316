import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import viteConfig from '../vite.config'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  netlifyHeadersFile,
  SECURITY_HEADERS,
} from './contentSecurityPolicy'

const ROOT = join(import.meta.dirname, '..')
const directives = (policy: string | undefined) => (policy ?? '').split('; ')

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

  it('allows no inline script, no inline style and no eval', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("style-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/)
    expect(policy).toContain("object-src 'none'")
  })

  it('lets https images in from any host, and nothing else from elsewhere', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy).toContain("img-src 'self' data: blob: https:")
    const others = policy.filter((d) => !d.startsWith('img-src'))
    expect(others.join('; ')).not.toMatch(/https:|\*/)
  })
})

describe('SECURITY_HEADERS', () => {
  it('is the meta policy plus frame-ancestors, and the other headers a host should send', () => {
    expect(directives(SECURITY_HEADERS['Content-Security-Policy'])).toEqual([
      ...directives(CONTENT_SECURITY_POLICY),
      "frame-ancestors 'none'",
    ])
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    })
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()')
  })

  it('public/_headers is generated from it (edit the policy, then regenerate)', () => {
    expect(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).toBe(
      netlifyHeadersFile(),
    )
  })

  it('npm run preview sends it', () => {
    expect(viteConfig.preview?.headers).toEqual(SECURITY_HEADERS)
  })

  it('docs/security.md gives the same headers for nginx and Caddy', () => {
    const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(doc).toContain(`add_header ${name} "${value}" always;`)
      expect(doc).toContain(`${name} "${value}"`)
    }
  })
})

describe('index.html', () => {
  it('has no inline style or script for the policy to block', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8')
    expect(html).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)/)
  })
})
