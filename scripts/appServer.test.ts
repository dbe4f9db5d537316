import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveApp, type AppServer } from './appServer'

describe('serveApp (the server of e2e, the CSP check, the audit and the bench)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-app-'))
  const dist = join(dir, 'dist')
  const script = `console.log(${JSON.stringify('a built script '.repeat(200))})`
  let server: AppServer

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true })
    mkdirSync(join(dist, 'data'))
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>built</title>',
    )
    writeFileSync(join(dist, 'assets/app.js'), script)
    writeFileSync(join(dist, 'data/events.json'), '{"shipped":true}')
    writeFileSync(join(dir, 'other.json'), '{"other":true}')
    server = await serveApp({
      distDir: dist,
      override: (path) =>
        path === '/data/events.json'
          ? join(dir, 'other.json')
          : path === '/data/gone.json'
            ? join(dir, 'gone.json')
            : null,
    })
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const get = (path: string) =>
    fetch(`${server.origin}${path}`, {
      headers: { 'accept-encoding': 'gzip' },
    })

  it('listens on a free port of 127.0.0.1 and serves the build, gzipped as a host would', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const page = await get('/?event=x')
    expect(await page.text()).toContain('<title>built</title>')
    const js = await get('/assets/app.js')
    expect(js.headers.get('content-encoding')).toBe('gzip')
    expect(await js.text()).toBe(script) // fetch decodes it
  })

  it('answers an overridden path with its file as it is: uncompressed and never cached', async () => {
    const data = await get('/data/events.json')
    expect(await data.json()).toEqual({ other: true })
    expect(data.headers.get('content-encoding')).toBeNull()
    expect(data.headers.get('cache-control')).toBe('no-store')
    expect(data.headers.get('content-type')).toMatch(/^application\/json/)
    expect((await get('/data/gone.json')).status).toBe(404)
  })

  it('gzips overridden files when asked to, as a host serves files replaced after the build', async () => {
    const gzipping = await serveApp({
      distDir: dist,
      override: (path) =>
        path === '/data/events.json' ? join(dir, 'other.json') : null,
      compressOverrides: true,
    })
    try {
      const data = await fetch(`${gzipping.origin}/data/events.json`, {
        headers: { 'accept-encoding': 'gzip' },
      })
      expect(data.headers.get('content-encoding')).toBe('gzip')
      expect(data.headers.get('cache-control')).toBe('no-store')
      expect(await data.json()).toEqual({ other: true })
    } finally {
      await gzipping.close()
    }
  })
})
