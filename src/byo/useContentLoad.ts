import { useMemo } from 'react'
import type { LoadFn } from '../ui/ContentLoader'
import { loaderFor, useContentSource } from './contentSource'

/** The `load` function for `ContentLoader`: stable while the source stays, new (so reloading) when it changes. */
export function useContentLoad(): LoadFn {
  const source = useContentSource((s) => s.source)
  return useMemo(() => loaderFor(source), [source])
}
