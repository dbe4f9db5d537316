import { useEffect, useState } from 'react'
import { type BandSize, parseBandSize } from './bandSize'

/** Where the reader's choice is kept between visits. */
export const BAND_STORAGE_KEY = 'precedent-timeline.band'

function readStored(): BandSize {
  try {
    return parseBandSize(window.localStorage.getItem(BAND_STORAGE_KEY))
  } catch {
    // Storage can be refused (privacy settings): the default size, not a crash.
    return parseBandSize(null)
  }
}

/** The band's size as the reader chose it, kept in local storage so it persists across visits. */
export function useBandSize(): [BandSize, (size: BandSize) => void] {
  const [size, setSize] = useState(readStored)
  // Storage is an external system.
  useEffect(() => {
    try {
      window.localStorage.setItem(BAND_STORAGE_KEY, JSON.stringify(size))
    } catch {
      // Not kept this time; the choice still holds for this visit.
    }
  }, [size])
  return [size, setSize]
}
