import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeDataset, makeEvent } from '../test/fixtures'
import {
  loaderFor,
  sourceFromLocation,
  useContentSource,
} from './contentSource'

const at = (search: string) => ({
  origin: 'https://example.org',
  pathname: '/app/',
  search,
})

describe('sourceFromLocation(location)', () => {
  it('reads ?timeline= as a folder, and its absence as the featured essay', () => {
    expect(sourceFromLocation(at(''))).toEqual({ kind: 'featured' })
    expect(sourceFromLocation(at('?event=x&timeline=data/cold-war'))).toEqual({
      kind: 'folder',
      baseUrl: '/app/data/cold-war/',
    })
  })

  it('keeps the reason when the folder is refused', () => {
    const source = sourceFromLocation(at('?timeline=https://evil.example/'))
    expect(source.kind).toBe('refused')
    expect(source.kind === 'refused' && source.message).toMatch(
      /^Cannot load timeline “https:\/\/evil.example\/”/,
    )
  })
})

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

describe('useContentSource', () => {
  it('backToFeatured() shows the featured essay and drops ?timeline= from the address', () => {
    history.replaceState(
      null,
      '',
      '/?timeline=data/other/&event=berlin-airlift#p-3',
    )
    useContentSource.setState({
      source: { kind: 'folder', baseUrl: '/data/other/' },
    })
    useContentSource.getState().backToFeatured()
    expect(useContentSource.getState().source).toEqual({ kind: 'featured' })
    expect(`${location.pathname}${location.search}${location.hash}`).toBe(
      '/?event=berlin-airlift#p-3',
    )
  })
})
