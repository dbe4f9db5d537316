import { useMemo } from 'react'
import type { LoadFn } from '../ui/ContentLoader'
import { useTimelineStore } from '../store/timelineStore'
import { loaderFor } from './contentSource'

/** The `load` function for `ContentLoader`: stable while the source stays, new (so reloading) when it changes. */
export function useContentLoad(): LoadFn {
  const source = useTimelineStore((s) => s.contentSource)
  return useMemo(() => loaderFor(source), [source])
}
