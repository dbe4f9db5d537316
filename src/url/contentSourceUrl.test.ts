import { renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { sourceFromLocation, useContentSourceUrl } from './contentSourceUrl'

const at = (search: string) => ({
  origin: 'https://example.org',
  pathname: '/app/',
  search,
})

const address = () => `${location.pathname}${location.search}${location.hash}`

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

describe('useContentSourceUrl()', () => {
  beforeEach(() => {
    useTimelineStore.setState(useTimelineStore.getInitialState(), true)
    history.replaceState(
      null,
      '',
      '/?timeline=data/other/&event=berlin-airlift#p-3',
    )
    useTimelineStore.setState({
      contentSource: { kind: 'folder', baseUrl: '/data/other/' },
    })
  })

  it('drops ?timeline= once the reader goes back to the featured essay, keeping the rest', () => {
    renderHook(() => useContentSourceUrl())
    useTimelineStore.getState().backToFeatured()
    expect(address()).toBe('/?event=berlin-airlift#p-3')
  })

  it('drops it too when the reader opens files of their own', () => {
    renderHook(() => useContentSourceUrl())
    useTimelineStore
      .getState()
      .showOpened('a.json', makeDataset([makeEvent()]), [])
    expect(address()).toBe('/?event=berlin-airlift#p-3')
  })

  it('leaves the address alone while the folder is shown', () => {
    renderHook(() => useContentSourceUrl())
    useTimelineStore.getState().hoverEvent('x')
    expect(address()).toBe('/?timeline=data/other/&event=berlin-airlift#p-3')
  })
})
