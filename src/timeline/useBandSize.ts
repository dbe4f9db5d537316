import { useEffect, useState, useSyncExternalStore } from 'react'
import { type BandSize, parseBandSize } from './bandSize'

/** Where the reader's choice is kept between visits. */
export const BAND_STORAGE_KEY = 'precedent-timeline.band'

const DEFAULT_SIZE = parseBandSize(null)

/** The last stored text and its size: `useSyncExternalStore` needs the same object while the text is the same. */
let kept: { raw: string | null; size: BandSize } = {
  raw: null,
  size: DEFAULT_SIZE,
}

function readStored(): BandSize {
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(BAND_STORAGE_KEY)
  } catch {
    // Storage can be refused (privacy settings): the default size, not a crash.
  }
  if (raw !== kept.raw) kept = { raw, size: parseBandSize(raw) }
  return kept.size
}

// Only this hook writes the key, and it re-renders itself when it does.
const subscribeNever = () => () => {}
const defaultSize = () => DEFAULT_SIZE

/**
 * The band's size as the reader chose it, kept in local storage so it persists across visits. A pre-rendered
 * page hydrates at the default size (what the server drew), then takes the stored one.
 */
export function useBandSize(): [BandSize, (size: BandSize) => void] {
  const stored = useSyncExternalStore(subscribeNever, readStored, defaultSize)
  const [chosen, setChosen] = useState<BandSize | null>(null)
  // Storage is an external system.
  useEffect(() => {
    if (chosen === null) return
    try {
      window.localStorage.setItem(BAND_STORAGE_KEY, JSON.stringify(chosen))
    } catch {
      // Not kept this time; the choice still holds for this visit.
    }
  }, [chosen])
  return [chosen ?? stored, setChosen]
}
