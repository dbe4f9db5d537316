import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import viteConfig from '../vite.config'
import {
  COMMON_HEADERS,
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  EMBED_HEADERS,
  headersForPath,
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

  it('public/_headers gives no path framing headers from two rules (hosts merge them differently)', () => {
    const rules = netlifyHeadersFile()
      .split('\n')
      .filter((line) => line.startsWith('/'))
    expect(rules).toEqual(['/*', '/', '/index.html', '/embed.html', '/embed'])
    const everyPath = netlifyHeadersFile().split('\n/')[1]!
    expect(everyPath).not.toMatch(/Content-Security-Policy|X-Frame-Options/)
  })

  it('npm run preview sends the common headers, and the framing headers by path', () => {
    expect(viteConfig.preview?.headers).toEqual(COMMON_HEADERS)
    expect(headersForPath('/')).toBe(SECURITY_HEADERS)
    expect(headersForPath('/assets/index.js')).toBe(SECURITY_HEADERS)
    expect(headersForPath('/embed.html')).toBe(EMBED_HEADERS)
  })

  it('docs/security.md gives the same headers for nginx and Caddy, the embed’s too', () => {
    const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8')
    for (const headers of [SECURITY_HEADERS, EMBED_HEADERS])
      for (const [name, value] of Object.entries(headers)) {
        expect(doc).toContain(`add_header ${name} "${value}" always;`)
        expect(doc).toContain(`${name} "${value}"`)
      }
  })
})

describe('EMBED_HEADERS', () => {
  it('let any site frame the embed, with the same policy otherwise and no X-Frame-Options', () => {
    expect(directives(EMBED_HEADERS['Content-Security-Policy'])).toEqual([
      ...directives(CONTENT_SECURITY_POLICY),
      'frame-ancestors *',
    ])
    expect(EMBED_HEADERS).not.toHaveProperty('X-Frame-Options')
  })
})

describe('index.html', () => {
  it('has no inline style or script for the policy to block (embed.html is made from it)', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8')
    expect(html).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)/)
  })
})
