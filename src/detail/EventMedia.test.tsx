import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { EventMedia } from '../data/types'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { EventDetailPanel } from './EventDetailPanel'

const store = useTimelineStore

function media(overrides: Partial<EventMedia> = {}): EventMedia {
  return {
    url: 'https://upload.example.org/airlift.jpg',
    type: 'image',
    credit: 'Photo: US Air Force',
    caption: 'A C-54 lands at Tempelhof.',
    alt: 'A transport plane low over Berlin houses',
    ...overrides,
  }
}

/** Opens the details of one event built from `overrides`; returns the panel. */
function showEvent(overrides: Parameters<typeof makeEvent>[0]) {
  const event = makeEvent({
    id: 'shown',
    title: 'Berlin Airlift',
    ...overrides,
  })
  store.getState().loadDataset(makeDataset([event]))
  render(<EventDetailPanel />)
  act(() => store.getState().selectEvent('shown'))
  return screen.getByRole('complementary', { name: 'Event details' })
}

beforeEach(() => store.setState(store.getInitialState(), true))

describe('EventDetailPanel: media', () => {
  it('shows an image by its alt text, lazily, with its caption and credit', () => {
    const region = showEvent({ media: media() })
    const image = within(region).getByRole('img', {
      name: 'A transport plane low over Berlin houses',
    })
    expect(image).toHaveAttribute(
      'src',
      'https://upload.example.org/airlift.jpg',
    )
    expect(image).toHaveAttribute('loading', 'lazy')
    const figure = within(region).getByRole('figure')
    expect(figure).toHaveTextContent('A C-54 lands at Tempelhof.')
    expect(figure).toHaveTextContent('Photo: US Air Force')
  })

  it('names the figure by its caption when the data gives no alt, and leaves the image unnamed', () => {
    const region = showEvent({ media: media({ alt: null }) })
    expect(within(region).queryByRole('img')).not.toBeInTheDocument()
    expect(
      within(region).getByRole('figure', {
        name: /A C-54 lands at Tempelhof\./,
      }),
    ).toBeInTheDocument()
  })

  it('turns an image that fails to load into a link to it', () => {
    const region = showEvent({ media: media() })
    fireEvent.error(within(region).getByRole('img'))
    expect(within(region).queryByRole('img')).not.toBeInTheDocument()
    const link = within(region).getByRole('link', {
      name: /^Image: upload\.example\.org/,
    })
    expect(link).toHaveAttribute(
      'href',
      'https://upload.example.org/airlift.jpg',
    )
  })

  it('gives a video as a link opening in a new tab, never a frame', () => {
    const region = showEvent({
      media: media({
        type: 'video',
        url: 'https://www.youtube.com/watch?v=a1',
      }),
    })
    const link = within(region).getByRole('link', {
      name: /^Video: youtube\.com/,
    })
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(region).queryByRole('img')).not.toBeInTheDocument()
    // A frame or a video element has no role to query by: look for the elements themselves.
    // eslint-disable-next-line testing-library/no-node-access
    expect(region.querySelector('iframe, video')).toBeNull()
  })

  it('shows nothing for a media address that is not https', () => {
    const region = showEvent({
      media: media({ url: 'javascript:alert(1)' }),
    })
    expect(within(region).queryByRole('figure')).not.toBeInTheDocument()
    expect(
      within(region).queryByRole('link', { name: /^Image/ }),
    ).not.toBeInTheDocument()
  })

  it('shows no figure for an event without media', () => {
    const region = showEvent({})
    expect(within(region).queryByRole('figure')).not.toBeInTheDocument()
  })
})

describe('EventDetailPanel: display date', () => {
  it('words the date as the data does, keeping the date it stands for', () => {
    const region = showEvent({ start: '1948-03', displayDate: 'Spring 1948' })
    const time = within(region).getByText('Spring 1948')
    expect(time.tagName).toBe('TIME')
    expect(time).toHaveAttribute('datetime', '1948-03')
    expect(region).not.toHaveTextContent('March 1948')
  })

  it('words the computed date when the data gives none', () => {
    const region = showEvent({ start: '1948-03' })
    expect(region).toHaveTextContent('March 1948')
  })
})
