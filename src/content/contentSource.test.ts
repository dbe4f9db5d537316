import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeDataset, makeEvent } from '../test/fixtures'
import { loaderFor } from './contentSource'

describe('loaderFor(source)', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('fetches the folder’s files (the essay’s compiled form too)', async () => {
    const fetch = vi.fn((_url: string) =>
      Promise.resolve(
        new Response('nope', { status: 404, statusText: 'Not Found' }),
      ),
    )
    vi.stubGlobal('fetch', fetch)
    const result = await loaderFor({
      kind: 'folder',
      baseUrl: '/timelines/x/',
    })(new AbortController().signal)
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/timelines/x/events.json',
      '/timelines/x/essay.md',
      '/timelines/x/essay.compiled.json',
    ])
    expect(result.status).toBe('unavailable')
  })

  it('fails a refused folder with its reason, and passes opened content through', async () => {
    const signal = new AbortController().signal
    expect(
      await loaderFor({
        kind: 'refused',
        message: 'Cannot load timeline “//x”',
      })(signal),
    ).toEqual({
      status: 'unavailable',
      problems: [{ path: 'timeline', message: 'Cannot load timeline “//x”' }],
    })
    const dataset = makeDataset([makeEvent()])
    expect(
      await loaderFor({
        kind: 'opened',
        name: 'a.json',
        dataset,
        warnings: [],
      })(signal),
    ).toEqual({
      status: 'loaded',
      dataset,
      warnings: [],
    })
  })
})
